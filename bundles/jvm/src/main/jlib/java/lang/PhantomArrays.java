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
