import java.util.*;
public class C137_MapIterationPatterns {
    public static void main(String[] args) {
        Map<String, Integer> scores = new HashMap<>();
        String[] names = {"ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo"};
        for (int i = 0; i < names.length; i++) scores.put(names[i], (i * 37) % 100);
        StringBuilder sb = new StringBuilder();
        scores.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
        System.out.println(sb.toString().trim());
        List<String> ks = new ArrayList<>(scores.keySet());
        Collections.sort(ks);
        for (String k : ks) System.out.print(k + ":" + scores.get(k) + " ");
        System.out.println();
        List<Map.Entry<String, Integer>> es = new ArrayList<>(scores.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        System.out.println("by value desc " + es);
        Map<Integer, List<String>> inverted = new TreeMap<>();
        for (Map.Entry<String, Integer> e : scores.entrySet()) inverted.computeIfAbsent(e.getValue() / 25, x -> new ArrayList<>()).add(e.getKey());
        for (List<String> l : inverted.values()) Collections.sort(l);
        System.out.println("buckets " + inverted);
        Map<String, Integer> copy = new TreeMap<>(scores);
        copy.keySet().retainAll(Set.of("ann", "eve", "zed"));
        System.out.println(copy + " " + copy.equals(Map.of("ann", 0, "eve", 48)));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < 1000; i++) counts.merge(i % 7 * (i % 3), 1, Integer::sum);
        System.out.println(counts);
        Map<String, Integer> big = new HashMap<>();
        for (int i = 0; i < 100; i++) big.put("key" + i, i);
        int acc = 0; for (String k : big.keySet()) acc = acc * 31 + k.hashCode();
        System.out.println("order-dependent hash " + acc + " size " + big.size());
    }
}
