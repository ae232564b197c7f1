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

    static double sqrt(double x) {
        double r = x;
        for (int i = 0; i < 30; i++) r = (r + x / r) / 2;
        return r;
    }

    static String order(double a, double b) {
        if (a < b) return "less";
        if (a > b) return "greater";
        if (a == b) return "equal";
        return "unordered";
    }

    public static void main(String[] args) {
        double zero = 0;
        double nan = zero / zero;
        System.out.println("double " + (0.1 + 0.2) + " " + sqrt(2) + " " + (1 / zero) + " " + (-1 / zero) + " " + nan + " " + (7.5 % 2));
        boolean yes = gcd(12, 8) == 4, no = nan == nan;
        System.out.println("bool " + yes + " " + no + " " + (yes && !no));
        System.out.println(no);
        String word = "persistent";
        System.out.println("string " + word.length() + " " + word.charAt(3) * 1 + " " + word.substring(2, 6) + " " + word.substring(7)
            + " " + word.indexOf("ten") + " " + word.startsWith("per") + " " + word.equals("persist" + "ent") + " " + "".isEmpty()
            + " " + word.isEmpty() + " " + word.equals(word.substring(1)));
        System.out.println("order " + order(1, 2) + " " + order(2, 1) + " " + order(1, 1) + " " + order(nan, 1) + " " + order(1, nan));
        System.out.println("convert " + (int) 3.99 + " " + (int) -3.99 + " " + (long) 1e19 + " " + (int) nan + " " + (double) (1L << 53) + " " + (float) 0.1 * 10.0);
        float f = 1.5f;
        f = f * f + 0.25f;
        System.out.println("float " + (double) f + " " + (int) (f * 100));
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
