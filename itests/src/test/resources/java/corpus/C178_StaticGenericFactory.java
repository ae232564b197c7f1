import java.util.*;
public class C178_StaticGenericFactory {
    static final class Result<T> {
        private final T value; private final String error;
        private Result(T v, String e) { value = v; error = e; }
        static <T> Result<T> ok(T v) { return new Result<>(v, null); }
        static <T> Result<T> fail(String e) { return new Result<>(null, e); }
        boolean isOk() { return error == null; }
        <R> Result<R> map(java.util.function.Function<T, R> f) { return isOk() ? ok(f.apply(value)) : fail(error); }
        <R> Result<R> flatMap(java.util.function.Function<T, Result<R>> f) { return isOk() ? f.apply(value) : fail(error); }
        T orElse(T d) { return isOk() ? value : d; }
        @Override public String toString() { return isOk() ? "Ok(" + value + ")" : "Err(" + error + ")"; }
    }
    static Result<Integer> parse(String s) { try { return Result.ok(Integer.parseInt(s)); } catch (NumberFormatException e) { return Result.fail("not a number: " + s); } }
    static Result<Integer> reciprocalPercent(int x) { return x == 0 ? Result.fail("zero") : Result.ok(100 / x); }
    public static void main(String[] args) {
        for (String s : List.of("4", "0", "abc", "-25")) {
            Result<Integer> r = parse(s).flatMap(C178_StaticGenericFactory::reciprocalPercent).map(x -> x * 2);
            System.out.println(s + " -> " + r + " orElse " + r.orElse(-1));
        }
        Result<List<String>> lr = Result.ok(new ArrayList<>(List.of("a")));
        System.out.println(lr.map(List::size) + " " + Result.<String>fail("x").map(String::length));
    }
}
