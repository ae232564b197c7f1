import java.util.*;
import java.util.stream.*;

public class C922_PrimitiveStreams {
    static void p(Object o) { System.out.println(o); }

    static void p() { System.out.println(); }

    public static void main(String[] args) {
        p(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 5).reduce(1, (a, b) -> a * b) + " " + IntStream.range(5, 5).count());
        p(Arrays.toString(IntStream.of(5, 2, 9, 2, 7).sorted().toArray()) + " " + Arrays.toString(IntStream.of(5, 2, 9, 2, 7).distinct().toArray()));
        p(IntStream.of(3, 8, 1).max() + " " + IntStream.of(3, 8, 1).min() + " " + IntStream.empty().max() + " " + IntStream.of(1, 2).average());
        p(IntStream.empty().average() + " " + IntStream.of(1, 2, 4).average().getAsDouble() + " " + IntStream.of(7).findFirst());
        p(IntStream.rangeClosed(1, 6).summaryStatistics());
        p(IntStream.iterate(1, i -> i * 2).limit(8).boxed().toList() + " " + IntStream.iterate(0, i -> i < 20, i -> i + 7).boxed().toList());
        p(IntStream.range(0, 5).mapToObj(i -> "i" + i).collect(Collectors.joining(",")));
        p(IntStream.range(0, 4).mapToLong(i -> i * 1000000000L).sum() + " " + IntStream.range(0, 4).mapToDouble(i -> i / 4.0).sum());
        p(IntStream.range(0, 4).asLongStream().map(x -> x * x).boxed().toList() + " " + IntStream.range(0, 3).asDoubleStream().boxed().toList());
        p(IntStream.of(1, 2, 3).flatMap(i -> IntStream.range(0, i)).boxed().toList());
        p(IntStream.range(0, 20).skip(15).boxed().toList() + " " + IntStream.range(0, 20).takeWhile(i -> i < 3).boxed().toList()
                + " " + IntStream.range(0, 8).dropWhile(i -> i < 6).boxed().toList());
        p(IntStream.of(2, 4, 6).allMatch(i -> i % 2 == 0) + " " + IntStream.of(2, 4, 6).anyMatch(i -> i > 5) + " " + IntStream.of(2, 4, 6).noneMatch(i -> i > 5));
        StringBuilder sb = new StringBuilder();
        IntStream.range(0, 4).peek(i -> sb.append('p').append(i)).map(i -> i * 3).forEach(i -> sb.append('f').append(i));
        p(sb);
        p(IntStream.concat(IntStream.of(1, 2), IntStream.range(7, 9)).boxed().toList());
        p(IntStream.generate(() -> 4).limit(3).sum() + " " + IntStream.builder().add(3).add(4).build().sum());
        ArrayList<Integer> col = IntStream.range(0, 3).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        p(col);
        PrimitiveIterator.OfInt pit = IntStream.range(10, 13).iterator();
        while (pit.hasNext()) System.out.print(pit.nextInt() + " ");
        p();
        p(IntStream.of(Integer.MAX_VALUE, 1).sum() + " " + IntStream.of(Integer.MAX_VALUE, 1).asLongStream().sum() + " " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average().getAsDouble());
        p("Hello, World".chars().filter(Character::isLetter).count() + " " + "abc".chars().map(c -> c - 'a').boxed().toList() + " " + "hello".chars().max().getAsInt());
        p("mississippi".chars().distinct().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        p(new StringBuilder("xyz").chars().sum());
        p(Arrays.stream(new int[] {1, 2, 3, 4, 5}, 1, 4).sum() + " " + Arrays.stream(new long[] {5L, 6L}).sum() + " " + Arrays.stream(new double[] {0.5, 0.25}).sum());
        p(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b) + " " + LongStream.range(0, 5).boxed().toList() + " " + LongStream.of(4L, 9L).max());
        p(LongStream.rangeClosed(1, 4).summaryStatistics());
        p(LongStream.iterate(1L, x -> x * 10).limit(4).mapToObj(Long::toString).collect(Collectors.joining("_")));
        p(LongStream.range(0, 5).mapToInt(x -> (int) x * 2).sum() + " " + LongStream.of(3L).asDoubleStream().sum() + " " + LongStream.empty().average());
        p(DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + (0.1 + 0.2 + 0.3) + " " + DoubleStream.of(0.1, 0.2, 0.3).average().getAsDouble());
        p(DoubleStream.of(1e100, 1.0, -1e100).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, 1.0).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        p(DoubleStream.of(3.5, -1.25, 2.0).summaryStatistics());
        p(DoubleStream.of(3.5, -1.25, 2.0).max() + " " + DoubleStream.of(3.5, -1.25, 2.0).min() + " " + DoubleStream.empty().max() + " " + DoubleStream.of(2.5, 1.5).sorted().boxed().toList());
        p(DoubleStream.iterate(1.0, d -> d / 2).limit(5).boxed().toList() + " " + DoubleStream.of(1.9, -1.9).mapToInt(d -> (int) d).boxed().toList() + " " + DoubleStream.of(2.7).mapToLong(d -> (long) d).sum());
        p(DoubleStream.generate(() -> 0.5).limit(4).sum() + " " + DoubleStream.of(1, 2, 3).map(Math::sqrt).mapToObj(d -> String.format("%.3f", d)).toList());
        double[] arr = DoubleStream.of(3.0, 1.0, 2.0).sorted().toArray();
        long[] larr = LongStream.of(3, 1, 2).sorted().toArray();
        p(Arrays.toString(arr) + " " + Arrays.toString(larr));
        p(Stream.of("a", "bb", "ccc").mapToInt(String::length).summaryStatistics().getAverage() + " " + Stream.of("1", "22").mapToLong(Long::parseLong).sum()
                + " " + Stream.of("1.5", "2.25").mapToDouble(Double::parseDouble).sum());
        p(Stream.of(List.of(1, 2), List.of(3)).flatMapToInt(l -> l.stream().mapToInt(Integer::intValue)).sum());
        p(IntStream.range(0, 6).boxed().collect(Collectors.partitioningBy(i -> i % 2 == 0, Collectors.summingInt(i -> i))));
        p(OptionalInt.of(3).stream().sum() + " " + OptionalDouble.empty().stream().count());
        p("a\nbb\r\nccc\rdddd\n".lines().map(String::length).toList() + " " + "".lines().count() + " " + "\n\n".lines().count() + " " + "x".lines().toList());
        String text = """
                first line
                  second
                third""";
        p(text.lines().map(String::strip).collect(Collectors.joining("|")));
    }
}
