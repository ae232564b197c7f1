import java.util.*;
public class C159_ArrayListOfArrays {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) pairs.add(new int[]{i, (i * 5) % 7});
        pairs.sort((a, b) -> a[1] != b[1] ? a[1] - b[1] : b[0] - a[0]);
        StringBuilder sb = new StringBuilder();
        for (int[] p : pairs) sb.append(Arrays.toString(p));
        System.out.println(sb);
        List<String>[] buckets = new List[4];
        for (int i = 0; i < buckets.length; i++) buckets[i] = new ArrayList<>();
        for (String w : "one two three four five six seven eight nine ten".split(" ")) buckets[w.length() % 4].add(w);
        System.out.println(Arrays.toString(buckets));
        Map<String, int[]> stats = new TreeMap<>();
        for (String w : "a bb a ccc bb a".split(" ")) stats.computeIfAbsent(w, k -> new int[2])[0]++;
        for (Map.Entry<String, int[]> e : stats.entrySet()) e.getValue()[1] = e.getKey().length() * e.getValue()[0];
        for (Map.Entry<String, int[]> e : stats.entrySet()) System.out.print(e.getKey() + Arrays.toString(e.getValue()) + " ");
        System.out.println();
        Integer[][] boxed = new Integer[3][];
        boxed[0] = new Integer[]{1, 2}; boxed[2] = new Integer[]{null, 3};
        System.out.println(Arrays.deepToString(boxed));
        List<List<Integer>> tri = new ArrayList<>();
        for (int r = 0; r < 6; r++) { List<Integer> row = new ArrayList<>(); for (int c = 0; c <= r; c++) row.add(c == 0 || c == r ? 1 : tri.get(r - 1).get(c - 1) + tri.get(r - 1).get(c)); tri.add(row); }
        System.out.println(tri);
        Object[] objs = pairs.toArray();
        System.out.println(objs.length + " " + (objs[0] instanceof int[]));
        int[][] fromList = pairs.toArray(new int[0][]);
        System.out.println(fromList.length + " " + fromList[5][0]);
    }
}
