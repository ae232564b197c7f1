/** Objects of the program's own classes: constructors (chained), fields of every kind, virtual calls and overrides, a linked list. */
public class Objects {
    static class Shape {
        final String name;
        double scale = 1;

        Shape(String name) { this.name = name; }

        double area() { return 0; }

        String describe() { return name + " of area " + area() * scale; }
    }

    static class Rect extends Shape {
        final int w, h;

        Rect(int w, int h) {
            super("rect");
            this.w = w;
            this.h = h;
        }

        Rect(int side) {
            this(side, side);
        }

        @Override double area() { return w * h; }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) {
            super("circle");
            this.r = r;
        }

        @Override double area() { return 3 * r * r; }
    }

    static class Node {
        final long value;
        Node next;

        Node(long value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static long sum(Node n) {
        long s = 0;
        while (n != null) {
            s += n.value;
            n = n.next;
        }
        return s;
    }

    public static void main(String[] args) {
        Shape a = new Rect(3, 4), b = new Rect(5), c = new Circle(0.5);
        c.scale = 4;
        System.out.println(a.describe());
        System.out.println(b.describe());
        System.out.println(c.describe());
        Node list = null;
        for (int i = 1; i <= 100; i++) list = new Node(i * (long) i, list);
        System.out.println("sum of squares " + sum(list));
        list.next.next = null;
        System.out.println("cut " + sum(list));
    }
}
