public class C052_PrivateSameName {
    static class Parent {
        private String secret() { return "parent-secret"; }
        String reveal() { return secret(); }
        String field = "parent-field";
        String getField() { return field; }
        static String stat() { return "parent-static"; }
        String callStat() { return stat(); }
    }
    static class Child extends Parent {
        private String secret() { return "child-secret"; }
        String childReveal() { return secret(); }
        String field = "child-field";
        String getField() { return field + "/" + super.field; }
        static String stat() { return "child-static"; }
    }
    public static void main(String[] args) {
        Child c = new Child();
        Parent p = c;
        System.out.println(p.reveal());
        System.out.println(c.reveal());
        System.out.println(c.childReveal());
        System.out.println(p.field + " " + c.field + " " + ((Parent) c).field);
        System.out.println(p.getField());
        System.out.println(p.callStat() + " " + c.callStat());
        Parent pp = new Parent();
        System.out.println(pp.reveal() + " " + pp.getField());
        System.out.println(pp.secret());
    }
}
