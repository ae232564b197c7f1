public class C012_NaNInfinity {
    public static void main(String[] args) {
        double nan = Double.NaN, pinf = Double.POSITIVE_INFINITY, ninf = Double.NEGATIVE_INFINITY;
        double[] vs = {nan, pinf, ninf, 0.0, -0.0, 1.5};
        for (double x : vs) {
            StringBuilder sb = new StringBuilder(String.valueOf(x)).append(":");
            for (double y : vs) {
                sb.append(' ').append(x < y ? 'L' : '-').append(x > y ? 'G' : '-').append(x == y ? 'E' : '-').append(x != y ? 'N' : '-');
            }
            System.out.println(sb);
        }
        System.out.println(nan == nan);
        System.out.println(Double.isNaN(nan) + " " + Double.isInfinite(ninf) + " " + Double.isFinite(1.0));
        System.out.println(pinf - pinf);
        System.out.println(pinf * 0);
        System.out.println(pinf + ninf);
        System.out.println(pinf * -1);
        System.out.println(1 / pinf);
        System.out.println(nan + 1);
        System.out.println(Double.compare(nan, pinf) + " " + Double.compare(0.0, -0.0) + " " + Double.compare(-0.0, 0.0));
        System.out.println(Double.valueOf(nan).equals(Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0));
        float fn = Float.NaN;
        System.out.println(fn != fn);
        System.out.println(Float.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + (float) (1e40));
        System.out.println(Math.max(nan, 1) + " " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0));
        System.out.println(Math.sqrt(-1) + " " + Math.sqrt(pinf));
        System.out.println(Double.doubleToLongBits(nan) + " " + Double.doubleToLongBits(-0.0));
        System.out.println(Float.floatToIntBits(Float.NaN) + " " + Float.floatToIntBits(1.0f));
        System.out.println(Double.longBitsToDouble(0x3FF8000000000000L));
        System.out.println(Float.intBitsToFloat(0x40490FDB));
        double r = nan;
        if (r > 0) System.out.println("pos"); else if (r <= 0) System.out.println("nonpos"); else System.out.println("unordered");
    }
}
