package java.lang;

public final class Integer extends Number implements Comparable<Integer> {
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private static final Integer[] CACHE = new Integer[256];
    static {
        for (int i = 0; i < 256; i++) CACHE[i] = new Integer(i - 128);
    }

    private final int value;

    @Deprecated
    public Integer(int value) { this.value = value; }

    @Deprecated
    public Integer(String s) { this.value = parseInt(s, 10); }

    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) return CACHE[i + 128];
        return new Integer(i);
    }

    public static Integer valueOf(String s) { return valueOf(parseInt(s, 10)); }

    public static Integer valueOf(String s, int radix) { return valueOf(parseInt(s, radix)); }

    // ---- text

    public static String toString(int i) { return PhantomNative.fromInt(i); }

    public static String toString(int i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return PhantomNative.fromInt(i);
        return Long.toString(i, radix);
    }

    public static String toUnsignedString(int i) { return Long.toString(i & 0xffffffffL); }

    public static String toUnsignedString(int i, int radix) { return Long.toString(i & 0xffffffffL, radix); }

    public static String toHexString(int i) { return Long.unsignedDigits(i & 0xffffffffL, 4); }

    public static String toOctalString(int i) { return Long.unsignedDigits(i & 0xffffffffL, 3); }

    public static String toBinaryString(int i) { return Long.unsignedDigits(i & 0xffffffffL, 1); }

    public String toString() { return PhantomNative.fromInt(value); }

    // ---- parsing

    public static int parseInt(String s) { return parseInt(s, 10); }

    public static int parseInt(String s, int radix) {
        long v = Long.parse(s, radix, MIN_VALUE, MAX_VALUE);
        return (int) v;
    }

    public static int parseUnsignedInt(String s) { return parseUnsignedInt(s, 10); }

    public static int parseUnsignedInt(String s, int radix) {
        if (s == null) throw NumberFormatException.forNull();
        int len = s.length();
        if (len > 0 && s.charAt(0) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        long v = Long.parse(s, radix, 0, 0xffffffffL + 1);
        if (v > 0xffffffffL)
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        return (int) v;
    }

    public static Integer decode(String nm) {
        if (nm == null) throw new NullPointerException("Cannot invoke \"String.isEmpty()\" because \"nm\" is null");
        long v = Long.decodeText(nm, MIN_VALUE, MAX_VALUE);
        return valueOf((int) v);
    }

    // ---- Number

    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return (double) value; }

    public int hashCode() { return value; }

    public static int hashCode(int value) { return value; }

    public boolean equals(Object obj) {
        return obj instanceof Integer && ((Integer) obj).value == value;
    }

    public int compareTo(Integer other) { return compare(value, other.value); }

    public static int compare(int x, int y) { return x < y ? -1 : (x == y ? 0 : 1); }

    public static int compareUnsigned(int x, int y) { return compare(x + MIN_VALUE, y + MIN_VALUE); }

    public static long toUnsignedLong(int x) { return x & 0xffffffffL; }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) ((dividend & 0xffffffffL) / (divisor & 0xffffffffL));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) ((dividend & 0xffffffffL) % (divisor & 0xffffffffL));
    }

    // ---- bits

    public static int highestOneBit(int i) { return i == 0 ? 0 : (MIN_VALUE >>> numberOfLeadingZeros(i)); }

    public static int lowestOneBit(int i) { return i & -i; }

    public static int numberOfLeadingZeros(int i) {
        if (i == 0) return 32;
        int n = 0;
        if ((i & 0xffff0000) == 0) { n += 16; i <<= 16; }
        if ((i & 0xff000000) == 0) { n += 8; i <<= 8; }
        if ((i & 0xf0000000) == 0) { n += 4; i <<= 4; }
        if ((i & 0xc0000000) == 0) { n += 2; i <<= 2; }
        if ((i & 0x80000000) == 0) { n += 1; }
        return n;
    }

    public static int numberOfTrailingZeros(int i) {
        if (i == 0) return 32;
        return 31 - numberOfLeadingZeros(i & -i);
    }

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        return (i * 0x01010101) >>> 24;
    }

    public static int rotateLeft(int i, int distance) { return (i << distance) | (i >>> -distance); }

    public static int rotateRight(int i, int distance) { return (i >>> distance) | (i << -distance); }

    public static int reverse(int i) {
        i = ((i & 0x55555555) << 1) | ((i >>> 1) & 0x55555555);
        i = ((i & 0x33333333) << 2) | ((i >>> 2) & 0x33333333);
        i = ((i & 0x0f0f0f0f) << 4) | ((i >>> 4) & 0x0f0f0f0f);
        return reverseBytes(i);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int signum(int i) { return (i >> 31) | (-i >>> 31); }

    public static int sum(int a, int b) { return a + b; }

    public static int max(int a, int b) { return a >= b ? a : b; }

    public static int min(int a, int b) { return a <= b ? a : b; }
}
