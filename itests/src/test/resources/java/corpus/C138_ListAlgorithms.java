import java.util.*;
public class C138_ListAlgorithms {
    static <T> List<List<T>> chunks(List<T> l, int n) { List<List<T>> r = new ArrayList<>(); for (int i = 0; i < l.size(); i += n) r.add(new ArrayList<>(l.subList(i, Math.min(l.size(), i + n)))); return r; }
    static List<Integer> merge(List<Integer> a, List<Integer> b) { List<Integer> r = new ArrayList<>(); int i = 0, j = 0; while (i < a.size() || j < b.size()) { if (j >= b.size() || (i < a.size() && a.get(i) <= b.get(j))) r.add(a.get(i++)); else r.add(b.get(j++)); } return r; }
    static List<List<Integer>> subsets(List<Integer> s) { List<List<Integer>> r = new ArrayList<>(); for (int m = 0; m < 1 << s.size(); m++) { List<Integer> x = new ArrayList<>(); for (int i = 0; i < s.size(); i++) if ((m >> i & 1) == 1) x.add(s.get(i)); r.add(x); } return r; }
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 1; i <= 11; i++) l.add(i * i % 13);
        System.out.println(l + " chunks " + chunks(l, 4));
        List<Integer> dedup = new ArrayList<>(new LinkedHashSet<>(l));
        System.out.println("dedup " + dedup);
        List<Integer> a = new ArrayList<>(List.of(1, 4, 9, 12)), b = List.of(2, 3, 10, 20, 30);
        System.out.println("merge " + merge(a, b));
        System.out.println("subsets " + subsets(List.of(1, 2, 3)));
        ListIterator<Integer> it = a.listIterator();
        while (it.hasNext()) { int v = it.next(); if (v % 2 == 0) it.add(v / 2); }
        System.out.println(a);
        List<Integer> rev = new ArrayList<>(l); Collections.reverse(rev);
        List<Integer> sorted = new ArrayList<>(l); sorted.sort(Comparator.naturalOrder());
        System.out.println(rev + " " + sorted + " " + Collections.binarySearch(sorted, 9));
        List<String> strs = new LinkedList<>(List.of("b", "a", "d", "c"));
        strs.sort(null);
        strs.add(2, "bb");
        strs.remove("d");
        System.out.println(strs + " " + String.join("", strs) + " " + strs.indexOf("c"));
        int[] prefix = new int[l.size() + 1];
        for (int i = 0; i < l.size(); i++) prefix[i + 1] = prefix[i] + l.get(i);
        System.out.println("prefix " + Arrays.toString(prefix));
        List<Integer> view = l.subList(2, 6);
        view.set(0, 100);
        view.clear();
        System.out.println("after sublist clear " + l);
    }
}
