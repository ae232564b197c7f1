import java.util.*;
public class C097_RecordsAdvanced {
    interface Shape { double area(); }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    record Rect(double w, double h) implements Shape { public double area() { return w * h; } }
    record Pair<A, B>(A first, B second) { <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); } }
    record Line(Pair<Integer, Integer> from, Pair<Integer, Integer> to) {}
    record Stats(int count, double mean) { static Stats of(int... xs) { double s = 0; for (int x : xs) s += x; return new Stats(xs.length, xs.length == 0 ? 0 : s / xs.length); } }
    record WithArray(int[] data) {}
    record Entry(String key, int value) implements Comparable<Entry> { public int compareTo(Entry o) { return value != o.value ? Integer.compare(o.value, value) : key.compareTo(o.key); } }
    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3), new Circle(0.5));
        double tot = 0; for (Shape s : shapes) { System.out.println(s + " " + s.area()); tot += s.area(); }
        System.out.println("total " + tot);
        Pair<String, Integer> p = new Pair<>("a", 1);
        System.out.println(p + " " + p.withSecond(List.of(1, 2)) + " " + p.equals(new Pair<>("a", 1)));
        System.out.println(new Line(new Pair<>(0, 0), new Pair<>(3, 4)));
        System.out.println(Stats.of(1, 2, 3, 4) + " " + Stats.of());
        int[] arr = {1, 2};
        WithArray w1 = new WithArray(arr), w2 = new WithArray(new int[]{1, 2});
        System.out.println(w1.equals(w2) + " " + w1.equals(new WithArray(arr)));
        List<Entry> es = new ArrayList<>(List.of(new Entry("b", 2), new Entry("a", 2), new Entry("c", 5), new Entry("d", 1)));
        Collections.sort(es);
        System.out.println(es);
        Map<Circle, String> m = new HashMap<>();
        m.put(new Circle(2), "two");
        System.out.println(m.get(new Circle(2)) + " " + new Circle(-0.0).equals(new Circle(0.0)) + " " + new Circle(Double.NaN).equals(new Circle(Double.NaN)));
    }
}
