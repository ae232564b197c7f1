public class C071_ArrayExceptions {
    static int get(int[] a, int i) { return a[i]; }
    public static void main(String[] args) {
        int[] a = new int[3];
        int[] idxs = {0, 2, 3, 5, -1, Integer.MIN_VALUE};
        for (int i : idxs) {
            try { System.out.println("a[" + i + "]=" + get(a, i)); }
            catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE: " + e.getMessage()); }
        }
        try { a[3] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("store: " + e.getMessage()); }
        String[] ss = new String[2];
        try { ss[2] = "x"; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("obj store: " + e.getMessage()); }
        long[] ls = new long[0];
        try { ls[0]++; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("empty: " + e.getMessage()); }
        int[] sizes = {-1, -100, 0};
        for (int n : sizes) {
            try { int[] x = new int[n]; System.out.println("made " + x.length); }
            catch (NegativeArraySizeException e) { System.out.println("NASE: " + e.getMessage()); }
        }
        try { Object[][] m = new Object[2][-3]; System.out.println(m.length); } catch (NegativeArraySizeException e) { System.out.println("NASE multi: " + e.getMessage()); }
        int[] nul = null;
        try { System.out.println(nul.length); } catch (NullPointerException e) { System.out.println("NPE length"); }
        try { nul[0] = 1; } catch (NullPointerException e) { System.out.println("NPE store"); }
        char[] cs = "abc".toCharArray();
        try { System.out.println(cs[cs.length]); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE superclass catch: " + e.getMessage()); }
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println("SIOOBE: " + e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println("SIOOBE substring: " + e.getMessage()); }
        int[][] m = new int[2][2];
        try { m[1][2] = 0; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("2d: " + e.getMessage()); }
    }
}
