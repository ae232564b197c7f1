public class C077_StackOverflow {
    static int depth;
    static void recurse() { depth++; recurse(); }
    static int recurseWithArgs(int a, long b, double c) { return recurseWithArgs(a + 1, b * 2, c / 2) + 1; }
    public static void main(String[] args) {
        try { recurse(); } catch (StackOverflowError e) { System.out.println("caught StackOverflowError, depth > 1000: " + (depth > 1000)); }
        try { recurseWithArgs(0, 1, 1.0); } catch (StackOverflowError e) { System.out.println("caught again: " + e.getClass().getName()); }
        depth = 0;
        try { recurse(); } catch (Error e) { System.out.println("caught as Error: " + (e instanceof VirtualMachineError)); }
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += i;
        System.out.println("still working: " + sum);
    }
}
