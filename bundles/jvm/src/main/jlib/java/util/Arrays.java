package java.util;

/** Minimal so far: copyOf for Object[] and the stable (merge) sorts of Object[]. */
public final class Arrays {
    private Arrays() {}

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        Object[] r = new Object[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return (T[]) r;
    }

    public static void sort(Object[] a) { sort(a, 0, a.length, null); }

    public static void sort(Object[] a, int fromIndex, int toIndex) { sort(a, fromIndex, toIndex, null); }

    public static <T> void sort(T[] a, Comparator<? super T> c) { sort(a, 0, a.length, c); }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        Comparator<Object> cmp = c == null ? (Comparator<Object>) (Comparator) Collections.NaturalOrder.INSTANCE : (Comparator<Object>) c;
        int n = toIndex - fromIndex;
        if (n < 2) return;
        Object[] tmp = new Object[n];
        mergeSort(a, tmp, fromIndex, toIndex, cmp);
    }

    private static void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Comparator<Object> c) {
        int n = hi - lo;
        if (n < 7) {
            for (int i = lo + 1; i < hi; i++) {
                Object x = a[i];
                int j = i - 1;
                while (j >= lo && c.compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) return;
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            if (c.compare(a[j], tmp[i]) < 0) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        if (fromIndex < 0) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + fromIndex);
        if (toIndex > arrayLength) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + toIndex);
    }
}
