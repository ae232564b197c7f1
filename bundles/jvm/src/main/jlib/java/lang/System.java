package java.lang;

/** System as programs without files or properties use it: the console, the clocks, arraycopy. */
public final class System {
    private System() {}

    public static final java.io.PrintStream out = new java.io.PrintStream(false);
    public static final java.io.PrintStream err = new java.io.PrintStream(true);

    public static long currentTimeMillis() { return PhantomNative.currentTimeMillis(); }

    public static long nanoTime() { return PhantomNative.nanoTime(); }

    public static int identityHashCode(Object o) { return o == null ? 0 : PhantomNative.identityHashCode(o); }

    public static String lineSeparator() { return "\n"; }

    public static String getProperty(String key) { return null; }

    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        PhantomSystem.arraycopy(src, srcPos, dest, destPos, length);
    }
}
