import java.util.*;
public class C107_HashMapStringKeys {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog the fox".split(" ");
        for (String w : words) m.put(w, m.getOrDefault(w, 0) + 1);
        System.out.println(m.size() + " the=" + m.get("the") + " fox=" + m.get("fox") + " cat=" + m.get("cat") + " dflt=" + m.getOrDefault("cat", -1));
        System.out.println(m.containsKey("dog") + " " + m.containsKey("cat") + " " + m.containsValue(3) + " " + m.containsValue(7));
        System.out.println("iteration: " + m);
        for (Map.Entry<String, Integer> e : m.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
        System.out.println(m.keySet() + " " + m.values());
        System.out.println("put returns " + m.put("dog", 10) + " " + m.put("cat", 1) + " remove " + m.remove("lazy") + " " + m.remove("nope"));
        m.merge("the", 100, Integer::sum);
        m.merge("emu", 5, Integer::sum);
        m.computeIfAbsent("yak", k -> k.length());
        m.computeIfAbsent("the", k -> -1);
        m.computeIfPresent("fox", (k, v) -> v * 1000);
        m.compute("quick", (k, v) -> v == null ? 0 : v + 1);
        m.putIfAbsent("over", 99);
        m.putIfAbsent("new", 42);
        System.out.println(m);
        List<String> keys = new ArrayList<>(m.keySet());
        Collections.sort(keys);
        System.out.println("sorted keys " + keys);
        int total = 0; for (int v : m.values()) total += v;
        System.out.println("total " + total);
        m.entrySet().removeIf(e -> e.getValue() < 2);
        System.out.println(m);
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(m + " hash=" + m.hashCode());
        Map<String, List<Integer>> multi = new HashMap<>();
        for (int i = 0; i < 10; i++) multi.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(multi);
        m.clear();
        System.out.println(m.isEmpty() + " " + m);
    }
}
