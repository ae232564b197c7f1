import java.util.*;
public class C180_InstanceofPatternsHierarchy {
    sealed interface Shape permits Circle, Rect, Tri {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    record Tri(double b, double h) implements Shape {}
    static double area(Shape s) {
        if (s instanceof Circle c) return Math.PI * c.r() * c.r();
        if (s instanceof Rect r && r.w() == r.h()) return r.w() * r.w();
        if (s instanceof Rect r) return r.w() * r.h();
        if (s instanceof Tri t) return 0.5 * t.b() * t.h();
        throw new IllegalArgumentException();
    }
    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + i;
        if (o instanceof Integer i) return "small int " + i;
        if (o instanceof String s && !s.isEmpty()) return "string of " + s.length();
        if (o instanceof String) return "empty string";
        if (o instanceof int[] a) return "int array of " + a.length;
        if (o instanceof List<?> l) return "list of " + l.size();
        if (o instanceof Shape s) return "shape with area " + area(s);
        return o == null ? "null" : "other";
    }
    public static void main(String[] args) {
        Object[] things = {5, 50, "", "hey", new int[3], List.of(1, 2), new Circle(1), new Rect(2, 2), new Rect(2, 3), new Tri(4, 5), null, 3.0};
        for (Object o : things) System.out.println(describe(o));
        double total = 0;
        for (Shape s : List.of(new Circle(2), new Rect(1, 5), new Tri(3, 3))) total += area(s);
        System.out.println("total " + total);
    }
}
