public class C011_DoubleArith {
    public static void main(String[] args) {
        double a = 0.1, b = 0.2;
        System.out.println(a + b);
        System.out.println(a * b);
        System.out.println(b / a);
        System.out.println(1.0 / 3);
        System.out.println(2.0 / 3);
        System.out.println(10.0 % 3.5);
        System.out.println(-10.0 % 3.5);
        System.out.println(5.5 % -2);
        System.out.println(1e308 * 10);
        System.out.println(-1e308 * 10);
        System.out.println(1e-320 / 1e10);
        System.out.println(Double.MIN_VALUE);
        System.out.println(Double.MAX_VALUE);
        System.out.println(0.0 == -0.0);
        System.out.println(1 / 0.0);
        System.out.println(1 / -0.0);
        System.out.println(0.0 / 0.0);
        double sum = 0;
        for (int i = 1; i <= 10; i++) { sum += 1.0 / i; System.out.println("H" + i + "=" + sum); }
        double x = 1;
        for (int i = 0; i < 5; i++) { x = x * 1.5 - 0.25; System.out.println(x); }
        System.out.println(3 * 0.1);
        System.out.println(100.0 / 7);
        System.out.println((double) Long.MAX_VALUE);
        System.out.println((double) 123456789012L);
        System.out.println(1.0 - 0.9);
        System.out.println(-(0.0));
        System.out.println(0.0 - 0.0);
        System.out.println(-0.0 + 0.0);
    }
}
