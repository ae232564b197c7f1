public class C060_DefaultStaticIface {
    interface Shape {
        double area();
        default String describe() { return name() + " with area " + area(); }
        default String name() { return "shape"; }
        static Shape square(double s) { return () -> s * s; }
        static Shape unit() { return square(1); }
        static int count(Shape... ss) { return ss.length; }
    }
    static class Circle implements Shape {
        final double r; Circle(double r) { this.r = r; }
        public double area() { return 3 * r * r; }
        public String name() { return "circle"; }
    }
    interface Versioned { int VERSION = 3; String TAG = "v" + VERSION; default String version() { return TAG; } }
    static class Doc implements Shape, Versioned { public double area() { return 0.5; } public String describe() { return "doc " + version() + " / " + Shape.super.describe(); } }
    public static void main(String[] args) {
        Shape[] ss = {new Circle(2), Shape.square(3), Shape.unit(), new Doc()};
        for (Shape s : ss) System.out.println(s.describe());
        System.out.println(Shape.count(ss) + " " + Shape.count() + " " + Versioned.VERSION + " " + Versioned.TAG + " " + Doc.VERSION);
    }
}
