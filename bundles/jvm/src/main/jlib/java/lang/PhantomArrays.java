package java.lang;

/** Arrays the VM has no single instruction for: clone, multi-dimensional creation, an array like another. */
public final class PhantomArrays {
    private PhantomArrays() {}

    /**
     * new T[d0][d1]...: {@code protos[d]} is a zero-length array of level d's type, so a
     * String[2][2] is a String[][] of String[]s as on the JVM.
     */
    public static Object multi(int[] dims, Object[] protos) { return make(dims, 0, protos); }

    private static Object make(int[] dims, int at, Object[] protos) {
        int n = dims[at];
        if (n < 0) throw new NegativeArraySizeException(String.valueOf(n));
        Object a = PhantomNative.newLike(protos[at], n);
        if (at < dims.length - 1) {
            Object[] level = (Object[]) a;
            for (int i = 0; i < n; i++) level[i] = make(dims, at + 1, protos);
        }
        return a;
    }

    /**
     * The entry code translated before arrays had element classes calls ({@code type} the JVM
     * descriptor, "[[I"): kept so such code, persistent in a space, still runs once the library
     * is patched to this version. Its inner levels are plain object arrays, as they were.
     */
    public static Object multi(int[] dims, String type) { return makeUntyped(dims, 0, type); }

    private static Object makeUntyped(int[] dims, int at, String type) {
        int n = dims[at];
        if (n < 0) throw new NegativeArraySizeException(String.valueOf(n));
        if (at == dims.length - 1) {
            switch (type.charAt(at + 1)) {
                case 'I': return new int[n];
                case 'J': return new long[n];
                case 'D': return new double[n];
                case 'F': return new float[n];
                case 'C': return new char[n];
                case 'S': return new short[n];
                case 'B': return new byte[n];
                case 'Z': return new boolean[n];
                default: return new Object[n];
            }
        }
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) a[i] = makeUntyped(dims, at + 1, type);
        return a;
    }

    /** A new array of {@code a}'s runtime type (a String[] for a String[]): what toArray(T[]) and Arrays.copyOf return. */
    public static Object[] like(Object[] a, int length) {
        if (length < 0) throw new NegativeArraySizeException(String.valueOf(length));
        return (Object[]) PhantomNative.newLike(a, length);
    }

    /** An array's clone: one copy of the whole object (oclone). */
    public static Object clone(Object a) {
        if (a == null) throw new NullPointerException();
        return PhantomNative.shallowCopy(a);
    }
}
