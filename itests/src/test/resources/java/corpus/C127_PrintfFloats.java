public class C127_PrintfFloats {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 3.14159265358979, -2.5, 0.125, 1234567.891, 1e-5, 6.02e23, 0.5, 1.5, 2.5, 0.045};
        for (double d : ds) System.out.printf("%f | %.2f | %10.3f | %-10.1f| %e | %.3E | %g%n", d, d, d, d, d, d, d);
        System.out.printf("%.0f %.0f %.0f %.0f%n", 0.5, 1.5, 2.5, -0.5);
        System.out.printf("%f %f %f%n", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        System.out.printf("%,.2f %+.1f %08.2f %(.2f%n", 1234567.891, 3.0, -3.14159, -42.5);
        System.out.printf("%.10f %.15f%n", 0.1, 0.1);
        System.out.printf("%a %a%n", 1.0, 0.1);
        float f = 1.1f;
        System.out.printf("%f %.8f %s%n", f, f, f);
        System.out.println(String.format("%.3f", 2.0 / 3) + " " + String.format("%6.2f%%", 45.678));
    }
}
