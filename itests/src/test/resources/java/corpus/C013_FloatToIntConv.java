public class C013_FloatToIntConv {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e10, -1e10, 1e19, -1e19, 1e30,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2147483647.5, -2147483648.9, 9.223372036854776E18};
        for (double d : ds) {
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " short " + (short) d
                + " byte " + (byte) d + " char " + (int) (char) d + " float " + (float) d);
        }
        float[] fs = {Float.NaN, Float.MAX_VALUE, -Float.MAX_VALUE, 3.99f, -3.99f, 1e20f, 16777217f};
        for (float f : fs) {
            System.out.println(f + " -> int " + (int) f + " long " + (long) f + " double " + (double) f);
        }
        int big = 16777217;
        System.out.println((float) big + " " + (int) (float) big);
        long bigL = 9007199254740993L;
        System.out.println((double) bigL + " " + (long) (double) bigL);
        System.out.println((float) 0.1 + " " + (double) 0.1f);
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(-0.5));
        System.out.println(Math.round(2.5f) + " " + Math.round(-3.5f) + " " + Math.round(Double.NaN) + " " + Math.round(1e20));
        System.out.println(Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.rint(-2.5));
        char c = (char) 65.7;
        System.out.println(c);
        int i = 'a' + 1;
        double dc = 'a';
        System.out.println(i + " " + dc);
    }
}
