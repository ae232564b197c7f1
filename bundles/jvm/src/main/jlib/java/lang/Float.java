package java.lang;

public final class Float extends Number implements Comparable<Float> {
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private final float value;

    public Float(float value) { this.value = value; }

    public static Float valueOf(float f) { return new Float(f); }
    public static Float valueOf(String s) { return new Float(parseFloat(s)); }
    public static float parseFloat(String s) { return (float) Double.parseDouble(s); }
    public static String toString(float f) { return PhantomNative.fromFloat(f); }
    public static boolean isNaN(float v) { return v != v; }
    public static boolean isInfinite(float v) { return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY; }
    public static boolean isFinite(float v) { return !isNaN(v) && !isInfinite(v); }
    public static int floatToRawIntBits(float v) { return PhantomNative.floatToRawIntBits(v); }
    public static int floatToIntBits(float v) { return v != v ? 0x7fc00000 : PhantomNative.floatToRawIntBits(v); }
    public static float intBitsToFloat(int bits) { return PhantomNative.intBitsToFloat(bits); }

    public static int compare(float a, float b) {
        if (a < b) return -1;
        if (a > b) return 1;
        int x = floatToIntBits(a), y = floatToIntBits(b);
        return x == y ? 0 : (x < y ? -1 : 1);
    }

    public static int hashCode(float v) { return floatToIntBits(v); }
    public static float sum(float a, float b) { return a + b; }
    public static float max(float a, float b) { return Math.max(a, b); }
    public static float min(float a, float b) { return Math.min(a, b); }

    public boolean isNaN() { return isNaN(value); }
    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public int compareTo(Float o) { return compare(value, o.value); }
    public boolean equals(Object o) { return o instanceof Float && floatToIntBits(((Float) o).value) == floatToIntBits(value); }
    public int hashCode() { return hashCode(value); }
    public String toString() { return toString(value); }
}
