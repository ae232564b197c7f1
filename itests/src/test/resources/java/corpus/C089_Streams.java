import java.util.*;
import java.util.stream.*;
public class C089_Streams {
    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha", "foxtrot");
        System.out.println(words.stream().filter(w -> w.length() == 5).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().distinct().sorted().collect(Collectors.joining(",", "[", "]")));
        System.out.println(words.stream().mapToInt(String::length).sum() + " " + words.stream().count() + " " + words.stream().anyMatch(w -> w.startsWith("e")));
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 1).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 5).map(i -> i * i).sum() + " " + IntStream.of(3, 1, 4, 1, 5).max().getAsInt());
        Map<Integer, List<String>> byLen = words.stream().distinct().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println(byLen);
        Map<Character, Long> firstLetters = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println(firstLetters);
        System.out.println(Stream.iterate(1, x -> x * 2).limit(10).map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.println(words.stream().reduce("", (a, b) -> a.isEmpty() ? b : a + "|" + b));
        Optional<String> longest = words.stream().max(Comparator.comparingInt(String::length));
        System.out.println(longest.orElse("none") + " " + words.stream().filter(w -> w.length() > 10).findFirst().isPresent());
        System.out.println(Arrays.stream(new double[]{1.5, 2.5, 3.0}).average().getAsDouble());
        System.out.println(Stream.of("a", "b", "c").skip(1).collect(Collectors.toList()) + " " + IntStream.range(0, 20).skip(5).limit(3).boxed().collect(Collectors.toList()));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of(), List.of(4, 5, 6));
        System.out.println(nested.stream().flatMap(List::stream).map(x -> x * 10).collect(Collectors.toList()));
        System.out.println(words.stream().sorted(Comparator.reverseOrder()).limit(3).collect(Collectors.toList()));
        Map<Boolean, Long> parts = IntStream.rangeClosed(1, 20).boxed().collect(Collectors.partitioningBy(x -> x % 3 == 0, Collectors.counting()));
        System.out.println(parts);
    }
}
