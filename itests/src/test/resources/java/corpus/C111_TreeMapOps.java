import java.util.*;
public class C111_TreeMapOps {
    public static void main(String[] args) {
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (String s : "pear apple fig banana kiwi cherry apple".split(" ")) tm.merge(s, s.length(), Integer::sum);
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.firstEntry() + " " + tm.lastEntry().getValue());
        System.out.println(tm.headMap("cherry") + " " + tm.tailMap("fig") + " " + tm.subMap("b", "g") + " " + tm.headMap("fig", true));
        System.out.println(tm.ceilingKey("c") + " " + tm.floorKey("c") + " " + tm.higherKey("fig") + " " + tm.lowerKey("apple") + " " + tm.ceilingEntry("zz"));
        System.out.println(tm.descendingMap() + " " + tm.descendingKeySet());
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        TreeMap<Integer, String> im = new TreeMap<>(Comparator.reverseOrder());
        for (int i : new int[]{5, -3, 12, 0, 7}) im.put(i, "n" + i);
        System.out.println(im + " first=" + im.firstKey());
        TreeMap<Integer, Integer> hist = new TreeMap<>();
        int[] data = {3, 7, 3, 1, 9, 7, 3, 12, 1};
        for (int d : data) hist.merge(d, 1, Integer::sum);
        for (Map.Entry<Integer, Integer> e : hist.entrySet()) System.out.print(e.getKey() + "x" + e.getValue() + " ");
        System.out.println();
        TreeSet<String> ts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ts.addAll(List.of("b", "A", "c", "B", "a"));
        System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.headSet("b") + " " + ts.ceiling("BB"));
        TreeSet<Integer> nums = new TreeSet<>(List.of(10, 5, 20, 15, 1));
        System.out.println(nums + " " + nums.floor(12) + " " + nums.higher(20) + " " + nums.subSet(5, 16) + " " + nums.descendingSet() + " " + nums.pollFirst());
    }
}
