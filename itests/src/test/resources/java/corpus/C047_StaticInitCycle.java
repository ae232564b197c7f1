public class C047_StaticInitCycle {
    static class First { static int v = Second.w + 1; static { System.out.println("First init, v=" + v); } }
    static class Second { static int w = First.v + 10; static { System.out.println("Second init, w=" + w); } }
    static class Self { static Self INSTANCE = new Self(); static int count = 5; int seen; Self() { seen = count; count++; } }
    public static void main(String[] args) {
        System.out.println("First.v=" + First.v);
        System.out.println("Second.w=" + Second.w);
        System.out.println("Self seen=" + Self.INSTANCE.seen + " count=" + Self.count);
    }
}
