import java.util.*;
public class C212_Sorting {
    static long comparisons;
    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) { i++; comparisons++; }
            while (a[j] > p) { j--; comparisons++; }
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quicksort(a, lo, j); quicksort(a, i, hi);
    }
    static void mergesort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergesort(a, tmp, lo, mid); mergesort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) { comparisons++; tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++]; }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }
    static void heapsort(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) { int t = a[0]; a[0] = a[end]; a[end] = t; sift(a, 0, end); }
    }
    static void sift(int[] a, int i, int n) {
        while (true) { int l = 2 * i + 1, big = i; if (l < n && a[l] > a[big]) big = l; if (l + 1 < n && a[l + 1] > a[big]) big = l + 1; if (big == i) return; int t = a[i]; a[i] = a[big]; a[big] = t; i = big; }
    }
    static void insertion(int[] a) { for (int i = 1; i < a.length; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } }
    static long checksum(int[] a) { long h = 0; for (int x : a) h = h * 1000003 + x; return h; }
    static boolean sorted(int[] a) { for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false; return true; }
    public static void main(String[] args) {
        int n = 20000;
        int[] data = new int[n];
        long seed = 12345;
        for (int i = 0; i < n; i++) { seed = (seed * 6364136223846793005L + 1442695040888963407L); data[i] = (int) (seed >>> 33) % 100000 - 50000; }
        System.out.println("first: " + data[0] + " " + data[1] + " " + data[2]);
        int[] q = data.clone(); comparisons = 0; quicksort(q, 0, n - 1);
        System.out.println("quick sorted=" + sorted(q) + " cmp=" + comparisons + " sum=" + checksum(q));
        int[] m = data.clone(); comparisons = 0; mergesort(m, new int[n], 0, n);
        System.out.println("merge sorted=" + sorted(m) + " cmp=" + comparisons + " same=" + Arrays.equals(q, m));
        int[] h = data.clone(); heapsort(h);
        System.out.println("heap same=" + Arrays.equals(q, h));
        int[] ins = Arrays.copyOf(data, 2000); insertion(ins);
        int[] ref = Arrays.copyOf(data, 2000); Arrays.sort(ref);
        System.out.println("insertion same=" + Arrays.equals(ins, ref));
        int[] lib = data.clone(); Arrays.sort(lib);
        System.out.println("library same=" + Arrays.equals(q, lib) + " min=" + lib[0] + " max=" + lib[n - 1] + " median=" + lib[n / 2]);
        String[] words = "delta alpha echo charlie bravo foxtrot golf hotel india juliet".split(" ");
        String[] w2 = words.clone();
        Arrays.sort(w2, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(w2));
        record P(String name, int age) {}
        List<P> ps = new ArrayList<>();
        for (int i = 0; i < 10; i++) ps.add(new P(words[i], i % 3));
        ps.sort(Comparator.comparingInt(P::age));
        System.out.println("stable: " + ps);
    }
}
