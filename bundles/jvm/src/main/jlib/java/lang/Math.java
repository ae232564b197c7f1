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

    // ---- IEEE 754 bit-level functions
    public static int getExponent(double d) { return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ffL) - 1023; }
    public static int getExponent(float f) { return ((Float.floatToRawIntBits(f) >>> 23) & 0xff) - 127; }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & 0x8000000000000000L) | (Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL));
    }
    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & 0x80000000) | (Float.floatToRawIntBits(magnitude) & 0x7fffffff));
    }

    public static double ulp(double d) {
        int e = getExponent(d);
        if (e == 1024) return abs(d); // NaN or infinite
        if (e == -1023) return Double.MIN_VALUE; // zero or subnormal
        e -= 52;
        if (e >= -1022) return Double.longBitsToDouble(((long) (e + 1023)) << 52);
        return Double.longBitsToDouble(1L << (e + 1074));
    }
    public static float ulp(float f) {
        int e = getExponent(f);
        if (e == 128) return abs(f);
        if (e == -127) return Float.MIN_VALUE;
        e -= 23;
        if (e >= -126) return Float.intBitsToFloat((e + 127) << 23);
        return Float.intBitsToFloat(1 << (e + 149));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) return d;
        if (d == 0.0) return Double.MIN_VALUE;
        long b = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(d > 0 ? b + 1 : b - 1);
    }
    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0.0) return -Double.MIN_VALUE;
        long b = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(d > 0 ? b - 1 : b + 1);
    }
    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) return f;
        if (f == 0.0f) return Float.MIN_VALUE;
        int b = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(f > 0 ? b + 1 : b - 1);
    }
    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) return f;
        if (f == 0.0f) return -Float.MIN_VALUE;
        int b = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(f > 0 ? b - 1 : b + 1);
    }
    public static double nextAfter(double start, double direction) {
        if (start != start || direction != direction) return start + direction;
        if (start == direction) return direction;
        return direction > start ? nextUp(start) : nextDown(start);
    }

    /** d * 2^n, rounded once: the scaling goes in steps that stay exact until the last. */
    public static double scalb(double d, int n) {
        if (n > 2100) n = 2100;
        if (n < -2100) n = -2100;
        if (n >= 0) {
            while (n > 1000) { d *= 0x1.0p1000; n -= 1000; }
            return d * Double.longBitsToDouble(((long) (n + 1023)) << 52);
        }
        // scale down: whole steps first, the one that may round last
        while (n < -1000) { d *= 0x1.0p-1000; n += 1000; }
        return d * Double.longBitsToDouble(((long) (n + 1023)) << 52);
    }
    public static float scalb(float f, int n) { return (float) scalb((double) f, n < -300 ? -300 : n > 300 ? 300 : n); }

    /** The IEEE 754 remainder: x - y * n, n the integer nearest x / y (ties to even). */
    public static double IEEEremainder(double x, double y) {
        if (x != x || y != y || x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY || y == 0.0) return Double.NaN;
        if (y == Double.POSITIVE_INFINITY || y == Double.NEGATIVE_INFINITY) return x;
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        double p = abs(y);
        double r = abs(x);
        if (p <= Double.MAX_VALUE / 2) r = r % (p + p); // now r < 2p, exactly
        if (r == p) return negative ? -0.0 : 0.0;
        if (p < 0x1.0p-1021) {
            if (r + r > p) { r -= p; if (r + r >= p) r -= p; }
        } else {
            double half = 0.5 * p;
            if (r > half) { r -= p; if (r >= half) r -= p; }
        }
        return negative ? -r : r;
    }

    // ---- wide multiplication
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32, x2 = x & 0xFFFFFFFFL, y1 = y >> 32, y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL, z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }
    public static long unsignedMultiplyHigh(long x, long y) {
        long r = multiplyHigh(x, y);
        r += (y & (x >> 63));
        r += (x & (y >> 63));
        return r;
    }
    public static long multiplyFull(int x, int y) { return (long) x * (long) y; }

    public static double random() { return RandomState.next(); }
}
