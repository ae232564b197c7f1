import java.util.*;
import java.util.function.*;
public class C085_MethodRefs {
    static class Person {
        final String name; final int age;
        Person(String n, int a) { name = n; age = a; }
        Person(String n) { this(n, 0); }
        String getName() { return name; }
        int getAge() { return age; }
        boolean olderThan(Person o) { return age > o.age; }
        static int byAge(Person a, Person b) { return Integer.compare(a.age, b.age); }
        public String toString() { return name + "(" + age + ")"; }
    }
    String suffix = "!";
    String exclaim(String s) { return s + suffix; }
    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        BiFunction<Integer, Integer, Integer> mx = Math::max;
        System.out.println(parse.apply("123") + 1 + " " + mx.apply(4, 9));
        String base = "hello";
        Supplier<Integer> bound = base::length;
        Predicate<String> startsH = base::startsWith;
        System.out.println(bound.get() + " " + startsH.test("he") + " " + startsH.test("lo"));
        Function<String, String> unbound = String::toUpperCase;
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        System.out.println(unbound.apply("abc") + " " + eq.apply("ABC", "abc"));
        Function<String, Person> ctor1 = Person::new;
        BiFunction<String, Integer, Person> ctor2 = Person::new;
        Supplier<List<String>> listCtor = ArrayList::new;
        IntFunction<int[]> arrCtor = int[]::new;
        Person p = ctor1.apply("ann"), q = ctor2.apply("bob", 30);
        List<String> l = listCtor.get(); l.add("x");
        System.out.println(p + " " + q + " " + l + " " + arrCtor.apply(4).length);
        List<Person> people = new ArrayList<>(List.of(new Person("cy", 25), q, new Person("di", 19), new Person("ed", 40)));
        people.sort(Person::byAge);
        System.out.println(people);
        people.sort(Comparator.comparing(Person::getName).reversed());
        System.out.println(people);
        BiPredicate<Person, Person> older = Person::olderThan;
        System.out.println(older.test(q, p) + " " + older.test(p, q));
        C085_MethodRefs me = new C085_MethodRefs();
        Function<String, String> ex = me::exclaim;
        me.suffix = "?!";
        System.out.println(ex.apply("what"));
        Consumer<Object> printer = System.out::println;
        printer.accept("via System.out::println");
        Function<Person, Integer> age = Person::getAge;
        int total = 0; for (Person pp : people) total += age.apply(pp);
        System.out.println("total age " + total);
        Function<Integer, String> toS = String::valueOf;
        Function<Object, String> objToS = Objects::toString;
        System.out.println(toS.apply(42) + objToS.apply(null));
    }
}
