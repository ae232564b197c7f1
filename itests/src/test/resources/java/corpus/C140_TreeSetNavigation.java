import java.util.*;
public class C140_TreeSetNavigation {
    record Interval(int lo, int hi) {}
    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < 20; i++) s.add(i * 7 % 23);
        System.out.println(s + " size " + s.size());
        System.out.println(s.first() + " " + s.last() + " " + s.floor(10) + " " + s.ceiling(10) + " " + s.lower(0) + " " + s.higher(22));
        System.out.println(s.headSet(8) + " " + s.tailSet(18) + " " + s.subSet(5, true, 9, true) + " " + s.descendingSet().headSet(15));
        NavigableSet<Integer> view = s.subSet(3, true, 12, false);
        view.remove(7);
        System.out.println(view + " " + s.contains(7));
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s);
        TreeSet<Interval> iv = new TreeSet<>(Comparator.comparingInt(Interval::lo).thenComparingInt(Interval::hi));
        iv.addAll(List.of(new Interval(5, 8), new Interval(1, 3), new Interval(2, 6), new Interval(10, 12), new Interval(1, 2)));
        System.out.println(iv);
        List<Interval> merged = new ArrayList<>();
        for (Interval x : iv) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).hi() >= x.lo()) { Interval last = merged.remove(merged.size() - 1); merged.add(new Interval(last.lo(), Math.max(last.hi(), x.hi()))); }
            else merged.add(x);
        }
        System.out.println("merged " + merged);
        TreeSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        words.addAll(List.of("kiwi", "fig", "apple", "date", "plum", "pear", "banana"));
        System.out.println(words + " " + words.first() + " " + words.ceiling("zzzz"));
        TreeMap<Integer, String> grades = new TreeMap<>(Map.of(90, "A", 80, "B", 70, "C", 60, "D", 0, "F"));
        StringBuilder sb = new StringBuilder();
        for (int score : new int[]{95, 90, 85, 72, 61, 59, 0}) sb.append(score).append('=').append(grades.floorEntry(score).getValue()).append(' ');
        System.out.println(sb.toString().trim());
    }
}
