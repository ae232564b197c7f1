package java.lang;

public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private static final Long[] CACHE = new Long[256];
    static {
        for (int i = 0; i < 256; i++) CACHE[i] = new Long(i - 128);
    }

    private final long value;

    @Deprecated
    public Long(long value) { this.value = value; }

    @Deprecated
    public Long(String s) { this.value = parseLong(s, 10); }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) return CACHE[(int) l + 128];
        return new Long(l);
    }

    public static Long valueOf(String s) { return valueOf(parseLong(s, 10)); }

    public static Long valueOf(String s, int radix) { return valueOf(parseLong(s, radix)); }

    // ---- text

    static final char[] DIGITS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
        'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    public static String toString(long i) { return PhantomNative.fromLong(i); }

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return PhantomNative.fromLong(i);
        char[] buf = new char[65];
        int at = 65;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= -radix) {
            buf[--at] = DIGITS[(int) -(i % radix)];
            i = i / radix;
        }
        buf[--at] = DIGITS[(int) -i];
        if (negative) buf[--at] = '-';
        return PhantomNative.fromChars(buf, at, 65 - at);
    }

    /** The unsigned value's digits in radix 2^shift. */
    static String unsignedDigits(long v, int shift) {
        char[] buf = new char[64];
        int at = 64;
        long mask = (1L << shift) - 1;
        do {
            buf[--at] = DIGITS[(int) (v & mask)];
            v >>>= shift;
        } while (v != 0);
        return PhantomNative.fromChars(buf, at, 64 - at);
    }

    public static String toUnsignedString(long i) { return toUnsignedString(i, 10); }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) return toString(i, radix);
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        long q = divideUnsigned(i, radix);
        long r = i - q * radix;
        return toString(q, radix) + DIGITS[(int) r];
    }

    public static String toHexString(long i) { return unsignedDigits(i, 4); }

    public static String toOctalString(long i) { return unsignedDigits(i, 3); }

    public static String toBinaryString(long i) { return unsignedDigits(i, 1); }

    public String toString() { return PhantomNative.fromLong(value); }

    // ---- parsing

    /** Parses s in radix into [min, max] (min < 0 < max), with the JDK's parseInt/parseLong messages. */
    static long parse(String s, int radix, long min, long max) {
        if (s == null) throw NumberFormatException.forNull();
        if (radix < Character.MIN_RADIX)
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > Character.MAX_RADIX)
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        int len = s.length();
        if (len == 0) throw NumberFormatException.forInputString(s, radix);
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') negative = true;
            else if (first != '+') throw NumberFormatException.forInputString(s, radix);
            if (len == 1) throw NumberFormatException.forInputString(s, radix);
            i = 1;
        }
        long limit = negative ? min : -max;
        long multmin = limit / radix;
        long result = 0;
        while (i < len) {
            int d = Character.digit(s.charAt(i++), radix);
            if (d < 0 || result < multmin) throw NumberFormatException.forInputString(s, radix);
            result *= radix;
            if (result < limit + d) throw NumberFormatException.forInputString(s, radix);
            result -= d;
        }
        return negative ? result : -result;
    }

    static long decodeText(String nm, long min, long max) {
        int len = nm.length();
        if (len == 0) throw new NumberFormatException("Zero length string");
        int index = 0;
        boolean negative = false;
        char c0 = nm.charAt(0);
        if (c0 == '-') { negative = true; index++; }
        else if (c0 == '+') index++;
        int radix = 10;
        if (PhantomString.startsWith(nm, "0x", index) || PhantomString.startsWith(nm, "0X", index)) {
            index += 2;
            radix = 16;
        } else if (PhantomString.startsWith(nm, "#", index)) {
            index++;
            radix = 16;
        } else if (PhantomString.startsWith(nm, "0", index) && len > 1 + index) {
            index++;
            radix = 8;
        }
        if (PhantomString.startsWith(nm, "-", index) || PhantomString.startsWith(nm, "+", index))
            throw new NumberFormatException("Sign character in wrong position");
        String digits = nm.substring(index);
        try {
            long r = parse(digits, radix, min, max);
            return negative ? -r : r;
        } catch (NumberFormatException e) {
            return parse(negative ? "-" + digits : digits, radix, min, max);
        }
    }

    public static long parseLong(String s) { return parse(s, 10, MIN_VALUE, MAX_VALUE); }

    public static long parseLong(String s, int radix) { return parse(s, radix, MIN_VALUE, MAX_VALUE); }

    public static long parseUnsignedLong(String s) { return parseUnsignedLong(s, 10); }

    public static long parseUnsignedLong(String s, int radix) {
        if (s == null) throw NumberFormatException.forNull();
        int len = s.length();
        if (len > 0 && s.charAt(0) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        if (len <= 12) return parse(s, radix, MIN_VALUE, MAX_VALUE);
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) return parse(s, radix, MIN_VALUE, MAX_VALUE);
        int i = 0;
        if (s.charAt(0) == '+') i = 1;
        long result = 0;
        for (; i < len; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) throw NumberFormatException.forInputString(s, radix);
            long hi = multiplyHighUnsigned(result, radix);
            long lo = result * radix;
            long next = lo + d;
            if (hi != 0 || compareUnsigned(next, lo) < 0)
                throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
            result = next;
        }
        return result;
    }

    private static long multiplyHighUnsigned(long a, long b) {
        long a0 = a & 0xffffffffL, a1 = a >>> 32, b0 = b & 0xffffffffL, b1 = b >>> 32;
        long p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
        long mid = (p00 >>> 32) + (p01 & 0xffffffffL) + (p10 & 0xffffffffL);
        return p11 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32);
    }

    public static Long decode(String nm) {
        if (nm == null) throw new NullPointerException("Cannot invoke \"String.isEmpty()\" because \"nm\" is null");
        return valueOf(decodeText(nm, MIN_VALUE, MAX_VALUE));
    }

    // ---- Number

    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public int intValue() { return (int) value; }
    public long longValue() { return value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return (double) value; }

    public int hashCode() { return hashCode(value); }

    public static int hashCode(long value) { return (int) (value ^ (value >>> 32)); }

    public boolean equals(Object obj) {
        return obj instanceof Long && ((Long) obj).value == value;
    }

    public int compareTo(Long other) { return compare(value, other.value); }

    public static int compare(long x, long y) { return x < y ? -1 : (x == y ? 0 : 1); }

    public static int compareUnsigned(long x, long y) { return compare(x + MIN_VALUE, y + MIN_VALUE); }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        if (dividend >= 0) return dividend / divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        if (compareUnsigned(r, divisor) >= 0) q++;
        return q;
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    // ---- bits

    public static long highestOneBit(long i) { return i == 0 ? 0 : (MIN_VALUE >>> numberOfLeadingZeros(i)); }

    public static long lowestOneBit(long i) { return i & -i; }

    public static int numberOfLeadingZeros(long i) {
        int hi = (int) (i >>> 32);
        return hi != 0 ? Integer.numberOfLeadingZeros(hi) : 32 + Integer.numberOfLeadingZeros((int) i);
    }

    public static int numberOfTrailingZeros(long i) {
        int lo = (int) i;
        return lo != 0 ? Integer.numberOfTrailingZeros(lo) : 32 + Integer.numberOfTrailingZeros((int) (i >>> 32));
    }

    public static int bitCount(long i) { return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32)); }

    public static long rotateLeft(long i, int distance) { return (i << distance) | (i >>> -distance); }

    public static long rotateRight(long i, int distance) { return (i >>> distance) | (i << -distance); }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) { return (int) ((i >> 63) | (-i >>> 63)); }

    public static long sum(long a, long b) { return a + b; }

    public static long max(long a, long b) { return a >= b ? a : b; }

    public static long min(long a, long b) { return a <= b ? a : b; }
}
