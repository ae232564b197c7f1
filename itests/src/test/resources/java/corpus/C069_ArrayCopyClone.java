import java.util.Arrays;
public class C069_ArrayCopyClone {
    public static void main(String[] args) {
        int[] src = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] dst = new int[10];
        System.arraycopy(src, 2, dst, 1, 4);
        System.out.println(Arrays.toString(dst));
        System.arraycopy(src, 0, src, 2, 5);
        System.out.println("overlap fwd " + Arrays.toString(src));
        int[] s2 = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(s2, 3, s2, 0, 5);
        System.out.println("overlap back " + Arrays.toString(s2));
        int[] cl = s2.clone();
        cl[0] = 99;
        System.out.println(s2[0] + " " + cl[0] + " " + (cl != s2) + " " + cl.length);
        int[][] deep = {{1, 2}, {3, 4}};
        int[][] shallow = deep.clone();
        shallow[0][0] = 100; shallow[1] = new int[]{7};
        System.out.println(Arrays.deepToString(deep) + " " + Arrays.deepToString(shallow));
        String[] ss = {"a", "b", "c"};
        Object[] os = new Object[3];
        System.arraycopy(ss, 0, os, 0, 3);
        System.out.println(Arrays.toString(os));
        try { System.arraycopy(src, 0, dst, 5, 8); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE arraycopy"); }
        try { System.arraycopy(src, 0, new long[8], 0, 2); } catch (ArrayStoreException e) { System.out.println("ASE arraycopy"); }
        try { Object[] objs = new Object[]{"x", 1}; String[] strs = new String[2]; System.arraycopy(objs, 0, strs, 0, 2); } catch (ArrayStoreException e) { System.out.println("ASE element, copied partially"); }
        int[] grown = Arrays.copyOf(src, 12);
        int[] range = Arrays.copyOfRange(src, 2, 5);
        System.out.println(Arrays.toString(grown) + " " + Arrays.toString(range));
        char[] cs = "hello".toCharArray().clone();
        System.out.println(cs);
        double[] dd = {1.5, 2.5};
        double[] dc = dd.clone();
        System.out.println(Arrays.equals(dd, dc) + " " + (dd == dc));
        Object[] store = new String[1];
        try { store[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("ASE store " + e.getMessage()); }
    }
}
