import java.util.*;
import java.util.function.*;
public class C160_ExceptionsInLambdas {
    static <T, R> Function<T, Optional<R>> safe(Function<T, R> f) { return t -> { try { return Optional.of(f.apply(t)); } catch (RuntimeException e) { return Optional.empty(); } }; }
    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        Function<String, Optional<Integer>> safeParse = safe(parse);
        for (String s : List.of("1", "x", "42", "")) System.out.println("[" + s + "] " + safeParse.apply(s));
        List<String> errors = new ArrayList<>();
        List<Integer> ok = new ArrayList<>();
        for (String s : List.of("10", "0", "5", "abc")) {
            try { ok.add(100 / Integer.parseInt(s)); }
            catch (ArithmeticException | NumberFormatException e) { errors.add(e.getClass().getName()); }
        }
        System.out.println(ok + " " + errors);
        Runnable r = () -> { throw new IllegalStateException("from runnable"); };
        try { r.run(); } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
        Supplier<Integer> divZero = () -> 1 / (errors.size() - 2);
        try { divZero.get(); } catch (ArithmeticException e) { System.out.println("supplier " + e.getMessage()); }
        try { List.of(3, 2, 1).forEach(x -> { if (x == 2) throw new RuntimeException("stop at " + x); System.out.println("visit " + x); }); }
        catch (RuntimeException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<>(List.of(1, 2)).forEach(x -> { throw new UnsupportedOperationException("nested " + x); }); }
        catch (UnsupportedOperationException e) { System.out.println(e.getMessage()); }
        Comparator<String> bad = (a, b) -> { if (a.isEmpty() || b.isEmpty()) throw new IllegalArgumentException("empty"); return a.compareTo(b); };
        List<String> l = new ArrayList<>(List.of("b", "", "a"));
        try { l.sort(bad); } catch (IllegalArgumentException e) { System.out.println("sort aborted: " + e.getMessage()); }
    }
}
