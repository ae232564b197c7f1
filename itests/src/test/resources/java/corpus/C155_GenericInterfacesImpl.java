import java.util.*;
import java.util.function.*;
public class C155_GenericInterfacesImpl {
    interface Monoid<T> { T empty(); T combine(T a, T b); default T concat(List<T> xs) { T r = empty(); for (T x : xs) r = combine(r, x); return r; } }
    static final Monoid<Integer> SUM = new Monoid<>() { public Integer empty() { return 0; } public Integer combine(Integer a, Integer b) { return a + b; } };
    static final Monoid<String> STR = new Monoid<>() { public String empty() { return ""; } public String combine(String a, String b) { return a + b; } };
    static <T> Monoid<List<T>> listMonoid() { return new Monoid<>() { public List<T> empty() { return new ArrayList<>(); } public List<T> combine(List<T> a, List<T> b) { List<T> r = new ArrayList<>(a); r.addAll(b); return r; } }; }
    interface Transformer<A, B> extends Function<A, B> { default <C> Transformer<A, C> then(Transformer<B, C> next) { return a -> next.apply(apply(a)); } }
    static class Counter<T> implements Consumer<T> { final Map<T, Integer> counts = new TreeMap<>(); public void accept(T t) { counts.merge(t, 1, Integer::sum); } }
    static abstract class Shape<S extends Shape<S>> implements Comparable<S> { abstract double size(); public int compareTo(S o) { return Double.compare(size(), o.size()); } }
    static class Sq extends Shape<Sq> { final double s; Sq(double s) { this.s = s; } double size() { return s * s; } public String toString() { return "Sq" + s; } }
    public static void main(String[] args) {
        System.out.println(SUM.concat(List.of(1, 2, 3, 4)) + " " + STR.concat(List.of("a", "b", "c")) + " " + C155_GenericInterfacesImpl.<Integer>listMonoid().concat(List.of(List.of(1), List.of(2, 3), List.of())));
        Transformer<String, Integer> len = String::length;
        Transformer<String, String> pipeline = len.then(n -> n * n).then(n -> "sq=" + n);
        System.out.println(pipeline.apply("hello"));
        Counter<String> c = new Counter<>();
        List.of("x", "y", "x", "z", "x").forEach(c);
        System.out.println(c.counts);
        List<Sq> sqs = new ArrayList<>(List.of(new Sq(3), new Sq(1), new Sq(2)));
        Collections.sort(sqs);
        System.out.println(sqs + " max " + Collections.max(sqs));
    }
}
