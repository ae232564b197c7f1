public class C048_Constructors {
    static class Rect {
        final int w, h; final String name;
        Rect() { this(1, 1); }
        Rect(int side) { this(side, side, "square"); }
        Rect(int w, int h) { this(w, h, "rect"); }
        Rect(int w, int h, String name) { this.w = w; this.h = h; this.name = name; }
        int area() { return w * h; }
        public String toString() { return name + "[" + w + "x" + h + "]=" + area(); }
    }
    static class Named {
        String name; int id;
        Named(String name) { this.name = name; }
        Named(String name, int id) { this(name); this.id = id; }
        Named copy() { return new Named(name + "'", id + 1); }
        public String toString() { return name + "#" + id; }
    }
    public static void main(String[] args) {
        System.out.println(new Rect());
        System.out.println(new Rect(5));
        System.out.println(new Rect(3, 4));
        System.out.println(new Rect(2, 9, "tall"));
        Named n = new Named("x", 1);
        System.out.println(n + " " + n.copy() + " " + n.copy().copy() + " " + new Named("solo"));
        Rect[] rs = {new Rect(2), new Rect(1, 7), new Rect()};
        int tot = 0;
        for (Rect r : rs) tot += r.area();
        System.out.println("total area " + tot);
    }
}
