import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class C920_StreamCollectors {
    record Person(String name, String city, int age, double salary) { }

    static void p(Object o) { System.out.println(o); }

    static void p() { System.out.println(); }

    public static void main(String[] args) {
        List<Person> ps = List.of(
                new Person("Ann", "Oslo", 31, 5200.5), new Person("Bob", "Rome", 25, 3100.25),
                new Person("Cid", "Oslo", 47, 7100.0), new Person("Dee", "Lima", 25, 2900.75),
                new Person("Eve", "Rome", 38, 6400.1), new Person("Fay", "Oslo", 25, 4100.0),
                new Person("Gus", "Lima", 52, 8000.3));
        p(ps.stream().map(Person::name).collect(Collectors.toList()));
        p(ps.stream().map(Person::city).collect(Collectors.toSet()));
        TreeSet<String> cities = ps.stream().map(Person::city).collect(Collectors.toCollection(TreeSet::new));
        p(cities);
        p(ps.stream().map(Person::name).collect(Collectors.joining()));
        p(ps.stream().map(Person::name).collect(Collectors.joining("/")));
        p(Stream.<String>empty().collect(Collectors.joining(",", "<", ">")));
        p(ps.stream().collect(Collectors.groupingBy(Person::city)).keySet());
        Map<String, List<String>> byCity = ps.stream().collect(Collectors.groupingBy(Person::city, Collectors.mapping(Person::name, Collectors.toList())));
        p(byCity);
        p(ps.stream().collect(Collectors.groupingBy(Person::age, Collectors.counting())));
        p(ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.summingInt(Person::age))));
        p(ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingInt(Person::age))));
        p(ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingDouble(Person::salary))));
        p(ps.stream().collect(Collectors.summingDouble(Person::salary)));
        p(ps.stream().collect(Collectors.summingLong(p -> (long) p.age() * 1000000000L)));
        p(ps.stream().collect(Collectors.averagingLong(p -> p.age())));
        p(ps.stream().collect(Collectors.partitioningBy(p -> p.age() > 30)));
        p(ps.stream().collect(Collectors.partitioningBy(p -> p.age() > 30, Collectors.mapping(Person::name, Collectors.joining("+")))));
        p(Stream.of(1, 2, 3).collect(Collectors.partitioningBy(x -> x > 5)));
        Map<Boolean, List<Integer>> part = Stream.of(1, 6, 2).collect(Collectors.partitioningBy(x -> x > 5));
        p(part.get(true) + " " + part.get(false) + " " + part.size() + " " + part.containsKey(true));
        p(ps.stream().collect(Collectors.toMap(Person::name, Person::age)));
        p(ps.stream().collect(Collectors.toMap(Person::city, Person::age, Integer::sum)));
        p(ps.stream().collect(Collectors.toMap(Person::city, Person::name, (a, b) -> a + "&" + b, TreeMap::new)));
        try {
            ps.stream().collect(Collectors.toMap(Person::city, Person::name));
        } catch (IllegalStateException e) {
            p("ISE " + e.getMessage());
        }
        p(ps.stream().collect(Collectors.minBy(Comparator.comparingInt(Person::age))).map(Person::name));
        p(ps.stream().collect(Collectors.maxBy(Comparator.comparingInt(Person::age))).map(Person::name));
        p(Stream.<Person>empty().collect(Collectors.maxBy(Comparator.comparingInt(Person::age))));
        p(ps.stream().map(Person::age).collect(Collectors.reducing(Integer::sum)));
        p(ps.stream().map(Person::age).collect(Collectors.reducing(100, Integer::sum)));
        p(ps.stream().collect(Collectors.reducing(0, Person::age, Math::max)));
        p(ps.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size)));
        List<String> ul = ps.stream().map(Person::name).collect(Collectors.toUnmodifiableList());
        try {
            ul.add("x");
        } catch (UnsupportedOperationException e) {
            p("UOE " + ul.size());
        }
        p(new TreeSet<>(ps.stream().map(Person::city).collect(Collectors.toUnmodifiableSet())));
        p(new TreeMap<>(ps.stream().collect(Collectors.toUnmodifiableMap(Person::name, Person::age))));
        p(ps.stream().collect(Collectors.filtering(p -> p.age() < 30, Collectors.mapping(Person::name, Collectors.toList()))));
        p(ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.filtering(p -> p.age() > 30, Collectors.counting()))));
        p(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).collect(Collectors.flatMapping(List::stream, Collectors.toList())));
        p(ps.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(Person::age), (c, s) -> s + "/" + c)));
        IntSummaryStatistics is = ps.stream().collect(Collectors.summarizingInt(Person::age));
        p(is);
        p(is.getMin() + " " + is.getMax() + " " + is.getAverage() + " " + is.getSum() + " " + is.getCount());
        p(ps.stream().collect(Collectors.summarizingLong(p -> p.age() * 3L)));
        DoubleSummaryStatistics ds = ps.stream().collect(Collectors.summarizingDouble(Person::salary));
        p(ds);
        p(ds.getSum() + " " + ds.getAverage() + " " + ds.getMin() + " " + ds.getMax());
        p(new IntSummaryStatistics());
        p(new DoubleSummaryStatistics());
        Map<String, Map<Integer, List<String>>> nested = ps.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.groupingBy(Person::age, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList()))));
        p(nested);
        ArrayList<String> names = ps.stream().map(Person::name).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        p(names);
        StringBuilder sb = Stream.of("x", "y", "z").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
        p(sb);
        Collector<String, List<String>, List<String>> custom = Collector.of(ArrayList::new, List::add, (a, b) -> { a.addAll(b); return a; });
        p(Stream.of("q", "r").collect(custom));
        Collector<String, StringBuilder, String> custom2 = Collector.of(StringBuilder::new, StringBuilder::append, StringBuilder::append, StringBuilder::toString);
        p(Stream.of("q", "r", "s").collect(custom2) + " " + custom2.characteristics().size());
        p(Stream.of(0.1, 0.2, 0.3, 1e100, -1e100, 0.4).collect(Collectors.summingDouble(d -> d)));
        p(Stream.of(0.1, 0.2, 0.3).collect(Collectors.averagingDouble(d -> d)));
        p(Stream.of("a", "bb", "cc", "ddd").collect(Collectors.groupingBy(String::length, Collectors.joining("|"))));
        p(Stream.of("a", "bb", "cc", "ddd").collect(Collectors.groupingBy(String::length, LinkedHashMap::new, Collectors.toCollection(LinkedList::new))));
        try {
            Stream.of("a", null).collect(Collectors.groupingBy(s -> s == null ? null : s.length()));
        } catch (NullPointerException e) {
            p("NPE null key");
        }
    }
}
