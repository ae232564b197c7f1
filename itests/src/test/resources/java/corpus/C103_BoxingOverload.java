public class C103_BoxingOverload {
    static String m(int x) { return "int"; }
    static String m(long x) { return "long"; }
    static String m(Integer x) { return "Integer"; }
    static String m(Object x) { return "Object"; }
    static String m(int... x) { return "varargs"; }
    static String n(long x) { return "n-long"; }
    static String n(Integer x) { return "n-Integer"; }
    static String p(Object x) { return "p-Object"; }
    static String p(double x) { return "p-double"; }
    static String q(Long x) { return "q-Long"; }
    static String q(Object x) { return "q-Object"; }
    public static void main(String[] args) {
        byte b = 1; short s = 2; char c = 'c'; long l = 4; Integer boxed = 5; float f = 1f;
        System.out.println(m(1) + " " + m(b) + " " + m(s) + " " + m(c) + " " + m(l) + " " + m(boxed) + " " + m("s") + " " + m() + " " + m(1, 2) + " " + m(f));
        System.out.println(n(5) + " " + n(boxed));
        System.out.println(p(5) + " " + p(boxed) + " " + p('x') + " " + p("str"));
        System.out.println(q(5) + " " + q(5L));
        Object o = 3;
        System.out.println(o.getClass().getName() + " " + ((Object) 3L).getClass().getName() + " " + ((Object) 'c').getClass().getName());
        long widen = boxed;
        double dw = boxed;
        System.out.println(widen + " " + dw);
    }
}
