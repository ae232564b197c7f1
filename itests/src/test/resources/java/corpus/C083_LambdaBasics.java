import java.util.function.*;
public class C083_LambdaBasics {
    public static void main(String[] args) {
        Runnable r = () -> System.out.println("runnable ran");
        r.run();
        Function<Integer, Integer> sq = x -> x * x;
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        Supplier<String> sup = () -> "supplied";
        Consumer<String> con = s -> System.out.println("consumed " + s);
        Predicate<String> empty = String::isEmpty;
        IntBinaryOperator mul = (a, b) -> a * b;
        UnaryOperator<String> up = s -> s.toUpperCase();
        BinaryOperator<Integer> max = BinaryOperator.maxBy(Integer::compare);
        System.out.println(sq.apply(7) + " " + add.apply(3, 4) + " " + sup.get() + " " + empty.test("") + " " + empty.test("x"));
        con.accept("item");
        System.out.println(mul.applyAsInt(6, 7) + " " + up.apply("shout") + " " + max.apply(3, 9));
        IntUnaryOperator neg = x -> -x;
        IntPredicate even = x -> x % 2 == 0;
        ToIntFunction<String> len = String::length;
        IntFunction<String> stars = n -> "*".repeat(n);
        LongSupplier ls = () -> 1L << 50;
        DoubleUnaryOperator half = d -> d / 2;
        BooleanSupplier bs = () -> true;
        BiConsumer<String, Integer> pr = (k, v) -> System.out.println(k + "->" + v);
        System.out.println(neg.applyAsInt(5) + " " + even.test(4) + " " + len.applyAsInt("hello") + " " + stars.apply(3) + " " + ls.getAsLong() + " " + half.applyAsDouble(5) + " " + bs.getAsBoolean());
        pr.accept("key", 99);
        Function<String, Function<String, String>> curried = a -> b -> a + "+" + b;
        System.out.println(curried.apply("x").apply("y"));
        Supplier<Supplier<Integer>> nested = () -> () -> 123;
        System.out.println(nested.get().get());
        Runnable block = () -> { int s = 0; for (int i = 1; i <= 10; i++) s += i; System.out.println("block sum " + s); };
        block.run();
    }
}
