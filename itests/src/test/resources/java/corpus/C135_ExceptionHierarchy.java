public class C135_ExceptionHierarchy {
    static class BaseEx extends Exception { BaseEx(String m) { super(m); } String kind() { return "base"; } }
    static class MidEx extends BaseEx { MidEx(String m) { super(m); } String kind() { return "mid"; } }
    static class LeafEx extends MidEx { final int detail; LeafEx(String m, int d) { super(m); detail = d; } String kind() { return "leaf" + detail; } }
    static void raise(int k) throws BaseEx { if (k == 0) throw new BaseEx("b"); if (k == 1) throw new MidEx("m"); if (k == 2) throw new LeafEx("l", 7); }
    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            try { raise(k); System.out.println(k + ": none"); }
            catch (LeafEx e) { System.out.println(k + ": leaf handler " + e.kind() + " " + e.getMessage()); }
            catch (MidEx e) { System.out.println(k + ": mid handler " + e.kind()); }
            catch (BaseEx e) { System.out.println(k + ": base handler " + e.kind()); }
        }
        for (int k = 0; k < 3; k++) {
            try { raise(k); } catch (BaseEx e) { System.out.println("polymorphic kind " + e.kind() + " instanceof Mid=" + (e instanceof MidEx) + " class=" + e.getClass().getName()); }
        }
        Throwable t = new LeafEx("x", 1);
        System.out.println((t instanceof Exception) + " " + (t instanceof RuntimeException) + " " + (t instanceof Throwable));
        RuntimeException[] rs = {new IllegalArgumentException(), new NumberFormatException(), new ArrayIndexOutOfBoundsException(), new ArithmeticException(), new ClassCastException(), new NullPointerException()};
        for (RuntimeException r : rs) System.out.println(r.getClass().getName() + " IAE=" + (r instanceof IllegalArgumentException) + " IOOBE=" + (r instanceof IndexOutOfBoundsException));
    }
}
