/** Java semantics the front end must keep exactly: run on the JVM and in the VM, the output must be the same. */
public class Arith {
    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static long collatz(long n) {
        long steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static int mix(int x) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return x;
    }

    static String describe(int n) {
        if (n < 0) return "negative";
        if (n == 0) return "zero";
        return n % 2 == 0 ? "even" : "odd";
    }

    public static void main(String[] args) {
        System.out.println("wrap " + (Integer.MAX_VALUE + 1) + " " + (Long.MIN_VALUE - 1));
        System.out.println("div " + (Integer.MIN_VALUE / -1) + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7L / -2));
        System.out.println("shift " + (-16 >> 2) + " " + (-16 >>> 28) + " " + (1L << 40) + " " + (1 << 33));
        System.out.println("narrow " + (byte) 200 + " " + (short) 40000 + " " + (int) (char) -1 + " " + (int) 5000000000L);
        System.out.println("gcd " + gcd(1071, 462) + " collatz " + collatz(27));
        int h = 1;
        for (int i = 0; i < 1000; i++) h = mix(h + i);
        System.out.println("mix " + h);
        for (int n = -1; n <= 3; n++) System.out.print(describe(n) + (n < 3 ? "," : "\n"));
        long big = 1;
        for (int i = 1; i <= 20; i++) big *= i;
        System.out.println("20! = " + big);
        System.out.println();
        System.out.println("done");
    }
}
