public class C173_StringConversions {
    public static void main(String[] args) {
        Object[] vals = {0, -1, Integer.MIN_VALUE, 123L, Long.MIN_VALUE, 1.0f, -0.0f, 1e-10f, 2.0, 1e21, 1e-7, 100.0, (short) -5, (byte) 127, 'q', true, null};
        StringBuilder sb = new StringBuilder();
        for (Object v : vals) sb.append(String.valueOf(v)).append('|');
        System.out.println(sb);
        System.out.println(Integer.toString(0) + Long.toString(-0L) + Double.toString(-0.0) + Float.toString(0f) + Boolean.toString(true) + Character.toString('c'));
        System.out.println("" + 1e0 + " " + 1e1 + " " + 1e2 + " " + 1e3 + " " + 1e6 + " " + 1e7 + " " + 1.0e-3 + " " + 1.0e-4);
        System.out.println("" + 1e0f + " " + 1e6f + " " + 1e7f + " " + 1e-3f + " " + 1e-4f + " " + 123456.7f + " " + 0.3f);
        System.out.println(String.valueOf(new char[]{'a', 'b', 'c'}, 1, 2) + " " + String.valueOf(3 > 2) + " " + String.valueOf(9L * 9));
        String num = "  -00123  ";
        System.out.println(Integer.parseInt(num.trim()) + " " + Integer.valueOf(num.strip()) + " " + Long.parseLong("+99"));
        System.out.println(Integer.toString(1 << 20, 2).length() + " " + Integer.toString(-35, 36) + " " + Integer.parseInt("-z", 36));
        char[] digits = Integer.toString(987654321).toCharArray();
        java.util.Arrays.sort(digits);
        System.out.println(new String(digits) + " " + Integer.parseInt(new String(digits)));
        StringBuilder bin = new StringBuilder();
        for (int v = 37; v > 0; v /= 2) bin.insert(0, v % 2);
        System.out.println(bin + " " + Integer.parseInt(bin.toString(), 2) + " " + Integer.toBinaryString(37).equals(bin.toString()));
        double d = Double.parseDouble(String.valueOf(0.1 + 0.2));
        System.out.println(d == 0.1 + 0.2);
    }
}
