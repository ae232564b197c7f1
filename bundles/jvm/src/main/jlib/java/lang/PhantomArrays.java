package java.lang;

/** Arrays the VM has no single instruction for: clone and multi-dimensional creation. */
public final class PhantomArrays {
    private PhantomArrays() {}

    /** new T[d0][d1]...: {@code type} is the JVM descriptor of the whole array ("[[I"). */
    public static Object multi(int[] dims, String type) { return make(dims, 0, type); }

    private static Object make(int[] dims, int at, String type) {
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
        for (int i = 0; i < n; i++) a[i] = make(dims, at + 1, type);
        return a;
    }

    /** An array's clone: one copy of the whole object (oclone). */
    public static Object clone(Object a) {
        if (a == null) throw new NullPointerException();
        return PhantomNative.shallowCopy(a);
    }
}
