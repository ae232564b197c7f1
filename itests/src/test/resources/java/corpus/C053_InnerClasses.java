public class C053_InnerClasses {
    private int counter = 0;
    private String name;
    C053_InnerClasses(String name) { this.name = name; }
    class Incrementer {
        int step;
        Incrementer(int step) { this.step = step; }
        void inc() { counter += step; }
        String who() { return name + ":" + counter; }
        class Deeper { String path() { return name + "/" + step + "/" + counter; } }
    }
    class Shadow {
        String name = "inner";
        String both() { return name + " vs " + C053_InnerClasses.this.name; }
    }
    Incrementer make(int s) { return new Incrementer(s); }
    public static void main(String[] args) {
        C053_InnerClasses outer = new C053_InnerClasses("outer");
        Incrementer a = outer.make(1);
        C053_InnerClasses.Incrementer b = outer.new Incrementer(10);
        a.inc(); b.inc(); a.inc();
        System.out.println(a.who() + " " + b.who() + " " + outer.counter);
        Incrementer.Deeper d = b.new Deeper();
        System.out.println(d.path());
        System.out.println(outer.new Shadow().both());
        C053_InnerClasses other = new C053_InnerClasses("other");
        Incrementer c = other.new Incrementer(5);
        c.inc();
        System.out.println(c.who() + " " + a.who());
    }
}
