public class C157_FloatEdgeCases {
    public static void main(String[] args) {
        System.out.println(0.1 + 0.2 == 0.3);
        System.out.println(0.1f + 0.2f == 0.3f);
        System.out.println((float) 0.1 == 0.1f);
        System.out.println(1e16 + 1 - 1e16);
        System.out.println(Math.abs(-0.0) + " " + Math.abs(Float.NEGATIVE_INFINITY) + " " + (1.0 / Math.abs(-0.0)));
        System.out.println(Math.floor(-0.5) + " " + Math.ceil(-0.5) + " " + Math.round(-0.5) + " " + Math.rint(-0.5));
        System.out.println(Math.floor(Double.NaN) + " " + Math.ceil(Double.POSITIVE_INFINITY) + " " + Math.sqrt(-0.0));
        System.out.println(Math.min(Double.NaN, 0) + " " + Math.max(Float.NaN, 1f) + " " + Math.min(0.0f, -0.0f));
        double d = 1.0;
        int steps = 0;
        while (d + 1.0 != 1.0) { d /= 2; steps++; }
        System.out.println("epsilon steps " + steps + " d=" + d);
        float f = 1.0f; steps = 0;
        while (f + 1.0f != 1.0f) { f /= 2; steps++; }
        System.out.println("float epsilon steps " + steps + " f=" + f);
        double sub = Double.MIN_NORMAL;
        int subs = 0;
        while (sub > 0) { sub /= 2; subs++; }
        System.out.println("halvings to zero from MIN_NORMAL " + subs);
        System.out.println((int) 3.999999999999999999 + " " + (int) -3.9 + " " + (long) 1e19 + " " + (int) Float.NaN + " " + (int) (char) -1.5 + "|");
        System.out.println(Double.compare(Double.NaN, Double.NaN) + " " + (Double.NaN == Double.NaN) + " " + Double.valueOf(Double.NaN).equals(Double.NaN));
        double x = 100;
        for (int i = 0; i < 10; i++) x = Math.sqrt(x) * 3.3;
        System.out.println(x);
        float g = 0;
        for (int i = 0; i < 100; i++) g += 0.01f;
        System.out.println(g + " " + (double) g);
        System.out.println(1.0f * Integer.MAX_VALUE + " " + (double) Integer.MAX_VALUE + " " + (float) Long.MAX_VALUE);
        System.out.println(5 / 2 + " " + 5 / 2.0 + " " + 5 / 2.0f + " " + -5 / 2 + " " + -5 % 2 + " " + -5.0 % 2);
    }
}
