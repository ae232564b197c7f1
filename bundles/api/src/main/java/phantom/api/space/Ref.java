package phantom.api.space;

/**
 * A reference is a 64-bit word. Object references are byte addresses in the object space,
 * always 8-byte aligned, so their low three bits are zero; {@code 0} is null. A word whose
 * low bit is 1 is an immediate small integer (63 bits, two's complement): it is an instance
 * of the int class, costs no allocation and is never reference counted.
 */
public final class Ref {
    public static final long NULL = 0L;
    /** Largest and smallest immediate integers. */
    public static final long MAX_INT = Long.MAX_VALUE >> 1;
    public static final long MIN_INT = Long.MIN_VALUE >> 1;

    private Ref() {}

    public static boolean isNull(long ref) { return ref == NULL; }

    public static boolean isInt(long ref) { return (ref & 1L) != 0; }

    /** True for a reference to an object in the space (not null, not an immediate). */
    public static boolean isObject(long ref) { return ref != NULL && (ref & 1L) == 0; }

    public static boolean fitsInt(long value) { return value >= MIN_INT && value <= MAX_INT; }

    /** The immediate for {@code value}; the value must satisfy {@link #fitsInt(long)}. */
    public static long ofInt(long value) { return (value << 1) | 1L; }

    public static long intValue(long ref) { return ref >> 1; }

    public static String toString(long ref) {
        if (ref == NULL) return "null";
        if (isInt(ref)) return "int:" + intValue(ref);
        return "@0x" + Long.toHexString(ref);
    }
}
