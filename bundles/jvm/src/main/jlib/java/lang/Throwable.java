package java.lang;

/**
 * The root of Java's exceptions in the persistent space. The stack trace is a text the VM writes
 * when the exception is made (PhantomNative-free: filled in by the front end's constructor
 * prologue), so it survives restarts like any field.
 */
public class Throwable {
    private String detailMessage;
    private Throwable cause = this;
    private Throwable[] suppressed;
    private int suppressedCount;
    /** "\tat Class.method(File.java:N)" lines, newline separated; null when none was recorded. */
    private String trace;

    public Throwable() { }

    public Throwable(String message) { this.detailMessage = message; }

    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this(message, cause);
    }

    public String getMessage() { return detailMessage; }

    public String getLocalizedMessage() { return getMessage(); }

    public Throwable getCause() { return cause == this ? null : cause; }

    public Throwable initCause(Throwable c) {
        if (cause != this) throw new IllegalStateException("Can't overwrite cause with " + c, this);
        if (c == this) throw new IllegalArgumentException("Self-causation not permitted", this);
        cause = c;
        return this;
    }

    public String toString() {
        String s = PhantomNative.className(this);
        String m = getLocalizedMessage();
        return m != null ? s + ": " + m : s;
    }

    public final void addSuppressed(Throwable t) {
        if (t == this) throw new IllegalArgumentException("Self-suppression not permitted", t);
        if (t == null) throw new NullPointerException("Cannot suppress a null exception.");
        if (suppressed == null) suppressed = new Throwable[2];
        if (suppressedCount == suppressed.length) {
            Throwable[] more = new Throwable[suppressedCount * 2];
            for (int i = 0; i < suppressedCount; i++) more[i] = suppressed[i];
            suppressed = more;
        }
        suppressed[suppressedCount++] = t;
    }

    public final Throwable[] getSuppressed() {
        Throwable[] out = new Throwable[suppressedCount];
        for (int i = 0; i < suppressedCount; i++) out[i] = suppressed[i];
        return out;
    }

    public Throwable fillInStackTrace() { return this; }

    /**
     * The Java exception for an error the VM raised itself (its message names what happened):
     * the front end's handlers call this before a Java handler sees the error.
     */
    static Throwable $fromVm(Object error) {
        String m = error.toString();
        if (m.startsWith("error: ")) m = m.substring(7);
        if (m.equals("division by zero")) return new ArithmeticException("/ by zero");
        if (m.endsWith(" on null") || m.contains("null")) return new NullPointerException();
        if (m.startsWith("cannot cast ")) return new ClassCastException(m.substring(12).replace(" to ", " cannot be cast to "));
        if (m.startsWith("index ") && m.contains(" out of bounds for length ")) {
            int paren = m.indexOf(" (");
            return new ArrayIndexOutOfBoundsException("Index " + m.substring(6, paren < 0 ? m.length() : paren));
        }
        if (m.startsWith("negative array size ")) return new NegativeArraySizeException(m.substring(20));
        if (m.startsWith("stack overflow")) return new StackOverflowError();
        if (m.startsWith("out of memory")) return new OutOfMemoryError(m);
        if (m.startsWith("wait by a thread") || m.startsWith("notify by a thread")) return new IllegalMonitorStateException("current thread is not owner");
        if (m.startsWith("wait with a negative timeout")) return new IllegalArgumentException("timeout value is negative");
        return new InternalError(m);
    }

    /** Set by the front end when the exception is thrown first. */
    final void setTrace(String t) { if (trace == null) trace = t; }

    public void printStackTrace() {
        StringBuilder b = new StringBuilder();
        describeTo(b, "", "");
        PhantomNative.print(b.toString());
    }

    private void describeTo(StringBuilder b, String prefix, String caption) {
        b.append(prefix).append(caption).append(toString()).append('\n');
        if (trace != null) b.append(trace);
        for (int i = 0; i < suppressedCount; i++) suppressed[i].describeTo(b, prefix + "\t", "Suppressed: ");
        Throwable c = getCause();
        if (c != null) c.describeTo(b, prefix, "Caused by: ");
    }
}
