public class C041_StaticInitOrder {
    static StringBuilder log = new StringBuilder();
    static void log(String s) { log.append(s).append('\n'); }
    static class A { static int a = init("A.a", 1); static { log("A.static"); } static int a2 = init("A.a2", a + 1); static void touch() { log("A.touch"); } }
    static class B extends A { static int b = init("B.b", 10); static { log("B.static"); } static final int CONST = 99; static int plain = 5; }
    static class C { static { log("C.static"); } static int c = B.b + 1; }
    static class D { static { log("D.static"); } static void hello() { log("D.hello"); } }
    static int init(String name, int v) { log(name + "=" + v); return v; }
    public static void main(String[] args) {
        log("main");
        int k = B.CONST;
        log("const=" + k);
        log("C.c=" + C.c);
        log("B.b=" + B.b);
        A.touch();
        D d = null;
        log("declared D");
        D[] ds = new D[3];
        log("array of D len=" + ds.length);
        D.hello();
        D.hello();
        System.out.print(log);
    }
}
