public class C061_DiamondDefaults {
    interface Root { default String who() { return "root"; } }
    interface Left extends Root { default String who() { return "left"; } }
    interface Right extends Root { default String who() { return "right"; } }
    interface OnlyRoot extends Root {}
    static class Both implements Left, Right { public String who() { return "both(" + Left.super.who() + "," + Right.super.who() + ")"; } }
    static class LeftAndRoot implements Left, OnlyRoot {}
    static class Base { public String who() { return "class-wins"; } }
    static class Sub extends Base implements Left {}
    interface A { default int v() { return 1; } }
    interface B extends A { default int v() { return A.super.v() + 10; } }
    interface C extends A {}
    static class D implements B, C {}
    public static void main(String[] args) {
        System.out.println(new Both().who());
        System.out.println(new LeftAndRoot().who());
        System.out.println(new Sub().who());
        Root r = new Sub();
        System.out.println(r.who());
        System.out.println(new D().v());
        Root anon = new Right() {};
        System.out.println(anon.who());
    }
}
