import java.util.*;
public class C171_CollectionsConversions {
    public static void main(String[] args) {
        String[] arr = {"d", "b", "a", "c", "b"};
        List<String> list = new ArrayList<>(Arrays.asList(arr));
        Set<String> hs = new HashSet<>(list);
        Set<String> ts = new TreeSet<>(list);
        Deque<String> dq = new ArrayDeque<>(list);
        PriorityQueue<String> pq = new PriorityQueue<>(list);
        System.out.println(list + " " + hs + " " + ts + " " + dq + " " + pq.peek() + " " + pq.size());
        String[] back = ts.toArray(new String[0]);
        System.out.println(Arrays.toString(back) + " " + back.length);
        List<Integer> nums = List.of(3, 1, 2);
        int[] prim = new int[nums.size()];
        for (int i = 0; i < prim.length; i++) prim[i] = nums.get(i);
        Arrays.sort(prim);
        List<Integer> again = new ArrayList<>();
        for (int p : prim) again.add(p);
        System.out.println(Arrays.toString(prim) + " " + again);
        Map<String, Integer> m = new TreeMap<>();
        for (String s : list) m.merge(s, 1, Integer::sum);
        List<String> keys = new ArrayList<>(m.keySet());
        List<Integer> vals = new ArrayList<>(m.values());
        System.out.println(keys + " " + vals);
        Map<Integer, String> inverse = new TreeMap<>(Comparator.reverseOrder());
        m.forEach((k, v) -> inverse.merge(v, k, (a, b) -> a + b));
        System.out.println(inverse);
        List<String> copyOf = List.copyOf(list);
        Set<String> setCopy = Set.copyOf(list);
        System.out.println(copyOf.size() + " " + setCopy.size() + " " + new TreeSet<>(setCopy));
        LinkedList<String> ll = new LinkedList<>(ts);
        ll.addFirst("z"); ll.removeLast();
        System.out.println(ll + " " + String.join("+", ll));
        Collection<Integer> coll = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        coll.removeAll(List.of(2, 4));
        coll.retainAll(Set.of(1, 3, 5, 7));
        System.out.println(coll + " " + coll.containsAll(List.of(1, 5)));
    }
}
