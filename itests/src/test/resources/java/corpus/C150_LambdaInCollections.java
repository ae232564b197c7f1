import java.util.*;
import java.util.function.*;
public class C150_LambdaInCollections {
    public static void main(String[] args) {
        Map<String, BinaryOperator<Integer>> ops = new LinkedHashMap<>();
        ops.put("add", Integer::sum); ops.put("sub", (a, b) -> a - b); ops.put("mul", (a, b) -> a * b); ops.put("max", Math::max); ops.put("pow", (a, b) -> (int) Math.pow(a, b));
        ops.forEach((name, op) -> System.out.print(name + "=" + op.apply(7, 3) + " "));
        System.out.println();
        List<Supplier<String>> lazy = new ArrayList<>();
        int[] evaluated = {0};
        for (String s : List.of("x", "y", "z")) lazy.add(() -> { evaluated[0]++; return s.repeat(2); });
        System.out.println("before " + evaluated[0] + " get1=" + lazy.get(1).get() + " after " + evaluated[0]);
        List<Integer> nums = new ArrayList<>(List.of(5, 2, 8, 1, 9, 3));
        nums.removeIf(n -> n < 3);
        nums.replaceAll(n -> n * 10);
        nums.forEach(n -> System.out.print(n + " "));
        System.out.println();
        Map<Character, List<String>> index = new TreeMap<>();
        List.of("apple", "avocado", "banana", "blueberry", "cherry").forEach(w -> index.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w));
        System.out.println(index);
        Map<String, Integer> stock = new TreeMap<>(Map.of("a", 5, "b", 0, "c", 12));
        stock.replaceAll((k, v) -> v == 0 ? -1 : v * 2);
        stock.computeIfPresent("a", (k, v) -> null);
        System.out.println(stock);
        Comparator<String> cmp = Comparator.<String, Boolean>comparing(s -> s.startsWith("b")).thenComparing(Function.identity());
        List<String> ws = new ArrayList<>(List.of("cat", "bat", "ant", "bee", "dog"));
        ws.sort(cmp);
        System.out.println(ws);
        Optional<String> firstLong = ws.stream().filter(s -> s.length() > 2).findFirst();
        System.out.println(firstLong.map(String::toUpperCase).orElse("-"));
        Iterator<Integer> gen = new Iterator<>() { int n = 1; public boolean hasNext() { return n < 100; } public Integer next() { int r = n; n *= 3; return r; } };
        Iterable<Integer> it = () -> gen;
        for (int v : it) System.out.print(v + ";");
        System.out.println();
    }
}
