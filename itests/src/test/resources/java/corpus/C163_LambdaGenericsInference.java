import java.util.*;
import java.util.function.*;
public class C163_LambdaGenericsInference {
    static <T, R> List<R> map(List<T> xs, Function<? super T, ? extends R> f) { List<R> r = new ArrayList<>(); for (T x : xs) r.add(f.apply(x)); return r; }
    static <T> List<T> filter(List<T> xs, Predicate<? super T> p) { List<T> r = new ArrayList<>(); for (T x : xs) if (p.test(x)) r.add(x); return r; }
    static <T, A> A fold(List<T> xs, A init, BiFunction<A, ? super T, A> f) { A a = init; for (T x : xs) a = f.apply(a, x); return a; }
    static <T> Supplier<T> memo(Supplier<T> s) { Object[] cache = {null}; boolean[] done = {false}; return () -> { if (!done[0]) { cache[0] = s.get(); done[0] = true; } @SuppressWarnings("unchecked") T t = (T) cache[0]; return t; }; }
    public static void main(String[] args) {
        List<String> ws = List.of("lambda", "stream", "map", "fold", "filter");
        System.out.println(map(ws, String::length) + " " + map(ws, s -> s.charAt(0)) + " " + filter(ws, s -> s.length() > 4));
        System.out.println(fold(ws, 0, (acc, s) -> acc + s.length()) + " " + fold(ws, "", (acc, s) -> acc + s.charAt(s.length() - 1)) + " " + fold(List.of(1, 2, 3, 4), 1L, (acc, x) -> acc * x));
        int[] calls = {0};
        Supplier<String> m = memo(() -> { calls[0]++; return "computed"; });
        System.out.println(m.get() + " " + m.get() + " calls=" + calls[0]);
        BiFunction<Integer, Integer, List<Integer>> range = (a, b) -> { List<Integer> r = new ArrayList<>(); for (int i = a; i < b; i++) r.add(i); return r; };
        System.out.println(map(range.apply(1, 6), x -> x * x));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> add3 = a -> b -> c -> a + b + c;
        System.out.println(add3.apply(1).apply(2).apply(3));
        var list = new ArrayList<Map.Entry<String, Integer>>();
        list.add(Map.entry("x", 3)); list.add(Map.entry("y", 1));
        list.sort(Map.Entry.comparingByValue());
        System.out.println(list);
        ToIntBiFunction<String, String> cmp = String::compareTo;
        ObjIntConsumer<StringBuilder> rep = (sb, n) -> sb.append("#".repeat(n));
        StringBuilder sb = new StringBuilder();
        rep.accept(sb, 3);
        System.out.println(cmp.applyAsInt("a", "c") + " " + sb);
    }
}
