public class C050_AbstractClasses {
    static abstract class Shape {
        private static int count;
        final String id;
        Shape(String kind) { id = kind + (++count); }
        abstract double area();
        abstract double perimeter();
        String report() { return id + " area=" + area() + " perim=" + perimeter(); }
    }
    static class Circle extends Shape { double r; Circle(double r) { super("Circle"); this.r = r; } double area() { return Math.PI * r * r; } double perimeter() { return 2 * Math.PI * r; } }
    static class Square extends Shape { double s; Square(double s) { super("Square"); this.s = s; } double area() { return s * s; } double perimeter() { return 4 * s; } }
    static abstract class Polygon extends Shape { Polygon(String k) { super(k); } abstract int sides(); double perimeter() { return sides() * side(); } abstract double side(); }
    static class Triangle extends Polygon { double a; Triangle(double a) { super("Triangle"); this.a = a; } int sides() { return 3; } double side() { return a; } double area() { return Math.sqrt(3) / 4 * a * a; } }
    static abstract class Template {
        final String run() { return "[" + step1() + "-" + step2() + "]"; }
        abstract String step1();
        String step2() { return "default2"; }
    }
    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Square(2.5), new Triangle(3), new Circle(0.5)};
        double total = 0;
        for (Shape s : shapes) { System.out.println(s.report()); total += s.area(); }
        System.out.println("total=" + total);
        Template t1 = new Template() { String step1() { return "anon1"; } };
        Template t2 = new Template() { String step1() { return "anon2"; } String step2() { return "custom2"; } };
        System.out.println(t1.run() + " " + t2.run());
        Polygon p = new Triangle(2);
        System.out.println(p.sides() + " " + p.perimeter());
    }
}
