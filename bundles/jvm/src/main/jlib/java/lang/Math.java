package java.lang;

/** java.lang.Math: the transcendental functions are the host JVM's (exact same results), the rest is Java. */
public final class Math {
    private Math() {}

    public static final double PI = 3.141592653589793;
    public static final double E = 2.718281828459045;
    /** Math.random's state, in a holder: Math itself then has no initialiser, and its calls no guard. */
    private static final class RandomState {
        private static long seed = PhantomNative.nanoTime();

        /** Synchronized: threads share the generator, as Java's do. */
        static synchronized double next() {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (seed >>> 22) / (double) (1L << 26);
        }
    }

    public static int abs(int a) { return a < 0 ? -a : a; }
    public static long abs(long a) { return a < 0 ? -a : a; }
    public static double abs(double a) { return a <= 0.0 ? 0.0 - a : a; }
    public static float abs(float a) { return a <= 0.0f ? 0.0f - a : a; }

    public static int max(int a, int b) { return a >= b ? a : b; }
    public static long max(long a, long b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }

    public static double max(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && 1 / a < 0) return b;
        return a >= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && 1 / b < 0) return b;
        return a <= b ? a : b;
    }

    public static float max(float a, float b) { return (float) max((double) a, (double) b); }
    public static float min(float a, float b) { return (float) min((double) a, (double) b); }

    public static double sqrt(double a) { return PhantomNative.sqrt(a); }
    public static double cbrt(double a) { return PhantomNative.cbrt(a); }
    public static double pow(double a, double b) { return PhantomNative.pow(a, b); }
    public static double exp(double a) { return PhantomNative.exp(a); }
    public static double log(double a) { return PhantomNative.log(a); }
    public static double log10(double a) { return PhantomNative.log10(a); }
    public static double sin(double a) { return PhantomNative.sin(a); }
    public static double cos(double a) { return PhantomNative.cos(a); }
    public static double tan(double a) { return PhantomNative.tan(a); }
    public static double asin(double a) { return PhantomNative.asin(a); }
    public static double acos(double a) { return PhantomNative.acos(a); }
    public static double atan(double a) { return PhantomNative.atan(a); }
    public static double atan2(double y, double x) { return PhantomNative.atan2(y, x); }
    public static double hypot(double a, double b) { return PhantomNative.hypot(a, b); }
    public static double floor(double a) { return PhantomNative.floor(a); }
    public static double ceil(double a) { return PhantomNative.ceil(a); }
    public static double rint(double a) { return PhantomNative.rint(a); }

    /** Math.round: the nearest long, ties towards positive infinity, computed without x + 0.5's rounding error. */
    public static long round(double a) {
        if (a != a) return 0;
        double f = floor(a);
        double diff = a - f; // exact for doubles whose integer part fits
        long r = (long) f;
        if (diff >= 0.5) r++;
        return r;
    }

    public static int round(float a) {
        if (a != a) return 0;
        double f = floor(a);
        int r = (int) f;
        if ((double) a - f >= 0.5) r++;
        return r;
    }

    public static double signum(double d) { return d > 0 ? 1.0 : d < 0 ? -1.0 : d; }
    public static float signum(float d) { return d > 0 ? 1.0f : d < 0 ? -1.0f : d; }
    public static double toRadians(double deg) { return deg * 0.017453292519943295; }
    public static double toDegrees(double rad) { return rad * 57.29577951308232; }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) q--;
        return q;
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) q--;
        return q;
    }

    public static long floorDiv(long x, int y) { return floorDiv(x, (long) y); }
    public static int floorMod(int x, int y) { return x - floorDiv(x, y) * y; }
    public static long floorMod(long x, long y) { return x - floorDiv(x, y) * y; }
    public static int floorMod(long x, int y) { return (int) floorMod(x, (long) y); }

    public static int addExact(int a, int b) {
        int r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long addExact(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int subtractExact(int a, int b) {
        int r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long subtractExact(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int multiplyExact(int a, int b) {
        long r = (long) a * b;
        if ((int) r != r) throw new ArithmeticException("integer overflow");
        return (int) r;
    }

    public static long multiplyExact(long a, long b) {
        long r = a * b;
        if ((a != 0 && (r / a != b || a == -1 && b == Long.MIN_VALUE)) || b == -1 && a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -a;
    }

    public static int incrementExact(int a) { return addExact(a, 1); }
    public static int decrementExact(int a) { return subtractExact(a, 1); }

    public static int toIntExact(long v) {
        if ((int) v != v) throw new ArithmeticException("integer overflow");
        return (int) v;
    }

    public static int clamp(long v, int min, int max) {
        if (min > max) throw new IllegalArgumentException(min + " > " + max);
        return (int) (v < min ? min : v > max ? max : v);
    }

    public static double random() { return RandomState.next(); }
}
