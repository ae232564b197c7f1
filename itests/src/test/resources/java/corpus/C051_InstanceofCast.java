public class C051_InstanceofCast {
    static class A { public String toString() { return "A"; } }
    static class B extends A { public String toString() { return "B"; } }
    static class C extends B { public String toString() { return "C"; } }
    static class D extends A { public String toString() { return "D"; } }
    interface Marker {}
    static class E extends C implements Marker { public String toString() { return "E"; } }
    public static void main(String[] args) {
        Object[] objs = {new A(), new B(), new C(), new D(), new E(), "str", 42, null, new int[1], new A[0], new B[0]};
        for (Object o : objs) {
            String name = o == null ? "null" : o instanceof int[] ? "int[]" : o instanceof A[] ? (o instanceof B[] ? "B[]" : "A[]") : o.toString();
            System.out.println(name + ": A=" + (o instanceof A) + " B=" + (o instanceof B) + " C=" + (o instanceof C) + " D=" + (o instanceof D)
                + " Marker=" + (o instanceof Marker) + " String=" + (o instanceof String) + " Number=" + (o instanceof Number) + " Object[]=" + (o instanceof Object[]));
        }
        for (Object o : objs) {
            try { B b = (B) o; System.out.println("cast ok: " + b); }
            catch (ClassCastException e) { System.out.println("CCE " + e.getClass().getName()); }
        }
        A a = new C();
        B b = (B) a;
        C c = (C) b;
        System.out.println(a + " " + b + " " + c);
        Object o = "hello";
        if (o instanceof String s && s.length() > 3) System.out.println("pattern " + s.toUpperCase());
        Object n = 17;
        if (!(n instanceof Integer i)) System.out.println("not int"); else System.out.println("int " + (i + 1));
        Object arr = new String[]{"x"};
        Object[] oa = (Object[]) arr;
        System.out.println(oa.length + " " + oa[0]);
        try { Integer bad = (Integer) (Object) "s"; System.out.println(bad); } catch (ClassCastException e) { System.out.println("CCE string->Integer"); }
    }
}
