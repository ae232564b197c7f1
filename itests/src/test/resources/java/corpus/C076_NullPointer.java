public class C076_NullPointer {
    static class Node { int val; Node next; String name() { return "node" + val; } }
    static int len(String s) { return s.length(); }
    static void tryIt(String label, Runnable r) {
        try { r.run(); System.out.println(label + ": no exception"); }
        catch (NullPointerException e) { System.out.println(label + ": " + e.getClass().getName()); }
    }
    public static void main(String[] args) {
        Node n = new Node();
        Node nul = null;
        tryIt("method on null", () -> nul.name());
        tryIt("field read", () -> System.out.println(nul.val));
        tryIt("field write", () -> nul.val = 5);
        tryIt("chained", () -> System.out.println(n.next.val));
        tryIt("string length", () -> len(null));
        tryIt("unboxing", () -> { Integer i = null; int x = i; System.out.println(x); });
        tryIt("array null", () -> { int[] a = null; a[0] = 1; });
        tryIt("throw null", () -> { RuntimeException e = null; throw e; });
        tryIt("synchronized null", () -> { Object o = null; synchronized (o) { System.out.println("in"); } });
        tryIt("concat null is fine", () -> { String s = null; String t = "x" + s; if (!t.equals("xnull")) throw new IllegalStateException(); });
        tryIt("equals null is fine", () -> { if ("a".equals(null)) throw new IllegalStateException(); });
        tryIt("requireNonNull", () -> java.util.Objects.requireNonNull(null, "must not be null"));
        try { java.util.Objects.requireNonNull(null, "custom msg"); } catch (NullPointerException e) { System.out.println("msg: " + e.getMessage()); }
        tryIt("switch null string", () -> { String s = null; switch (s) { default: } });
        NullPointerException explicit = new NullPointerException("explicit message");
        System.out.println(explicit.getMessage() + " | " + explicit);
        n.next = new Node();
        n.next.val = 9;
        System.out.println(n.next.name());
    }
}
