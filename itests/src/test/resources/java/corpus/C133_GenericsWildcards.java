import java.util.*;
import java.util.function.*;
public class C133_GenericsWildcards {
    static <T> void copy(List<? super T> dst, List<? extends T> src) { for (T t : src) dst.add(t); }
    static <T extends Comparable<? super T>> void insertionSort(List<T> l) {
        for (int i = 1; i < l.size(); i++) { T v = l.get(i); int j = i - 1; while (j >= 0 && l.get(j).compareTo(v) > 0) { l.set(j + 1, l.get(j)); j--; } l.set(j + 1, v); }
    }
    static <K, V extends Comparable<V>> K argMax(Map<K, V> m) { K best = null; V bv = null; for (Map.Entry<K, V> e : m.entrySet()) if (bv == null || e.getValue().compareTo(bv) > 0) { best = e.getKey(); bv = e.getValue(); } return best; }
    static <A, B, C> Function<A, C> compose(Function<A, B> f, Function<B, C> g) { return a -> g.apply(f.apply(a)); }
    static int countAll(Collection<?> c) { int n = 0; for (Object o : c) if (o != null) n++; return n; }
    static class Cache<K extends Comparable<K>, V> {
        private final TreeMap<K, V> map = new TreeMap<>(); private final Function<K, V> loader; int loads;
        Cache(Function<K, V> loader) { this.loader = loader; }
        V get(K k) { return map.computeIfAbsent(k, kk -> { loads++; return loader.apply(kk); }); }
    }
    public static void main(String[] args) {
        List<Number> nums = new ArrayList<>();
        copy(nums, List.of(1, 2, 3)); copy(nums, List.of(4.5, 5.5));
        System.out.println(nums);
        List<String> ws = new ArrayList<>(List.of("pear", "apple", "fig", "kiwi"));
        insertionSort(ws);
        System.out.println(ws);
        Map<String, Integer> m = new TreeMap<>(Map.of("a", 3, "b", 9, "c", 5));
        System.out.println(argMax(m) + " " + argMax(new HashMap<String, Double>()));
        Function<String, Integer> len = compose(String::trim, String::length);
        System.out.println(len.apply("  padded  ") + " " + compose(len, (Integer x) -> x * x).apply(" abc "));
        System.out.println(countAll(Arrays.asList(1, null, "x", null)) + " " + countAll(Set.of()));
        Cache<Integer, String> cache = new Cache<>(k -> "v" + k * k);
        System.out.println(cache.get(3) + cache.get(4) + cache.get(3) + " loads=" + cache.loads);
        List<? extends Number> ro = List.of(1, 2L, 3.0f);
        double s = 0; for (Number n : ro) s += n.doubleValue();
        System.out.println(s);
        Map<String, List<? extends CharSequence>> mm = new TreeMap<>();
        mm.put("k", List.of("a", new StringBuilder("b")));
        System.out.println(mm.get("k").size());
    }
}
