import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class C923_StreamPrograms {
    static void p(Object o) { System.out.println(o); }

    record Order(int id, String customer, String item, int qty, double price) { }

    public static void main(String[] args) {
        Random r = new Random(42);
        p(r.ints(8, 0, 100).boxed().toList());
        p(r.ints(5).mapToObj(Integer::toHexString).collect(Collectors.joining(" ")));
        p(r.longs(3, -1000L, 1000L).boxed().toList() + " " + r.longs(2).boxed().toList());
        p(r.doubles(4).mapToObj(d -> String.format("%.4f", d)).toList() + " " + r.doubles(3, 5.0, 6.0).summaryStatistics().getCount());
        p(r.ints(10, 1, 7).summaryStatistics());
        p(r.ints().limit(3).boxed().toList() + " " + r.ints(-3, 3).limit(6).boxed().toList() + " " + r.ints(100).count() + " " + r.nextInt(10));
        try {
            r.ints(5, 3, 3);
        } catch (IllegalArgumentException e) {
            p("IAE " + e.getMessage());
        }
        String text = """
                the quick brown fox jumps over the lazy dog
                the dog barks and the fox runs
                a quick end
                """;
        Map<String, Long> freq = text.lines().flatMap(l -> Arrays.stream(l.split(" "))).filter(w -> !w.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        p(freq);
        p(freq.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(", ")));
        p(text.lines().mapToInt(String::length).boxed().toList() + " " + text.lines().map(l -> l.split(" ").length).reduce(0, Integer::sum));
        p(text.chars().filter(c -> c == 'o').count() + " " + text.chars().mapToObj(c -> (char) c).filter(Character::isLetter).map(Character::toUpperCase).distinct().count());
        List<Order> orders = new ArrayList<>();
        String[] customers = {"acme", "globex", "initech", "umbrella"};
        String[] items = {"bolt", "nut", "gear", "spring", "cog"};
        for (int i = 0; i < 25; i++) orders.add(new Order(i, customers[r.nextInt(4)], items[r.nextInt(5)], 1 + r.nextInt(9), 0.25 * (1 + r.nextInt(40))));
        Map<String, Double> revenue = orders.stream().collect(Collectors.groupingBy(Order::customer, TreeMap::new, Collectors.summingDouble(o -> o.qty() * o.price())));
        p(revenue);
        p(orders.stream().collect(Collectors.groupingBy(Order::item, TreeMap::new, Collectors.mapping(Order::customer, Collectors.toCollection(TreeSet::new)))));
        p(orders.stream().max(Comparator.comparingDouble((Order o) -> o.qty() * o.price()).thenComparing(Order::id)).map(Order::id).orElse(-1));
        p(orders.stream().sorted(Comparator.comparing(Order::customer).thenComparing(Order::qty, Comparator.reverseOrder())).limit(5).map(Order::id).toList());
        p(orders.stream().collect(Collectors.partitioningBy(o -> o.qty() >= 5, Collectors.averagingDouble(Order::price))));
        p(orders.stream().collect(Collectors.toMap(Order::item, Order::qty, Integer::sum, LinkedHashMap::new)));
        p(orders.stream().mapToDouble(Order::price).summaryStatistics());
        p(orders.stream().map(Order::customer).distinct().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList());
        DoubleSummaryStatistics st = orders.stream().collect(Collectors.summarizingDouble(o -> o.qty() * o.price()));
        p(String.format("%.2f %.2f %.3f %d", st.getMin(), st.getMax(), st.getAverage(), st.getCount()));
        p(orders.stream().collect(Collectors.teeing(Collectors.minBy(Comparator.comparingInt(Order::qty)), Collectors.maxBy(Comparator.comparingInt(Order::qty)),
                (a, b) -> a.get().id() + ".." + b.get().id())));
        int[][] grid = IntStream.range(0, 4).mapToObj(i -> IntStream.range(0, 5).map(j -> i * j + 1).toArray()).toArray(int[][]::new);
        p(Arrays.deepToString(grid));
        p(Arrays.stream(grid).mapToInt(row -> Arrays.stream(row).sum()).boxed().toList() + " " + Arrays.stream(grid).flatMapToInt(Arrays::stream).max().getAsInt());
        p(IntStream.rangeClosed(2, 50).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).boxed().toList());
        p(Stream.iterate(new long[] {0, 1}, f -> new long[] {f[1], f[0] + f[1]}).limit(15).map(f -> f[0]).toList());
        p(IntStream.rangeClosed(1, 5).mapToObj(i -> "*".repeat(i)).collect(Collectors.joining("|")));
        List<List<String>> table = List.of(List.of("a", "b"), List.of("c"), List.of("d", "e", "f"));
        p(table.stream().map(l -> String.join("", l)).collect(Collectors.joining("/", "{", "}")) + " " + table.stream().mapToInt(List::size).sum());
        Supplier<Stream<String>> words = () -> Stream.of("stream", "lambda", "collector", "map", "filter");
        p(words.get().collect(Collectors.toMap(w -> w.charAt(0), String::length, Integer::max, TreeMap::new)));
        p(words.get().anyMatch(w -> w.contains("ll")) + " " + words.get().allMatch(w -> w.length() > 2) + " " + words.get().noneMatch(String::isEmpty));
        p(words.get().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), l -> l.size() + "x"))));
        Iterator<Integer> it = IntStream.iterate(1, i -> i * 3).limit(5).iterator();
        int sum = 0;
        while (it.hasNext()) sum += it.next();
        p(sum);
    }
}
