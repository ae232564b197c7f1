import java.util.*;
public class C141_ObjectCloneCompare {
    static class Point implements Cloneable, Comparable<Point> {
        int x, y; int[] tags = {1, 2};
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public Point clone() { try { Point p = (Point) super.clone(); p.tags = tags.clone(); return p; } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
        @Override public int compareTo(Point o) { return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y); }
        @Override public boolean equals(Object o) { return o instanceof Point p && p.x == x && p.y == y; }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")" + Arrays.toString(tags); }
    }
    static class NotCloneable { @Override protected Object clone() throws CloneNotSupportedException { return super.clone(); } }
    public static void main(String[] args) throws Exception {
        Point a = new Point(1, 2);
        Point b = a.clone();
        b.x = 10; b.tags[0] = 99;
        System.out.println(a + " " + b + " " + (a != b) + " " + a.equals(b));
        Point c = a.clone();
        System.out.println(a.equals(c) + " " + (a.hashCode() == c.hashCode()) + " " + a.compareTo(c) + " " + a.compareTo(b) + " " + b.compareTo(a));
        try { new NotCloneable().clone(); } catch (CloneNotSupportedException e) { System.out.println("CNSE " + e.getMessage()); }
        List<Point> ps = new ArrayList<>(List.of(new Point(3, 1), new Point(1, 5), new Point(3, 0), new Point(1, 2)));
        Collections.sort(ps);
        System.out.println(ps);
        ps.sort(Comparator.comparingInt((Point p) -> p.y).reversed());
        System.out.println(ps);
        Set<Point> set = new HashSet<>(ps);
        System.out.println(set.contains(new Point(1, 5)) + " " + set.size());
        Object o = new Object();
        System.out.println(o.equals(o) + " " + o.equals(new Object()) + " " + (o.getClass() == Object.class));
        String s1 = "abc", s2 = new String("abc");
        System.out.println(s1.equals(s2) + " " + (s1 == s2) + " " + (s1.hashCode() == s2.hashCode()) + " " + s1.compareTo(s2));
    }
}
