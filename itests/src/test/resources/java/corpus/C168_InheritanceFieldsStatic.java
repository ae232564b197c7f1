public class C168_InheritanceFieldsStatic {
    static class A { int v = 1; static int s = 10; int get() { return v; } static int sget() { return s; } A self() { return this; } String name() { return "A"; } }
    static class B extends A { int v = 2; static int s = 20; @Override int get() { return v; } static int sget() { return s; } @Override B self() { return this; } @Override String name() { return "B:" + super.name(); } int superV() { return super.v; } }
    static class C extends B { int v = 3; @Override String name() { return "C:" + super.name(); } }
    public static void main(String[] args) {
        A ab = new B();
        B b = new B();
        A ac = new C();
        System.out.println(ab.v + " " + ((B) ab).v + " " + ab.get() + " " + b.superV());
        System.out.println(A.s + " " + B.s + " " + A.sget() + " " + B.sget());
        System.out.println(ac.v + " " + ((B) ac).v + " " + ((C) ac).v + " " + ac.get());
        System.out.println(ab.self().name() + " | " + b.self().name() + " | " + ac.name());
        B viaCovariant = b.self();
        System.out.println(viaCovariant.v);
        A[] arr = {new A(), new B(), new C()};
        int sum = 0; for (A x : arr) sum += x.get() * 100 + x.v;
        System.out.println(sum);
    }
}
