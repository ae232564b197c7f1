import java.util.function.*;
public class C087_FunctionComposition {
    public static void main(String[] args) {
        Function<Integer, Integer> plus2 = x -> x + 2, times3 = x -> x * 3;
        System.out.println(plus2.andThen(times3).apply(5) + " " + plus2.compose(times3).apply(5) + " " + Function.<Integer>identity().apply(9));
        Function<Integer, Integer> chain = Function.identity();
        for (int i = 0; i < 5; i++) chain = chain.andThen(plus2);
        System.out.println(chain.apply(0));
        Predicate<Integer> pos = x -> x > 0, even = x -> x % 2 == 0;
        StringBuilder sb = new StringBuilder();
        for (int i = -3; i <= 4; i++) sb.append(i).append(':').append(pos.and(even).test(i) ? 'A' : '-').append(pos.or(even).test(i) ? 'O' : '-').append(pos.negate().test(i) ? 'N' : '-').append(' ');
        System.out.println(sb);
        System.out.println(Predicate.isEqual("x").test("x") + " " + Predicate.not(pos).test(5));
        Consumer<StringBuilder> a1 = s -> s.append("one;"), a2 = s -> s.append("two;");
        StringBuilder target = new StringBuilder();
        a1.andThen(a2).andThen(a1).accept(target);
        System.out.println(target);
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        System.out.println(mul.andThen(x -> "result=" + x).apply(6, 7));
        UnaryOperator<String> trim = String::trim, up = String::toUpperCase;
        System.out.println(trim.andThen(up).andThen(s -> "[" + s + "]").apply("  mixed Case  "));
        IntUnaryOperator inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).applyAsInt(3) + " " + inc.compose(dbl).applyAsInt(3));
        java.util.Comparator<String> byLen = java.util.Comparator.comparingInt(String::length);
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("ccc", "a", "bb", "aa", "c"));
        words.sort(byLen.thenComparing(java.util.Comparator.reverseOrder()));
        System.out.println(words);
    }
}
