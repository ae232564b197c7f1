public class C044_FinalConstants {
    static final int MAX = 10;
    static final long BIG = 1L << 40;
    static final String GREETING = "hi" + MAX;
    static final double RATE = 0.075;
    static final char SEP = ':';
    static final boolean DEBUG = false;
    static final int COMPUTED = compute();
    static final String NULL_STR = null;
    static int compute() { return MAX * 3 + 1; }
    final int instanceFinal;
    final String label;
    final int[] data = {1, 2, 3};
    C044_FinalConstants(int v) { instanceFinal = v * 2; label = "obj" + v; }
    interface Limits { int LOW = -5; int HIGH = LOW + 20; String NAME = "limits"; }
    public static void main(String[] args) {
        System.out.println(MAX + " " + BIG + " " + GREETING + " " + RATE + " " + SEP + " " + DEBUG + " " + COMPUTED + " " + NULL_STR);
        if (DEBUG) System.out.println("debug");
        final int local = 7;
        final String ls;
        if (MAX > 5) ls = "big"; else ls = "small";
        System.out.println(local + " " + ls);
        C044_FinalConstants o = new C044_FinalConstants(21);
        System.out.println(o.instanceFinal + " " + o.label);
        o.data[1] = 200;
        System.out.println(o.data[0] + " " + o.data[1] + " " + o.data[2]);
        System.out.println(Limits.LOW + " " + Limits.HIGH + " " + Limits.NAME);
        System.out.println(Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Byte.MIN_VALUE + " " + Short.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Byte.MAX_VALUE + Byte.MAX_VALUE);
        switch (5) { case MAX - 5: System.out.println("const case"); break; default: System.out.println("no"); }
        System.out.println(GREETING == "hi10");
        System.out.println(0x1F + 017 + 0b101 + 1_000);
    }
}
