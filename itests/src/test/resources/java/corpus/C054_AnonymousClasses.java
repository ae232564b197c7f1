public class C054_AnonymousClasses {
    interface Greeter { String greet(String who); }
    static abstract class Counter { int n; abstract int next(); }
    static class Base { String hello() { return "base"; } }
    public static void main(String[] args) {
        Greeter en = new Greeter() { public String greet(String w) { return "Hello, " + w; } };
        Greeter fr = new Greeter() {
            int times = 0;
            public String greet(String w) { times++; return "Bonjour " + w + " #" + times; }
        };
        System.out.println(en.greet("Ann") + " | " + fr.greet("Bob") + " | " + fr.greet("Cy"));
        final int base = 100;
        Counter ctr = new Counter() { int next() { return base + n++; } };
        System.out.println(ctr.next() + " " + ctr.next() + " " + ctr.next());
        Base b = new Base() { String hello() { return "anon+" + super.hello(); } };
        System.out.println(b.hello());
        Greeter[] gs = new Greeter[3];
        for (int i = 0; i < 3; i++) { final int k = i; gs[i] = new Greeter() { public String greet(String w) { return w.repeat(k + 1); } }; }
        for (Greeter g : gs) System.out.print(g.greet("ab") + " ");
        System.out.println();
        Object o = new Object() { public String toString() { return "custom anon toString"; } };
        System.out.println(o);
        Runnable r = new Runnable() { public void run() { System.out.println("anon runnable ran"); } };
        r.run();
        Comparable<String> cmp = new Comparable<String>() { public int compareTo(String s) { return s.length() - 3; } };
        System.out.println(cmp.compareTo("hello") + " " + cmp.compareTo("a"));
    }
}
