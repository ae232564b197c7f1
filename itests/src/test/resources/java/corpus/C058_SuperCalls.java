public class C058_SuperCalls {
    static class Level1 { String name() { return "L1"; } String chain() { return name(); } int value() { return 1; } }
    static class Level2 extends Level1 { String name() { return "L2>" + super.name(); } int value() { return super.value() * 10 + 2; } }
    static class Level3 extends Level2 { String name() { return "L3>" + super.name(); } int value() { return super.value() * 10 + 3; } String parentChain() { return super.chain(); } }
    static class Level4 extends Level3 { int value() { return super.value() * 10 + 4; } }
    interface Greeter { default String greet() { return "hello from Greeter"; } }
    static class Impl implements Greeter { public String greet() { return "Impl+" + Greeter.super.greet(); } }
    public static void main(String[] args) {
        Level1[] ls = {new Level1(), new Level2(), new Level3(), new Level4()};
        for (Level1 l : ls) System.out.println(l.name() + " " + l.chain() + " " + l.value());
        System.out.println(new Level3().parentChain());
        System.out.println(new Impl().greet());
    }
}
