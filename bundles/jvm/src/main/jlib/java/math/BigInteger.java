package java.math;

/**
 * An immutable arbitrary-precision integer: a sign and a magnitude of 32-bit words, least
 * significant first, without high zero words (zero has none). Schoolbook arithmetic throughout.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long MASK = 0xFFFFFFFFL;

    public static final BigInteger ZERO = new BigInteger(0, new int[0]);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);

    private final int signum;
    private final int[] mag;

    private BigInteger(int signum, int[] mag) {
        int n = mag.length;
        while (n > 0 && mag[n - 1] == 0) n--;
        if (n != mag.length) {
            int[] m = new int[n];
            for (int i = 0; i < n; i++) m[i] = mag[i];
            mag = m;
        }
        this.mag = mag;
        this.signum = n == 0 ? 0 : signum;
    }

    public BigInteger(String val) { this(val, 10); }

    public BigInteger(String val, int radix) {
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) throw new NumberFormatException("Radix out of range");
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        int i = 0, sign = 1;
        char c0 = val.charAt(0);
        if (c0 == '-' || c0 == '+') {
            if (c0 == '-') sign = -1;
            i = 1;
            if (len == 1) throw new NumberFormatException("Zero length BigInteger");
        }
        int[] m = new int[0];
        for (; i < len; i++) {
            int d = Character.digit(val.charAt(i), radix);
            if (d < 0) throw new NumberFormatException("For input string: \"" + val + "\"" + (radix != 10 ? " under radix " + radix : ""));
            m = mulAddWord(m, radix, d);
        }
        BigInteger r = new BigInteger(sign, m);
        this.mag = r.mag;
        this.signum = r.signum;
    }

    public static BigInteger valueOf(long v) {
        if (v == 0) return ZERO == null ? new BigInteger(0, new int[0]) : ZERO;
        int sign = v < 0 ? -1 : 1;
        long a = v < 0 ? -v : v; // Long.MIN_VALUE stays itself: as unsigned it is 2^63, right
        return new BigInteger(sign, new int[] {(int) a, (int) (a >>> 32)});
    }

    // ---------------------------------------------------------------- magnitudes

    private static int cmpMag(int[] a, int[] b) {
        if (a.length != b.length) return a.length < b.length ? -1 : 1;
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
        }
        return 0;
    }

    private static int[] addMag(int[] a, int[] b) {
        if (a.length < b.length) { int[] t = a; a = b; b = t; }
        int[] r = new int[a.length + 1];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long s = (a[i] & MASK) + (i < b.length ? b[i] & MASK : 0) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        r[a.length] = (int) carry;
        return r;
    }

    /** a - b for |a| >= |b|. */
    private static int[] subMag(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        for (int i = 0; i < a.length; i++) {
            long d = (a[i] & MASK) - (i < b.length ? b[i] & MASK : 0) - borrow;
            r[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        return r;
    }

    private static int[] mulMag(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long carry = 0, ai = a[i] & MASK;
            if (ai == 0) continue;
            for (int j = 0; j < b.length; j++) {
                long t = ai * (b[j] & MASK) + (r[i + j] & MASK) + carry;
                r[i + j] = (int) t;
                carry = t >>> 32;
            }
            int k = i + b.length;
            while (carry != 0) {
                long t = (r[k] & MASK) + carry;
                r[k] = (int) t;
                carry = t >>> 32;
                k++;
            }
        }
        return r;
    }

    /** a * m + add for small non-negative m and add. */
    private static int[] mulAddWord(int[] a, int m, int add) {
        int[] r = new int[a.length + 1];
        long carry = add;
        for (int i = 0; i < a.length; i++) {
            long t = (a[i] & MASK) * m + carry;
            r[i] = (int) t;
            carry = t >>> 32;
        }
        r[a.length] = (int) carry;
        int n = r.length;
        while (n > 0 && r[n - 1] == 0) n--;
        if (n == r.length) return r;
        int[] s = new int[n];
        for (int i = 0; i < n; i++) s[i] = r[i];
        return s;
    }

    /** Quotient and remainder of the magnitude a by one unsigned word d: the remainder in rem[0]. */
    private static int[] divWord(int[] a, long d, long[] rem) {
        int[] q = new int[a.length];
        long r = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            long cur = (r << 32) | (a[i] & MASK);
            long qq = Long.divideUnsigned(cur, d);
            q[i] = (int) qq;
            r = cur - qq * d;
        }
        rem[0] = r;
        return q;
    }

    private static int bitLen(int[] m) {
        if (m.length == 0) return 0;
        return (m.length - 1) * 32 + (32 - Integer.numberOfLeadingZeros(m[m.length - 1]));
    }

    private static boolean bit(int[] m, int i) {
        int w = i >>> 5;
        return w < m.length && ((m[w] >>> (i & 31)) & 1) != 0;
    }

    private static int[] shl(int[] m, int n) {
        int words = n >>> 5, bits = n & 31;
        int[] r = new int[m.length + words + 1];
        for (int i = 0; i < m.length; i++) {
            long v = (m[i] & MASK) << bits;
            r[i + words] |= (int) v;
            r[i + words + 1] |= (int) (v >>> 32);
        }
        return r;
    }

    private static int[] shr(int[] m, int n) {
        int words = n >>> 5, bits = n & 31;
        if (words >= m.length) return new int[0];
        int[] r = new int[m.length - words];
        for (int i = 0; i < r.length; i++) {
            long lo = m[i + words] & MASK;
            long hi = i + words + 1 < m.length ? m[i + words + 1] & MASK : 0;
            r[i] = (int) (((hi << 32) | lo) >>> bits);
        }
        return r;
    }

    /** Truncating division of magnitudes: {quotient, remainder}. */
    private static int[][] divMag(int[] a, int[] b) {
        if (cmpMag(a, b) < 0) return new int[][] {new int[0], a};
        if (b.length == 1) {
            long[] rem = new long[1];
            int[] q = divWord(a, b[0] & MASK, rem);
            return new int[][] {q, new int[] {(int) rem[0]}};
        }
        // binary long division: shift-subtract, one bit of the quotient at a time
        int n = bitLen(a);
        int[] q = new int[a.length];
        BigInteger r = ZERO, d = new BigInteger(1, b);
        for (int i = n - 1; i >= 0; i--) {
            int[] s = shl(r.mag, 1);
            if (bit(a, i)) s[0] |= 1;
            r = new BigInteger(1, s);
            if (cmpMag(r.mag, d.mag) >= 0) {
                r = new BigInteger(1, subMag(r.mag, d.mag));
                q[i >>> 5] |= 1 << (i & 31);
            }
        }
        return new int[][] {q, r.mag};
    }

    // ---------------------------------------------------------------- arithmetic

    public BigInteger add(BigInteger v) {
        if (v.signum == 0) return this;
        if (signum == 0) return v;
        if (signum == v.signum) return new BigInteger(signum, addMag(mag, v.mag));
        int c = cmpMag(mag, v.mag);
        if (c == 0) return ZERO;
        return c > 0 ? new BigInteger(signum, subMag(mag, v.mag)) : new BigInteger(v.signum, subMag(v.mag, mag));
    }

    public BigInteger subtract(BigInteger v) { return add(v.negate()); }

    public BigInteger multiply(BigInteger v) {
        if (signum == 0 || v.signum == 0) return ZERO;
        return new BigInteger(signum * v.signum, mulMag(mag, v.mag));
    }

    public BigInteger divide(BigInteger v) { return divideAndRemainder(v)[0]; }

    public BigInteger remainder(BigInteger v) { return divideAndRemainder(v)[1]; }

    public BigInteger[] divideAndRemainder(BigInteger v) {
        if (v.signum == 0) throw new ArithmeticException("BigInteger divide by zero");
        if (signum == 0) return new BigInteger[] {ZERO, ZERO};
        int[][] qr = divMag(mag, v.mag);
        return new BigInteger[] {new BigInteger(signum * v.signum, qr[0]), new BigInteger(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) throw new ArithmeticException("Negative exponent");
        BigInteger r = ONE, b = this;
        while (exponent > 0) {
            if ((exponent & 1) != 0) r = r.multiply(b);
            exponent >>>= 1;
            if (exponent > 0) b = b.multiply(b);
        }
        return r;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (exponent.signum < 0) return modInverse(m).modPow(exponent.negate(), m);
        BigInteger r = ONE.mod(m), b = mod(m);
        int n = exponent.bitLength();
        for (int i = 0; i < n; i++) {
            if (exponent.testBit(i)) r = r.multiply(b).mod(m);
            b = b.multiply(b).mod(m);
        }
        return r;
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger a = mod(m), b = m, x0 = ONE, x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1; x1 = t;
            a = b; b = qr[1];
        }
        if (!a.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
        return x0.mod(m);
    }

    public BigInteger gcd(BigInteger v) {
        BigInteger a = abs(), b = v.abs();
        while (b.signum != 0) {
            BigInteger t = a.remainder(b);
            a = b;
            b = t;
        }
        return a;
    }

    public BigInteger negate() { return signum == 0 ? this : new BigInteger(-signum, mag); }

    public BigInteger abs() { return signum < 0 ? negate() : this; }

    public int signum() { return signum; }

    public BigInteger min(BigInteger v) { return compareTo(v) <= 0 ? this : v; }

    public BigInteger max(BigInteger v) { return compareTo(v) >= 0 ? this : v; }

    public BigInteger sqrt() {
        if (signum < 0) throw new ArithmeticException("Negative BigInteger");
        if (signum == 0) return ZERO;
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    // ---------------------------------------------------------------- bits (two's complement views)

    public int bitLength() {
        if (signum >= 0) return bitLen(mag);
        // a negative number's length is that of |x| - 1
        return bitLen(subMag(mag, new int[] {1}));
    }

    public int bitCount() {
        int[] m = signum < 0 ? subMag(mag, new int[] {1}) : mag;
        int c = 0;
        for (int w : m) c += Integer.bitCount(w);
        return c;
    }

    public boolean testBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        if (signum >= 0) return bit(mag, n);
        return !bit(subMag(mag, new int[] {1}), n); // -x = ~(x - 1)
    }

    public int getLowestSetBit() {
        if (signum == 0) return -1;
        int i = 0;
        while (!bit(mag, i)) i++;
        return i;
    }

    public BigInteger shiftLeft(int n) {
        if (n < 0) return shiftRight(-n);
        if (signum == 0 || n == 0) return this;
        return new BigInteger(signum, shl(mag, n));
    }

    public BigInteger shiftRight(int n) {
        if (n < 0) return shiftLeft(-n);
        if (signum == 0 || n == 0) return this;
        if (signum > 0) return new BigInteger(1, shr(mag, n));
        // floor division by 2^n for negative numbers: -((|x| - 1) >> n) - 1
        BigInteger t = new BigInteger(1, shr(subMag(mag, new int[] {1}), n));
        return t.add(ONE).negate();
    }

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) return true;
        BigInteger n = abs();
        if (n.compareTo(TWO) < 0) return false;
        int[] small = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
        for (int p : small) {
            BigInteger bp = valueOf(p);
            if (n.equals(bp)) return true;
            if (n.remainder(bp).signum == 0) return false;
        }
        // Miller-Rabin with the first twelve primes as bases: deterministic below 3.3 * 10^24
        BigInteger nm1 = n.subtract(ONE);
        int s = nm1.getLowestSetBit();
        BigInteger d = nm1.shiftRight(s);
        for (int p : small) {
            BigInteger x = valueOf(p).modPow(d, n);
            if (x.equals(ONE) || x.equals(nm1)) continue;
            boolean composite = true;
            for (int r = 1; r < s; r++) {
                x = x.multiply(x).mod(n);
                if (x.equals(nm1)) { composite = false; break; }
            }
            if (composite) return false;
        }
        return true;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) throw new ArithmeticException("start < 0: " + this);
        BigInteger c = add(ONE);
        while (!c.isProbablePrime(100)) c = c.add(ONE);
        return c;
    }

    // ---------------------------------------------------------------- comparison

    public int compareTo(BigInteger v) {
        if (signum != v.signum) return signum < v.signum ? -1 : 1;
        int c = cmpMag(mag, v.mag);
        return signum < 0 ? -c : c;
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof BigInteger)) return false;
        BigInteger v = (BigInteger) o;
        return signum == v.signum && cmpMag(mag, v.mag) == 0;
    }

    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) h = (int) (31 * h + (mag[i] & MASK));
        return h * signum;
    }

    // ---------------------------------------------------------------- conversions

    public String toString() { return toString(10); }

    public String toString(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (signum == 0) return "0";
        StringBuilder b = new StringBuilder();
        int[] m = mag;
        long[] rem = new long[1];
        while (m.length > 0) {
            m = divWord(m, radix, rem);
            int n = m.length;
            while (n > 0 && m[n - 1] == 0) n--;
            if (n != m.length) {
                int[] t = new int[n];
                for (int i = 0; i < n; i++) t[i] = m[i];
                m = t;
            }
            b.append(Character.forDigit((int) rem[0], radix));
        }
        if (signum < 0) b.append('-');
        return b.reverse().toString();
    }

    public long longValue() {
        long lo = mag.length > 0 ? mag[0] & MASK : 0, hi = mag.length > 1 ? mag[1] & MASK : 0;
        long v = (hi << 32) | lo;
        return signum < 0 ? -v : v;
    }

    public int intValue() { return (int) longValue(); }

    public float floatValue() { return (float) doubleValue(); }

    public double doubleValue() { return Double.parseDouble(toString()); }

    public long longValueExact() {
        if (bitLength() <= 63) return longValue();
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (bitLength() <= 31) return intValue();
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (bitLength() <= 15) return (short) intValue();
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (bitLength() <= 7) return (byte) intValue();
        throw new ArithmeticException("BigInteger out of byte range");
    }
}
