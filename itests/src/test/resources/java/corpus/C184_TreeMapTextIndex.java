import java.util.*;
public class C184_TreeMapTextIndex {
    public static void main(String[] args) {
        String[] lines = {"to be or not to be", "that is the question", "whether tis nobler in the mind to suffer", "the slings and arrows", "or to take arms"};
        TreeMap<String, TreeSet<Integer>> index = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) for (String w : lines[i].split(" ")) index.computeIfAbsent(w, k -> new TreeSet<>()).add(i + 1);
        for (Map.Entry<String, TreeSet<Integer>> e : index.entrySet()) if (e.getValue().size() > 1) System.out.println(e.getKey() + " " + e.getValue());
        System.out.println("words starting with t: " + index.subMap("t", "u").keySet());
        System.out.println("first=" + index.firstKey() + " last=" + index.lastKey() + " size=" + index.size());
        NavigableMap<String, TreeSet<Integer>> desc = index.descendingMap();
        StringBuilder sb = new StringBuilder();
        int n = 0; for (String k : desc.keySet()) { if (n++ == 5) break; sb.append(k).append(' '); }
        System.out.println("last five desc: " + sb.toString().trim());
        TreeMap<Integer, List<String>> byCount = new TreeMap<>(Comparator.reverseOrder());
        for (Map.Entry<String, TreeSet<Integer>> e : index.entrySet()) byCount.computeIfAbsent(e.getValue().size(), k -> new ArrayList<>()).add(e.getKey());
        System.out.println(byCount);
        Map.Entry<String, TreeSet<Integer>> hi = index.higherEntry("question");
        System.out.println(hi.getKey() + " " + hi.getValue() + " " + index.floorKey("m") + " " + index.ceilingKey("m"));
    }
}
