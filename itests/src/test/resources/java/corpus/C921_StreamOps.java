import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class C921_StreamOps {
    static void p(Object o) { System.out.println(o); }

    static void p() { System.out.println(); }

    public static void main(String[] args) {
        List<Integer> nums = List.of(5, 3, 8, 1, 9, 2, 7, 3, 5, 10);
        p(nums.stream().sorted().toList());
        p(nums.stream().sorted(Comparator.reverseOrder()).toList());
        p(nums.stream().distinct().toList());
        p(nums.stream().filter(x -> x % 2 == 1).map(x -> x * x).toList());
        p(nums.stream().skip(3).limit(4).toList());
        p(nums.stream().takeWhile(x -> x != 9).toList() + " " + nums.stream().dropWhile(x -> x != 9).toList());
        p(nums.stream().reduce(0, Integer::sum) + " " + nums.stream().reduce(Integer::max).get() + " "
                + nums.stream().reduce(0, (acc, x) -> acc + x * 2, Integer::sum));
        p(nums.stream().min(Comparator.naturalOrder()).get() + " " + nums.stream().max(Integer::compare).get());
        p(nums.stream().count() + " " + nums.stream().filter(x -> x > 4).count());
        p(nums.stream().anyMatch(x -> x > 9) + " " + nums.stream().allMatch(x -> x > 0) + " " + nums.stream().noneMatch(x -> x > 5));
        p(nums.stream().findFirst().get() + " " + Stream.empty().findFirst().isPresent() + " " + nums.stream().findAny().isPresent());
        p(Arrays.toString(nums.stream().toArray()) + " " + Arrays.toString(nums.stream().toArray(Integer[]::new)));
        String[] sa = Stream.of("b", "a", "c").sorted().toArray(String[]::new);
        p(sa.length + " " + String.join("", sa));
        List<String> words = Arrays.asList("pear", "fig", "apple", "kiwi", "date", "plum", "banana");
        p(words.stream().sorted(Comparator.comparingInt(String::length)).toList());
        p(words.stream().sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).toList());
        p(words.stream().map(String::length).distinct().sorted().toList());
        p(words.stream().flatMap(w -> w.chars().mapToObj(c -> (char) c)).distinct().map(String::valueOf).collect(Collectors.joining()));
        p(Stream.of("a-b", "c", "d-e-f").flatMap(s -> Arrays.stream(s.split("-"))).toList());
        p(Stream.of(1, 2, 3).<String>mapMulti((x, sink) -> { for (int i = 0; i < x; i++) sink.accept(x + ":" + i); }).toList());
        p(Stream.iterate(1, x -> x <= 100, x -> x * 3).toList());
        p(Stream.iterate("a", s -> s + "b").limit(4).toList());
        int[] counter = {0};
        p(Stream.generate(() -> counter[0]++).limit(5).toList() + " " + counter[0]);
        p(Stream.concat(Stream.of(1, 2), Stream.of(3, 4)).toList() + " " + Stream.concat(Stream.of(1), Stream.of(2)).count());
        p(Stream.of("x").toList() + " " + Stream.ofNullable(null).count() + " " + Stream.ofNullable("y").toList());
        Stream.Builder<String> b = Stream.builder();
        b.add("p").add("q");
        b.accept("r");
        p(b.build().toList());
        List<String> log = new ArrayList<>();
        List<Integer> r = Stream.of(4, 1, 3, 2).peek(x -> log.add("a" + x)).filter(x -> x > 1).peek(x -> log.add("b" + x)).map(x -> x * 10).toList();
        p(r + " " + log);
        log.clear();
        Stream.of(4, 1, 3, 2).peek(x -> log.add("a" + x)).sorted().peek(x -> log.add("s" + x)).forEach(x -> log.add("f" + x));
        p(log);
        log.clear();
        Optional<Integer> first = Stream.iterate(1, x -> x + 1).peek(x -> log.add("i" + x)).filter(x -> x % 4 == 0).findFirst();
        p(first.get() + " " + log);
        log.clear();
        p(Stream.iterate(1, x -> x + 1).peek(x -> log.add("m" + x)).anyMatch(x -> x > 2) + " " + log);
        log.clear();
        Stream.of(1, 2, 3, 4, 5).peek(x -> log.add("l" + x)).limit(2).forEach(x -> log.add("e" + x));
        p(log);
        log.clear();
        Stream.of(List.of(1, 2), List.of(3, 4)).flatMap(l -> l.stream().peek(x -> log.add("inner" + x))).limit(3).forEach(x -> log.add("out" + x));
        p(log);
        log.clear();
        Stream<String> s = Stream.of("a", "b").onClose(() -> log.add("closed1")).onClose(() -> log.add("closed2"));
        s.forEach(log::add);
        s.close();
        p(log);
        try (Stream<Integer> t = Stream.of(1).onClose(() -> p("closing"))) {
            p(t.map(x -> x + 1).toList());
        }
        Stream<Integer> once = Stream.of(1, 2);
        once.count();
        try {
            once.count();
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        List<Integer> tl = Stream.of(1, 2).toList();
        try {
            tl.add(3);
        } catch (UnsupportedOperationException e) {
            p("UOE toList");
        }
        Iterator<Integer> it = Stream.of(7, 8).iterator();
        while (it.hasNext()) System.out.print(it.next() + ";");
        p();
        p(Stream.of(1, 2).isParallel() + " " + nums.parallelStream().map(x -> x + 1).toList());
        p(Optional.of(3).stream().toList() + " " + Optional.empty().stream().count());
        p(Arrays.stream(new String[] {"u", "v", "w", "x"}, 1, 3).toList());
        Set<String> ts = new TreeSet<>(words);
        p(ts.stream().map(String::toUpperCase).collect(Collectors.joining(",")));
        Map<String, Integer> m = new TreeMap<>();
        for (String w : words) m.put(w, w.length());
        p(m.entrySet().stream().filter(e -> e.getValue() == 4).map(Map.Entry::getKey).toList());
        p(m.values().stream().mapToInt(Integer::intValue).sum() + " " + m.keySet().stream().count());
        p(m.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(e -> e.getKey() + "=" + e.getValue()).toList());
        List<Integer> mutable = new ArrayList<>(List.of(1, 2, 3));
        Stream<Integer> late = mutable.stream();
        mutable.add(4);
        p(late.toList());
        List<String> peeked = new ArrayList<>();
        long cnt = List.of(1, 2, 3).stream().peek(x -> peeked.add("p" + x)).count();
        p(cnt + " " + peeked);
        long cnt2 = List.of(1, 2, 3).stream().peek(x -> peeked.add("q" + x)).filter(x -> x > 1).count();
        p(cnt2 + " " + peeked);
        try {
            Stream.of(1, 2).limit(-1);
        } catch (IllegalArgumentException e) {
            p("IAE " + e.getMessage());
        }
        try {
            Arrays.stream(new int[3], 2, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            p("AIOOBE " + e.getMessage());
        }
        p(Stream.of("b", "a", "b", "c", "a").collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())));
    }
}
