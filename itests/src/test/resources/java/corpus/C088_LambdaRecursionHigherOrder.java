import java.util.function.*;
public class C088_LambdaRecursionHigherOrder {
    static IntUnaryOperator fact;
    static Function<Integer, Integer> adder(int n) { return x -> x + n; }
    static <T> Function<T, T> times(Function<T, T> f, int n) { Function<T, T> r = x -> x; for (int i = 0; i < n; i++) r = r.andThen(f); return r; }
    static int[] map(int[] a, IntUnaryOperator f) { int[] r = new int[a.length]; for (int i = 0; i < a.length; i++) r[i] = f.applyAsInt(a[i]); return r; }
    static int reduce(int[] a, int id, IntBinaryOperator op) { int r = id; for (int x : a) r = op.applyAsInt(r, x); return r; }
    public static void main(String[] args) {
        fact = n -> n <= 1 ? 1 : n * fact.applyAsInt(n - 1);
        System.out.println(fact.applyAsInt(10));
        System.out.println(adder(5).apply(10) + " " + times(adder(3), 4).apply(0) + " " + times((String s) -> s + "x", 3).apply(">"));
        int[] a = {1, 2, 3, 4, 5, 6};
        System.out.println(java.util.Arrays.toString(map(a, x -> x * x)) + " " + reduce(a, 0, Integer::sum) + " " + reduce(map(a, x -> x % 3), 1, (p, q) -> p * (q + 1)));
        Supplier<Runnable> sr = () -> () -> System.out.println("runnable from supplier");
        sr.get().run();
        BiFunction<Function<Integer, Integer>, Integer, Integer> applyTwice = (f, x) -> f.apply(f.apply(x));
        System.out.println(applyTwice.apply(x -> x * 10, 3));
        Function<Integer, Predicate<Integer>> divisibleBy = d -> n -> n % d == 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) if (divisibleBy.apply(3).and(divisibleBy.apply(5).negate()).test(i)) sb.append(i).append(' ');
        System.out.println(sb.toString().trim());
        Runnable[] tasks = new Runnable[3];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tasks.length; i++) { final int id = i; tasks[i] = () -> out.append("task").append(id).append(' '); }
        for (int i = tasks.length - 1; i >= 0; i--) tasks[i].run();
        System.out.println(out.toString().trim());
    }
}
