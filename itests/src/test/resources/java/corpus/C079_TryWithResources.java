public class C079_TryWithResources {
    static StringBuilder log = new StringBuilder();
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name) { this(name, false); }
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; log.append("open ").append(name).append("; "); }
        void use() { log.append("use ").append(name).append("; "); }
        @Override public void close() { log.append("close ").append(name).append("; "); if (failClose) throw new IllegalStateException("close failed " + name); }
    }
    static void flush(String title) { System.out.println(title + ": " + log.toString().trim()); log.setLength(0); }
    public static void main(String[] args) {
        try (Res a = new Res("A"); Res b = new Res("B")) { a.use(); b.use(); }
        flush("normal");
        try (Res a = new Res("A")) { a.use(); throw new RuntimeException("body"); }
        catch (RuntimeException e) { log.append("caught ").append(e.getMessage()); }
        flush("body throws");
        try (Res a = new Res("A", true)) { a.use(); }
        catch (IllegalStateException e) { log.append("caught ").append(e.getMessage()); }
        flush("close throws");
        try (Res a = new Res("A", true); Res b = new Res("B", true)) { throw new RuntimeException("primary"); }
        catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage()).append(" suppressed=").append(e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) log.append(" [").append(s.getMessage()).append(']');
        }
        flush("suppressed");
        Res outer = new Res("X");
        try (outer) { outer.use(); }
        flush("effectively final");
        try (Res n = null) { log.append("null resource ok"); }
        flush("null");
        try (Res a = new Res("A")) { log.append("in body; "); } finally { log.append("finally"); }
        flush("with finally");
    }
}
