public class C081_ExceptionToString {
    static class MyEx extends RuntimeException { MyEx(String m) { super(m); } }
    public static void main(String[] args) {
        Throwable[] ts = {new Exception(), new Exception("msg"), new RuntimeException("rt"), new IllegalArgumentException("bad arg"),
            new IllegalStateException(), new ArithmeticException("/ by zero"), new UnsupportedOperationException("nope"),
            new IndexOutOfBoundsException(7), new ArrayIndexOutOfBoundsException(4), new StringIndexOutOfBoundsException("sioobe"),
            new NumberFormatException("nfe"), new ClassCastException("cce"), new Error("err"), new AssertionError("assert"),
            new AssertionError(42), new MyEx("mine"), new java.util.NoSuchElementException("nse"), new InterruptedException("intr"),
            new CloneNotSupportedException(), new RuntimeException(new Exception("inner"))};
        for (Throwable t : ts) System.out.println(t + " | msg=" + t.getMessage() + " | class=" + t.getClass().getName());
        try { assert false : "disabled by default"; System.out.println("assertions disabled"); } catch (AssertionError e) { System.out.println("assertions enabled"); }
        try { java.util.List.of(1).iterator().remove(); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getClass().getName()); }
        try { new java.util.ArrayList<Integer>().iterator().next(); } catch (java.util.NoSuchElementException e) { System.out.println("NSEE " + e.getClass().getName()); }
    }
}
