package java.lang;

/** System.arraycopy in Java, per element kind; overlapping copies within one array go the safe way. */
public final class PhantomSystem {
    private PhantomSystem() {}

    private static String kind(Object a) {
        if (a instanceof int[]) return "int[]";
        if (a instanceof long[]) return "long[]";
        if (a instanceof double[]) return "double[]";
        if (a instanceof float[]) return "float[]";
        if (a instanceof char[]) return "char[]";
        if (a instanceof short[]) return "short[]";
        if (a instanceof byte[]) return "byte[]";
        if (a instanceof Object[]) return "object array[]";
        return null;
    }

    private static int length(Object a) {
        if (a instanceof int[]) return ((int[]) a).length;
        if (a instanceof long[]) return ((long[]) a).length;
        if (a instanceof double[]) return ((double[]) a).length;
        if (a instanceof float[]) return ((float[]) a).length;
        if (a instanceof char[]) return ((char[]) a).length;
        if (a instanceof short[]) return ((short[]) a).length;
        if (a instanceof byte[]) return ((byte[]) a).length;
        return ((Object[]) a).length;
    }

    public static void arraycopy(Object src, int sp, Object dst, int dp, int n) {
        if (src == null || dst == null) throw new NullPointerException();
        String ks = kind(src), kd = kind(dst);
        if (ks == null) throw new ArrayStoreException("arraycopy: source type " + Class.$of(src).getName() + " is not an array");
        if (kd == null) throw new ArrayStoreException("arraycopy: destination type " + Class.$of(dst).getName() + " is not an array");
        if (!ks.equals(kd)) throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + ks + " into " + kd);
        String name = ks.equals("object array[]") ? "object array[" : ks.substring(0, ks.length() - 1);
        if (n < 0) throw new ArrayIndexOutOfBoundsException("arraycopy: length " + n + " is negative");
        if (sp < 0) throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + sp + " out of bounds for " + name + length(src) + "]");
        if (dp < 0) throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + dp + " out of bounds for " + name + length(dst) + "]");
        if (sp + n > length(src)) throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + (sp + n) + " out of bounds for " + name + length(src) + "]");
        if (dp + n > length(dst)) throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + (dp + n) + " out of bounds for " + name + length(dst) + "]");
        boolean back = src == dst && sp < dp;
        for (int k = 0; k < n; k++) {
            int i = back ? n - 1 - k : k;
            if (src instanceof int[]) ((int[]) dst)[dp + i] = ((int[]) src)[sp + i];
            else if (src instanceof long[]) ((long[]) dst)[dp + i] = ((long[]) src)[sp + i];
            else if (src instanceof double[]) ((double[]) dst)[dp + i] = ((double[]) src)[sp + i];
            else if (src instanceof float[]) ((float[]) dst)[dp + i] = ((float[]) src)[sp + i];
            else if (src instanceof char[]) ((char[]) dst)[dp + i] = ((char[]) src)[sp + i];
            else if (src instanceof short[]) ((short[]) dst)[dp + i] = ((short[]) src)[sp + i];
            else if (src instanceof byte[]) ((byte[]) dst)[dp + i] = ((byte[]) src)[sp + i];
            else storeElement((Object[]) src, sp + i, (Object[]) dst, dp + i);
        }
    }

    /** One element of an object array copy: the elements before one the destination cannot hold stay copied, as on the JVM. */
    private static void storeElement(Object[] src, int from, Object[] dst, int to) {
        try {
            dst[to] = src[from];
        } catch (ArrayStoreException e) {
            throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of " + typeName(src)
                + " to the type of the destination array, " + typeName(dst).substring(0, typeName(dst).length() - 2));
        }
    }

    /** "java.lang.String[]" for a String[], as HotSpot's arraycopy messages name arrays. */
    private static String typeName(Object a) {
        String n = Class.$of(a).getName();
        int dims = 0;
        while (n.charAt(dims) == '[') dims++;
        String e = n.substring(dims);
        if (e.startsWith("L")) e = e.substring(1, e.length() - 1);
        StringBuilder b = new StringBuilder(e);
        for (int i = 0; i < dims; i++) b.append("[]");
        return b.toString();
    }
}
