public class C045_InstanceInitOrder {
    static StringBuilder log = new StringBuilder();
    static int note(String s, int v) { log.append(s).append(' '); return v; }
    static class Base {
        int x = note("Base.x", 1);
        { note("Base.init", 0); }
        Base() { note("Base()", 0); show(); }
        void show() { note("Base.show x=" + x, 0); }
    }
    static class Derived extends Base {
        int y = note("Derived.y", 2);
        String s = "set";
        { note("Derived.init", 0); }
        Derived() { super(); note("Derived()", 0); }
        Derived(int v) { this(); y = v; note("Derived(int)", 0); }
        @Override void show() { note("Derived.show y=" + y + " s=" + s, 0); }
    }
    public static void main(String[] args) {
        new Derived();
        System.out.println(log.toString().trim());
        log.setLength(0);
        Derived d = new Derived(42);
        System.out.println(log.toString().trim());
        System.out.println(d.x + " " + d.y + " " + d.s);
    }
}
