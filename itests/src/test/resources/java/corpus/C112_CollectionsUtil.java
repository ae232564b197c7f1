import java.util.*;
public class C112_CollectionsUtil {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(4, 8, 1, 9, 3, 7));
        Collections.sort(l);
        System.out.println(l + " bs(7)=" + Collections.binarySearch(l, 7) + " bs(5)=" + Collections.binarySearch(l, 5));
        Collections.reverse(l);
        System.out.println(l + " max=" + Collections.max(l) + " min=" + Collections.min(l) + " maxBy=" + Collections.max(l, Comparator.comparing(x -> x % 5)));
        Collections.swap(l, 0, 5);
        System.out.println(l);
        Collections.rotate(l, 2);
        System.out.println(l);
        Collections.sort(l, Collections.reverseOrder());
        System.out.println(l);
        Collections.shuffle(l, new Random(42));
        System.out.println("shuffled(42) " + l);
        List<String> u = Collections.unmodifiableList(new ArrayList<>(List.of("x", "y")));
        try { u.add("z"); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable add refused"); }
        try { List.of(1, 2).set(0, 5); } catch (UnsupportedOperationException e) { System.out.println("List.of immutable"); }
        System.out.println(u + " " + Collections.frequency(List.of(1, 2, 1, 3, 1), 1) + " " + Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(7));
        List<Integer> filled = new ArrayList<>(Collections.nCopies(4, 0));
        Collections.fill(filled, 9);
        System.out.println(filled + " " + Collections.disjoint(List.of(1, 2), List.of(3, 4)) + " " + Collections.indexOfSubList(List.of(1, 2, 3, 2, 3), List.of(2, 3)));
        List<String> words = new ArrayList<>(List.of("pear", "Fig", "apple", "Banana"));
        Collections.sort(words);
        System.out.println(words);
        Collections.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(words);
        List<Integer> syn = Collections.synchronizedList(new ArrayList<>());
        syn.add(1); syn.add(2);
        System.out.println(syn + " " + Collections.unmodifiableMap(new TreeMap<>(Map.of("b", 2, "a", 1))));
        List<Integer> m = List.of(3, 1, 2);
        List<Integer> copy = new ArrayList<>(m); Collections.sort(copy);
        System.out.println(m.size() + " " + copy + " " + Map.of("k1", 1, "k2", 2, "k3", 3).size() + " " + new TreeMap<>(Map.of("z", 26, "a", 1, "m", 13)));
        Set<Integer> so = Set.of(5, 3, 9);
        System.out.println(so.size() + " " + new TreeSet<>(so) + " " + so.contains(3));
    }
}
