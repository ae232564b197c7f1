public class C148_ArraySearchAlgos {
    static int binarySearch(int[] a, int key) { int lo = 0, hi = a.length - 1; while (lo <= hi) { int mid = (lo + hi) >>> 1; if (a[mid] < key) lo = mid + 1; else if (a[mid] > key) hi = mid - 1; else return mid; } return -(lo + 1); }
    static int lowerBound(int[] a, int key) { int lo = 0, hi = a.length; while (lo < hi) { int mid = (lo + hi) >>> 1; if (a[mid] < key) lo = mid + 1; else hi = mid; } return lo; }
    static int maxSubarray(int[] a) { int best = a[0], cur = a[0]; for (int i = 1; i < a.length; i++) { cur = Math.max(a[i], cur + a[i]); best = Math.max(best, cur); } return best; }
    static void rotate(int[] a, int k) { k = ((k % a.length) + a.length) % a.length; rev(a, 0, a.length - 1); rev(a, 0, k - 1); rev(a, k, a.length - 1); }
    static void rev(int[] a, int i, int j) { while (i < j) { int t = a[i]; a[i++] = a[j]; a[j--] = t; } }
    static int[] twoSum(int[] sorted, int target) { int i = 0, j = sorted.length - 1; while (i < j) { int s = sorted[i] + sorted[j]; if (s == target) return new int[]{i, j}; if (s < target) i++; else j--; } return new int[0]; }
    public static void main(String[] args) {
        int[] a = new int[50];
        for (int i = 0; i < a.length; i++) a[i] = i * 3 - 20;
        StringBuilder sb = new StringBuilder();
        for (int k : new int[]{-20, -19, 0, 1, 127, 128, 200, -100}) sb.append(k).append("->").append(binarySearch(a, k)).append('/').append(java.util.Arrays.binarySearch(a, k)).append('/').append(lowerBound(a, k)).append(' ');
        System.out.println(sb.toString().trim());
        int[] m = {-2, 1, -3, 4, -1, 2, 1, -5, 4};
        System.out.println("max subarray " + maxSubarray(m) + " " + maxSubarray(new int[]{-5, -2, -9}));
        int[] r = {1, 2, 3, 4, 5, 6, 7};
        rotate(r, 3); System.out.println(java.util.Arrays.toString(r));
        rotate(r, -3); System.out.println(java.util.Arrays.toString(r));
        rotate(r, 10); System.out.println(java.util.Arrays.toString(r));
        System.out.println(java.util.Arrays.toString(twoSum(a, 61)) + " " + twoSum(a, 1000).length);
        int[] counts = new int[10];
        for (int i = 0; i < 1000; i++) counts[(i * i + 3 * i) % 10]++;
        System.out.println(java.util.Arrays.toString(counts));
        int[][] grid = new int[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) grid[i][j] = (i + 1) * (j + 2) % 7;
        int bestR = 0, bestSum = -1;
        for (int i = 0; i < 5; i++) { int s = 0; for (int v : grid[i]) s += v; if (s > bestSum) { bestSum = s; bestR = i; } }
        System.out.println("best row " + bestR + " sum " + bestSum + " " + java.util.Arrays.deepToString(grid));
    }
}
