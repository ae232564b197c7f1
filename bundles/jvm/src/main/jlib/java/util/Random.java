package java.util;

/**
 * The documented 48-bit linear congruential generator (Knuth, TAOCP 3.2.1): the same seed gives
 * the same sequence as HotSpot's java.util.Random for every method here. No streams.
 */
public class Random {
    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final float FLOAT_UNIT = 0x1.0p-24f;
    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;

    public Random() {
        this(nextUniquifier() ^ System.nanoTime());
    }

    private static long nextUniquifier() {
        seedUniquifier = seedUniquifier * 1181783497276652981L;
        return seedUniquifier;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) { return (seed ^ multiplier) & mask; }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        seed = (seed * multiplier + addend) & mask;
        return (int) (seed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len; ) {
            for (int rnd = nextInt(), n = Math.min(len - i, 4); n-- > 0; rnd >>= 8) bytes[i++] = (byte) rnd;
        }
    }

    public int nextInt() { return next(32); }

    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) ;
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        int r = nextInt();
        int n = bound - origin, m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) ;
            r += origin;
        } else {
            while (r < origin || r >= bound) r = nextInt();
        }
        return r;
    }

    public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    public long nextLong(long bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        long r = nextLong();
        long m = bound - 1;
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) ;
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        long r = nextLong();
        long n = bound - origin, m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) ;
            r += origin;
        } else {
            while (r < origin || r >= bound) r = nextLong();
        }
        return r;
    }

    public boolean nextBoolean() { return next(1) != 0; }

    public float nextFloat() { return next(24) * FLOAT_UNIT; }

    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("bound must be finite and positive");
        double r = nextDouble();
        r = r * bound;
        if (r >= bound) r = nextDown(bound);
        return r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound) r = nextDown(bound);
        return r;
    }

    private static double nextDown(double d) {
        if (d == 0.0) return -Double.MIN_VALUE;
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(d > 0.0 ? bits - 1 : bits + 1);
    }

    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * fdlibmLog(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    private static final double ln2_hi = 6.93147180369123816490e-01;
    private static final double ln2_lo = 1.90821492927058770002e-10;
    private static final double two54 = 1.80143985094819840000e+16;
    private static final double Lg1 = 6.666666666666735130e-01;
    private static final double Lg2 = 3.999999999940941908e-01;
    private static final double Lg3 = 2.857142874366239149e-01;
    private static final double Lg4 = 2.222219843214978396e-01;
    private static final double Lg5 = 1.818357216161805012e-01;
    private static final double Lg6 = 1.531383769920937332e-01;
    private static final double Lg7 = 1.479819860511658591e-01;

    /**
     * StrictMath.log as specified: the fdlibm algorithm (reduce x to 2^k (1+f) with
     * sqrt(2)/2 < 1+f < sqrt(2), then log(1+f) from s = f/(2+f) by a minimax polynomial). The
     * JDK's nextGaussian uses StrictMath.log, and Math.log (which the VM's log may be) differs
     * from it in the last bit for some arguments.
     */
    static double fdlibmLog(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) return Double.NEGATIVE_INFINITY;
            if (hx < 0) return Double.NaN;
            k -= 54;
            x *= two54;
            hx = (int) (Double.doubleToRawLongBits(x) >> 32);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
        k += (i >> 20);
        double f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + hx)) < 3) {
            if (f == 0.0) {
                if (k == 0) return 0.0;
                dk = (double) k;
                return dk * ln2_hi + dk * ln2_lo;
            }
            double R = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - R;
            dk = (double) k;
            return dk * ln2_hi - ((R - dk * ln2_lo) - f);
        }
        double s = f / (2.0 + f);
        dk = (double) k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i |= j;
        double R = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + R));
            return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
        } else {
            if (k == 0) return f - s * (f - R);
            return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
        }
    }

    // streams of random values, as the JDK's: the values of nextInt()/nextInt(origin, bound) etc. in turn

    private static void checkSize(long size) {
        if (size < 0L) throw new IllegalArgumentException("size must be non-negative");
    }

    private static void checkRange(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
    }

    public java.util.stream.IntStream ints() { return ints(Long.MAX_VALUE); }

    public java.util.stream.IntStream ints(long streamSize) {
        checkSize(streamSize);
        return java.util.stream.PhantomStreams.ints(streamSize, () -> nextInt());
    }

    public java.util.stream.IntStream ints(int origin, int bound) { return ints(Long.MAX_VALUE, origin, bound); }

    public java.util.stream.IntStream ints(long streamSize, int origin, int bound) {
        checkSize(streamSize);
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        return java.util.stream.PhantomStreams.ints(streamSize, () -> nextInt(origin, bound));
    }

    public java.util.stream.LongStream longs() { return longs(Long.MAX_VALUE); }

    public java.util.stream.LongStream longs(long streamSize) {
        checkSize(streamSize);
        return java.util.stream.PhantomStreams.longs(streamSize, () -> nextLong());
    }

    public java.util.stream.LongStream longs(long origin, long bound) { return longs(Long.MAX_VALUE, origin, bound); }

    public java.util.stream.LongStream longs(long streamSize, long origin, long bound) {
        checkSize(streamSize);
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        return java.util.stream.PhantomStreams.longs(streamSize, () -> nextLong(origin, bound));
    }

    public java.util.stream.DoubleStream doubles() { return doubles(Long.MAX_VALUE); }

    public java.util.stream.DoubleStream doubles(long streamSize) {
        checkSize(streamSize);
        return java.util.stream.PhantomStreams.doubles(streamSize, () -> nextDouble());
    }

    public java.util.stream.DoubleStream doubles(double origin, double bound) { return doubles(Long.MAX_VALUE, origin, bound); }

    public java.util.stream.DoubleStream doubles(long streamSize, double origin, double bound) {
        checkSize(streamSize);
        checkRange(origin, bound);
        return java.util.stream.PhantomStreams.doubles(streamSize, () -> nextDouble(origin, bound));
    }
}
