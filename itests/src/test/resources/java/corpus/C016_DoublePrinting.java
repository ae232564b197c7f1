public class C016_DoublePrinting {
    public static void main(String[] args) {
        double[] ds = {0, -0.0, 1, -1, 0.1, 0.5, 1.0 / 3, 100, 1e6, 1e7, 9999999.0, 12345678.9, 1e-3, 0.001, 1e-4, 0.0001234,
            123456789012345.0, 1e15, 1e16, 1e21, 1e100, 1e-100, 4.9e-324, 1.7976931348623157e308, 2.2250738585072014E-308,
            3.141592653589793, 2.718281828459045, 0.30000000000000004, 1.5e300 * 1.5, 5e-324 * 3, 100.5, 1234.5678};
        for (double d : ds) System.out.println(d);
        double v = 1;
        for (int i = 0; i < 25; i++) { v *= 10; if (i % 3 == 0) System.out.println(v); }
        v = 1;
        for (int i = 0; i < 12; i++) { v /= 10; System.out.println(v); }
        double w = 1;
        for (int i = 0; i < 10; i++) { w = w * 3.7 + 0.013; System.out.println(w); }
        System.out.println(Double.toString(42.0) + "|" + String.valueOf(-7.25) + "|" + Double.valueOf("6.02214076e23"));
        System.out.println(Double.parseDouble("0x1.8p1") + " " + Double.parseDouble("  12.5  ") + " " + Double.parseDouble("-Infinity"));
        System.out.println((float) 1.0e-50 + " " + (float) 3.4e38 + " " + (float) 3.5e38);
        System.out.println(Double.MIN_NORMAL + " " + Math.ulp(1e16));
    }
}
