package java.lang;

public final class Double extends Number implements Comparable<Double> {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private final double value;

    public Double(double value) { this.value = value; }

    public static Double valueOf(double d) { return new Double(d); }
    public static Double valueOf(String s) { return new Double(parseDouble(s)); }

    public static double parseDouble(String s) {
        if (s == null) throw new NullPointerException();
        String t = s.trim();
        if (t.isEmpty()) throw new NumberFormatException("empty String");
        if (!PhantomNative.isDouble(t)) throw new NumberFormatException("For input string: \"" + s + "\"");
        return PhantomNative.parseDouble(t);
    }

    public static String toString(double d) { return PhantomNative.fromDouble(d); }
    public static boolean isNaN(double v) { return v != v; }
    public static boolean isInfinite(double v) { return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY; }
    public static boolean isFinite(double v) { return !isNaN(v) && !isInfinite(v); }
    /** The hexadecimal form: 0x1.8p1, 0x0.0p0, subnormals as 0x0.xxxp-1022. */
    public static String toHexString(double d) {
        if (d != d) return "NaN";
        if (d == POSITIVE_INFINITY) return "Infinity";
        if (d == NEGATIVE_INFINITY) return "-Infinity";
        long bits = doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0.0) return sign + "0x0.0p0";
        long frac = bits & 0x000fffffffffffffL;
        int exp = (int) ((bits >>> 52) & 0x7ff);
        String digits = Long.toHexString(frac | 0x0010000000000000L).substring(1); // 13 hex digits
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        if (exp == 0) return sign + "0x0." + digits + "p-1022";
        return sign + "0x1." + digits + "p" + (exp - 1023);
    }

    public static long doubleToRawLongBits(double v) { return PhantomNative.doubleToRawLongBits(v); }
    public static long doubleToLongBits(double v) { return v != v ? 0x7ff8000000000000L : PhantomNative.doubleToRawLongBits(v); }
    public static double longBitsToDouble(long bits) { return PhantomNative.longBitsToDouble(bits); }

    public static int compare(double a, double b) {
        if (a < b) return -1;
        if (a > b) return 1;
        long x = doubleToLongBits(a), y = doubleToLongBits(b);
        return x == y ? 0 : (x < y ? -1 : 1);
    }

    public static int hashCode(double v) {
        long bits = doubleToLongBits(v);
        return (int) (bits ^ (bits >>> 32));
    }

    public static double sum(double a, double b) { return a + b; }
    public static double max(double a, double b) { return Math.max(a, b); }
    public static double min(double a, double b) { return Math.min(a, b); }

    public boolean isNaN() { return isNaN(value); }
    public boolean isInfinite() { return isInfinite(value); }
    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return value; }
    public int compareTo(Double o) { return compare(value, o.value); }
    public boolean equals(Object o) { return o instanceof Double && doubleToLongBits(((Double) o).value) == doubleToLongBits(value); }
    public int hashCode() { return hashCode(value); }
    public String toString() { return toString(value); }
}
