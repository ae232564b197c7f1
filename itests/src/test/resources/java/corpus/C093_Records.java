public class C093_Records {
    record Point(int x, int y) {
        Point { if (x < 0) throw new IllegalArgumentException("negative x"); }
        Point(int v) { this(v, v); }
        int manhattan() { return Math.abs(x) + Math.abs(y); }
        static Point origin() { return new Point(0, 0); }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
    }
    record Person(String name, int age) {}
    record Wrapper(Point p, String label, double weight, long id, boolean flag, char c) {}
    record Empty() {}
    record Range(int lo, int hi) { Range { if (lo > hi) { int t = lo; lo = hi; hi = t; } } int len() { return hi - lo; } }
    record Named(String name) { @Override public String toString() { return "Named<" + name + ">"; } @Override public String name() { return name.toUpperCase(); } }
    public static void main(String[] args) {
        Point a = new Point(3, 4), b = new Point(3, 4), c = new Point(5);
        System.out.println(a + " " + c + " " + Point.origin() + " " + a.plus(c));
        System.out.println(a.x() + " " + a.y() + " " + a.manhattan());
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equals(c) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(null));
        System.out.println(a.hashCode() + " " + c.hashCode() + " " + new Person("ann", 30).hashCode() + " " + new Empty().hashCode());
        Person p = new Person("ann", 30);
        System.out.println(p + " " + p.name() + " " + p.age() + " " + p.equals(new Person("ann", 30)) + " " + p.equals(new Person("ann", 31)));
        System.out.println(new Wrapper(a, "lbl", 1.5, 9L, true, 'z'));
        System.out.println(new Person(null, 0) + " " + new Person(null, 0).equals(new Person(null, 0)) + " " + new Person(null, 0).hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()));
        Range r = new Range(10, 2);
        System.out.println(r + " len=" + r.len());
        Named n = new Named("bob");
        System.out.println(n + " " + n.name());
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        java.util.Set<Point> set = new java.util.HashSet<>();
        set.add(a); set.add(b); set.add(c);
        System.out.println("set size " + set.size() + " contains " + set.contains(new Point(5, 5)));
    }
}
