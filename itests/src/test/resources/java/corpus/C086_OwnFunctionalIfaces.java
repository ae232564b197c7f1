public class C086_OwnFunctionalIfaces {
    @FunctionalInterface interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }
    @FunctionalInterface interface IntOp { int op(int a, int b); default IntOp twice() { return (a, b) -> op(op(a, b), b); } static IntOp plus() { return (a, b) -> a + b; } }
    interface Validator { boolean validate(String s); default Validator and(Validator o) { return s -> validate(s) && o.validate(s); } default Validator negate() { return s -> !validate(s); } }
    interface Thrower { void run() throws Exception; }
    interface Generic<T> { T make(int n); }
    static int fold(int[] xs, int init, IntOp f) { int acc = init; for (int x : xs) acc = f.op(acc, x); return acc; }
    static String attempt(Thrower t) { try { t.run(); return "ok"; } catch (Exception e) { return "failed: " + e.getMessage(); } }
    public static void main(String[] args) {
        TriFunction<Integer, String, Character, String> tf = (n, s, c) -> s.repeat(n) + c;
        System.out.println(tf.apply(3, "ab", '!'));
        int[] xs = {1, 2, 3, 4, 5};
        System.out.println(fold(xs, 0, IntOp.plus()) + " " + fold(xs, 1, (a, b) -> a * b) + " " + fold(xs, 0, IntOp.plus().twice()) + " " + fold(xs, Integer.MIN_VALUE, Math::max));
        Validator nonEmpty = s -> !s.isEmpty();
        Validator shortStr = s -> s.length() < 5;
        Validator both = nonEmpty.and(shortStr);
        for (String s : new String[]{"", "abc", "abcdef"}) System.out.println("[" + s + "] " + both.validate(s) + " " + both.negate().validate(s));
        System.out.println(attempt(() -> {}) + " / " + attempt(() -> { throw new Exception("boom"); }));
        Generic<String> g = n -> "#".repeat(n);
        Generic<int[]> ga = int[]::new;
        System.out.println(g.make(4) + " " + ga.make(6).length);
    }
}
