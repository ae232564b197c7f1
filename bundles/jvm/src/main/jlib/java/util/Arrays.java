package java.util;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * The static array algorithms with the JDK's results: toString formats, stable object sorts,
 * primitive sorts in the order of compare (so -0.0 before 0.0 and NaN last), the hashes and
 * equalities of the documentation.
 */
public final class Arrays {
    private Arrays() {}

    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        if (fromIndex < 0) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + fromIndex);
        if (toIndex > arrayLength) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + toIndex);
    }

    private static void copyRangeCheck(int length, int from, int to) {
        if (from > to) throw new IllegalArgumentException(from + " > " + to);
        if (from < 0 || from > length) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + from);
    }

    // ---- int[]

    public static String toString(int[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            int e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != a2[i]) return false;
        return true;
    }

    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static int[] copyOf(int[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        int[] r = new int[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        int[] r = new int[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    public static void sort(int[] a) { sort(a, 0, a.length); }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < 2) return;
        mergeSort(a, new int[toIndex - fromIndex], fromIndex, toIndex);
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 7) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo) {
                    int x = v, y = a[j];
                    if (!(x < y)) break;
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            int x = a[j], y = tmp[i];
            if (x < y) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    public static int binarySearch(int[] a, int key) { return binarySearch0(a, 0, a.length, key); }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- long[]

    public static String toString(long[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            long e = a[i];
            result = 31 * result + (int) (e ^ (e >>> 32));
        }
        return result;
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != a2[i]) return false;
        return true;
    }

    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static long[] copyOf(long[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        long[] r = new long[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        long[] r = new long[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    public static void sort(long[] a) { sort(a, 0, a.length); }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < 2) return;
        mergeSort(a, new long[toIndex - fromIndex], fromIndex, toIndex);
    }

    private static void mergeSort(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 7) {
            for (int i = lo + 1; i < hi; i++) {
                long v = a[i];
                int j = i - 1;
                while (j >= lo) {
                    long x = v, y = a[j];
                    if (!(x < y)) break;
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            long x = a[j], y = tmp[i];
            if (x < y) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    public static int binarySearch(long[] a, long key) { return binarySearch0(a, 0, a.length, key); }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- short[]

    public static String toString(short[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(short[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            short e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != a2[i]) return false;
        return true;
    }

    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static short[] copyOf(short[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        short[] r = new short[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        short[] r = new short[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    public static void sort(short[] a) { sort(a, 0, a.length); }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < 2) return;
        mergeSort(a, new short[toIndex - fromIndex], fromIndex, toIndex);
    }

    private static void mergeSort(short[] a, short[] tmp, int lo, int hi) {
        if (hi - lo < 7) {
            for (int i = lo + 1; i < hi; i++) {
                short v = a[i];
                int j = i - 1;
                while (j >= lo) {
                    short x = v, y = a[j];
                    if (!(x < y)) break;
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            short x = a[j], y = tmp[i];
            if (x < y) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    public static int binarySearch(short[] a, short key) { return binarySearch0(a, 0, a.length, key); }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- char[]

    public static String toString(char[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            char e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != a2[i]) return false;
        return true;
    }

    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static char[] copyOf(char[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        char[] r = new char[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        char[] r = new char[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    public static void sort(char[] a) { sort(a, 0, a.length); }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < 2) return;
        mergeSort(a, new char[toIndex - fromIndex], fromIndex, toIndex);
    }

    private static void mergeSort(char[] a, char[] tmp, int lo, int hi) {
        if (hi - lo < 7) {
            for (int i = lo + 1; i < hi; i++) {
                char v = a[i];
                int j = i - 1;
                while (j >= lo) {
                    char x = v, y = a[j];
                    if (!(x < y)) break;
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            char x = a[j], y = tmp[i];
            if (x < y) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    public static int binarySearch(char[] a, char key) { return binarySearch0(a, 0, a.length, key); }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- byte[]

    public static String toString(byte[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(byte[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            byte e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != a2[i]) return false;
        return true;
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        byte[] r = new byte[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        byte[] r = new byte[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    public static void sort(byte[] a) { sort(a, 0, a.length); }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < 2) return;
        mergeSort(a, new byte[toIndex - fromIndex], fromIndex, toIndex);
    }

    private static void mergeSort(byte[] a, byte[] tmp, int lo, int hi) {
        if (hi - lo < 7) {
            for (int i = lo + 1; i < hi; i++) {
                byte v = a[i];
                int j = i - 1;
                while (j >= lo) {
                    byte x = v, y = a[j];
                    if (!(x < y)) break;
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            byte x = a[j], y = tmp[i];
            if (x < y) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    public static int binarySearch(byte[] a, byte key) { return binarySearch0(a, 0, a.length, key); }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- boolean[]

    public static String toString(boolean[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(boolean[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            boolean e = a[i];
            result = 31 * result + (e ? 1231 : 1237);
        }
        return result;
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != a2[i]) return false;
        return true;
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        boolean[] r = new boolean[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        boolean[] r = new boolean[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    // ---- float[]

    public static String toString(float[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(float[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            float e = a[i];
            result = 31 * result + Float.floatToIntBits(e);
        }
        return result;
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(a2[i])) return false;
        return true;
    }

    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static float[] copyOf(float[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        float[] r = new float[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        float[] r = new float[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    public static void sort(float[] a) { sort(a, 0, a.length); }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < 2) return;
        mergeSort(a, new float[toIndex - fromIndex], fromIndex, toIndex);
    }

    private static void mergeSort(float[] a, float[] tmp, int lo, int hi) {
        if (hi - lo < 7) {
            for (int i = lo + 1; i < hi; i++) {
                float v = a[i];
                int j = i - 1;
                while (j >= lo) {
                    float x = v, y = a[j];
                    if (!(Float.compare(x, y) < 0)) break;
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            float x = a[j], y = tmp[i];
            if (Float.compare(x, y) < 0) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    public static int binarySearch(float[] a, float key) { return binarySearch0(a, 0, a.length, key); }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            int c = Float.compare(midVal, key);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- double[]

    public static String toString(double[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static int hashCode(double[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            double e = a[i];
            result = 31 * result + (int) (Double.doubleToLongBits(e) ^ (Double.doubleToLongBits(e) >>> 32));
        }
        return result;
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        if (a2.length != a.length) return false;
        for (int i = 0; i < a.length; i++) if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i])) return false;
        return true;
    }

    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static double[] copyOf(double[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        double[] r = new double[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return r;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        double[] r = new double[to - from];
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
        return r;
    }

    public static void sort(double[] a) { sort(a, 0, a.length); }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < 2) return;
        mergeSort(a, new double[toIndex - fromIndex], fromIndex, toIndex);
    }

    private static void mergeSort(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 7) {
            for (int i = lo + 1; i < hi; i++) {
                double v = a[i];
                int j = i - 1;
                while (j >= lo) {
                    double x = v, y = a[j];
                    if (!(Double.compare(x, y) < 0)) break;
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        for (int i = lo; i < mid; i++) tmp[i - lo] = a[i];
        int i = 0, iEnd = mid - lo, j = mid, k = lo;
        while (i < iEnd && j < hi) {
            double x = a[j], y = tmp[i];
            if (Double.compare(x, y) < 0) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < iEnd) a[k++] = tmp[i++];
    }

    public static int binarySearch(double[] a, double key) { return binarySearch0(a, 0, a.length, key); }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            int c = Double.compare(midVal, key);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- Object[]

    public static String toString(Object[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String deepToString(Object[] a) {
        if (a == null) return "null";
        StringBuilder buf = new StringBuilder();
        deepToString(a, buf, new ArrayList<Object[]>());
        return buf.toString();
    }

    private static boolean containsIdentical(List<Object[]> seen, Object[] a) {
        for (int i = 0; i < seen.size(); i++) if (seen.get(i) == a) return true;
        return false;
    }

    /**
     * On the VM boolean[] and byte[] are one array class, so a nested byte[] is taken for a
     * boolean[] here (and in deepHashCode and deepEquals).
     */
    private static void deepToString(Object[] a, StringBuilder buf, List<Object[]> dejaVu) {
        if (a == null) {
            buf.append("null");
            return;
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            buf.append("[]");
            return;
        }
        dejaVu.add(a);
        buf.append('[');
        for (int i = 0; ; i++) {
            Object element = a[i];
            if (element == null) {
                buf.append("null");
            } else if (element instanceof Object[]) {
                if (containsIdentical(dejaVu, (Object[]) element)) buf.append("[...]");
                else deepToString((Object[]) element, buf, dejaVu);
            } else if (element instanceof int[]) buf.append(toString((int[]) element));
            else if (element instanceof long[]) buf.append(toString((long[]) element));
            else if (element instanceof double[]) buf.append(toString((double[]) element));
            else if (element instanceof char[]) buf.append(toString((char[]) element));
            else if (element instanceof boolean[]) buf.append(toString((boolean[]) element));
            else if (element instanceof byte[]) buf.append(toString((byte[]) element));
            else if (element instanceof short[]) buf.append(toString((short[]) element));
            else if (element instanceof float[]) buf.append(toString((float[]) element));
            else buf.append(element.toString());
            if (i == iMax) break;
            buf.append(", ");
        }
        buf.append(']');
        dejaVu.remove(dejaVu.size() - 1);
    }

    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object element = a[i];
            result = 31 * result + (element == null ? 0 : element.hashCode());
        }
        return result;
    }

    public static int deepHashCode(Object[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object element = a[i];
            int elementHash;
            if (element == null) elementHash = 0;
            else if (element instanceof Object[]) elementHash = deepHashCode((Object[]) element);
            else if (element instanceof int[]) elementHash = hashCode((int[]) element);
            else if (element instanceof long[]) elementHash = hashCode((long[]) element);
            else if (element instanceof double[]) elementHash = hashCode((double[]) element);
            else if (element instanceof char[]) elementHash = hashCode((char[]) element);
            else if (element instanceof boolean[]) elementHash = hashCode((boolean[]) element);
            else if (element instanceof byte[]) elementHash = hashCode((byte[]) element);
            else if (element instanceof short[]) elementHash = hashCode((short[]) element);
            else if (element instanceof float[]) elementHash = hashCode((float[]) element);
            else elementHash = element.hashCode();
            result = 31 * result + elementHash;
        }
        return result;
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!Objects.equals(a[i], a2[i])) return false;
        return true;
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) return true;
        if (a1 == null || a2 == null) return false;
        int length = a1.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) {
            Object e1 = a1[i];
            Object e2 = a2[i];
            if (e1 == e2) continue;
            if (e1 == null) return false;
            if (!deepEquals0(e1, e2)) return false;
        }
        return true;
    }

    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] && e2 instanceof Object[]) return deepEquals((Object[]) e1, (Object[]) e2);
        if (e1 instanceof int[] && e2 instanceof int[]) return equals((int[]) e1, (int[]) e2);
        if (e1 instanceof long[] && e2 instanceof long[]) return equals((long[]) e1, (long[]) e2);
        if (e1 instanceof double[] && e2 instanceof double[]) return equals((double[]) e1, (double[]) e2);
        if (e1 instanceof char[] && e2 instanceof char[]) return equals((char[]) e1, (char[]) e2);
        if (e1 instanceof boolean[] && e2 instanceof boolean[]) return equals((boolean[]) e1, (boolean[]) e2);
        if (e1 instanceof byte[] && e2 instanceof byte[]) return equals((byte[]) e1, (byte[]) e2);
        if (e1 instanceof short[] && e2 instanceof short[]) return equals((short[]) e1, (short[]) e2);
        if (e1 instanceof float[] && e2 instanceof float[]) return equals((float[]) e1, (float[]) e2);
        return e1.equals(e2);
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    /** The copy has the original's runtime type, as on the JVM. */
    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        Object[] r = PhantomArrays.like(original, newLength);
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) r[i] = original[i];
        return (T[]) r;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        copyRangeCheck(original.length, from, to);
        Object[] r = PhantomArrays.like(original, to - from);
        int n = original.length - from < to - from ? original.length - from : to - from;
        for (int i = 0; i < n; i++) r[i] = original[from + i];
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

    public static int binarySearch(Object[] a, Object key) { return binarySearch0(a, 0, a.length, key, null); }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, null);
    }

    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) { return binarySearch0(a, 0, a.length, key, c); }

    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> int binarySearch0(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            T midVal = a[mid];
            int cmp = c == null ? ((Comparable) midVal).compareTo(key) : c.compare(midVal, key);
            if (cmp < 0) low = mid + 1;
            else if (cmp > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        if (generator == null) throw new NullPointerException();
        for (int i = 0; i < array.length; i++) array[i] = generator.apply(i);
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        if (generator == null) throw new NullPointerException();
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsInt(i);
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        if (generator == null) throw new NullPointerException();
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsLong(i);
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        if (generator == null) throw new NullPointerException();
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsDouble(i);
    }

    // ---- asList

    @SafeVarargs
    public static <T> List<T> asList(T... a) { return new ArrayAsList<>(a); }

    /** A fixed-size list writing through to its array (java.util.Arrays$ArrayList in the JDK). */
    static final class ArrayAsList<E> extends AbstractList<E> implements RandomAccess {
        private final E[] a;

        ArrayAsList(E[] array) {
            if (array == null) throw new NullPointerException();
            a = array;
        }

        public int size() { return a.length; }

        public Object[] toArray() {
            Object[] r = new Object[a.length];
            for (int i = 0; i < a.length; i++) r[i] = a[i];
            return r;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] r) {
            int size = size();
            if (r.length < size) r = (T[]) PhantomArrays.like(r, size);
            for (int i = 0; i < size; i++) r[i] = (T) a[i];
            if (r.length > size) r[size] = null;
            return r;
        }

        private void check(int index) {
            if (index < 0 || index >= a.length)
                throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + a.length);
        }

        public E get(int index) {
            check(index);
            return a[index];
        }

        public E set(int index, E element) {
            check(index);
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        public int indexOf(Object o) {
            E[] a = this.a;
            if (o == null) {
                for (int i = 0; i < a.length; i++) if (a[i] == null) return i;
            } else {
                for (int i = 0; i < a.length; i++) if (o.equals(a[i])) return i;
            }
            return -1;
        }

        public boolean contains(Object o) { return indexOf(o) >= 0; }

        public void forEach(java.util.function.Consumer<? super E> action) {
            if (action == null) throw new NullPointerException();
            for (E e : a) action.accept(e);
        }

        public void replaceAll(java.util.function.UnaryOperator<E> operator) {
            if (operator == null) throw new NullPointerException();
            E[] a = this.a;
            for (int i = 0; i < a.length; i++) a[i] = operator.apply(a[i]);
        }

        public void sort(Comparator<? super E> c) { Arrays.sort(a, c); }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int cursor;

                public boolean hasNext() { return cursor < a.length; }

                public E next() {
                    int i = cursor;
                    if (i >= a.length) throw new NoSuchElementException();
                    cursor = i + 1;
                    return a[i];
                }
            };
        }
    }

    public static <T> java.util.stream.Stream<T> stream(T[] array) { return java.util.stream.PhantomStreams.of(array, 0, array.length); }
    public static <T> java.util.stream.Stream<T> stream(T[] array, int from, int to) { return java.util.stream.PhantomStreams.of(array, from, to); }
    public static java.util.stream.IntStream stream(int[] array) { return java.util.stream.PhantomStreams.of(array, 0, array.length); }
    public static java.util.stream.IntStream stream(int[] array, int from, int to) { return java.util.stream.PhantomStreams.of(array, from, to); }
    public static java.util.stream.LongStream stream(long[] array) { return java.util.stream.PhantomStreams.of(array, 0, array.length); }
    public static java.util.stream.LongStream stream(long[] array, int from, int to) { return java.util.stream.PhantomStreams.of(array, from, to); }
    public static java.util.stream.DoubleStream stream(double[] array) { return java.util.stream.PhantomStreams.of(array, 0, array.length); }
    public static java.util.stream.DoubleStream stream(double[] array, int from, int to) { return java.util.stream.PhantomStreams.of(array, from, to); }
}
