public class C020_DoubleAccumulate {
    static double piLeibniz(int n) { double s = 0; for (int i = 0; i < n; i++) s += (i % 2 == 0 ? 1.0 : -1.0) / (2 * i + 1); return 4 * s; }
    static double newtonSqrt(double x) { double g = x / 2; for (int i = 0; i < 20; i++) g = (g + x / g) / 2; return g; }
    static double expTaylor(double x) { double term = 1, sum = 1; for (int i = 1; i < 30; i++) { term *= x / i; sum += term; } return sum; }
    public static void main(String[] args) {
        for (int n = 1; n <= 100000; n *= 10) System.out.println("pi(" + n + ")=" + piLeibniz(n));
        for (int x = 2; x <= 10; x += 2) System.out.println("sqrt(" + x + ")=" + newtonSqrt(x) + " vs " + Math.sqrt(x));
        for (int x = -2; x <= 2; x++) System.out.println("exp(" + x + ")=" + expTaylor(x));
        double kahan = 0, c = 0, naive = 0;
        for (int i = 0; i < 10000; i++) {
            double y = 0.1 - c; double t = kahan + y; c = (t - kahan) - y; kahan = t; naive += 0.1;
        }
        System.out.println("kahan=" + kahan + " naive=" + naive);
        double fib1 = 1, fib2 = 1;
        for (int i = 0; i < 80; i++) { double t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        System.out.println("fib ratio=" + fib2 / fib1 + " fib=" + fib2);
        double m = 0.7;
        for (int i = 0; i < 20; i++) m = 3.7 * m * (1 - m);
        System.out.println("logistic=" + m);
    }
}
