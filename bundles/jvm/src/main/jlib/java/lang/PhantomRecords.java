package java.lang;

/** What a record's equals and hashCode need per field kind, as ObjectMethods computes them. */
public final class PhantomRecords {
    private PhantomRecords() {}

    public static int hash(boolean v) { return v ? 1231 : 1237; }

    public static int hash(long v) { return (int) (v ^ (v >>> 32)); }

    public static int hash(double v) { return Double.hashCode(v); }

    public static int hash(float v) { return Float.hashCode(v); }

    public static int hash(Object o) { return o == null ? 0 : o.hashCode(); }

    public static boolean same(double a, double b) { return Double.compare(a, b) == 0; }

    public static boolean same(float a, float b) { return Float.compare(a, b) == 0; }

    public static boolean same(Object a, Object b) { return a == b || a != null && a.equals(b); }
}
