import java.util.*;
public class C109_LinkedHashMapSet {
    public static void main(String[] args) {
        Map<String, Integer> lhm = new LinkedHashMap<>();
        for (String s : "zeta alpha mu beta alpha omega mu".split(" ")) lhm.merge(s, 1, Integer::sum);
        System.out.println(lhm);
        lhm.remove("alpha");
        lhm.put("alpha", 9);
        lhm.put("zeta", 5);
        System.out.println(lhm + " " + lhm.keySet() + " " + lhm.values());
        Map<Integer, String> access = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 1; i <= 4; i++) access.put(i, "v" + i);
        access.get(2); access.get(1);
        System.out.println("access order " + access.keySet());
        final int cap = 3;
        Map<String, Integer> lru = new LinkedHashMap<>(16, 0.75f, true) { protected boolean removeEldestEntry(Map.Entry<String, Integer> e) { return size() > cap; } };
        for (String k : "a b c a d b e".split(" ")) { lru.put(k, lru.getOrDefault(k, 0) + 1); System.out.print(lru.keySet() + " "); }
        System.out.println();
        Set<String> lhs = new LinkedHashSet<>();
        for (String s : "banana apple cherry apple banana date".split(" ")) lhs.add(s);
        System.out.println(lhs + " " + lhs.contains("date") + " " + lhs.size());
        Set<Integer> ints = new LinkedHashSet<>(List.of(5, 1, 4, 1, 5, 9, 2, 6));
        System.out.println(ints);
        Iterator<Integer> it = ints.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(ints);
    }
}
