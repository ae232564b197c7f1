package java.lang;

/**
 * The root of Java's exceptions in the persistent space. The stack trace is the VM's text of the
 * thread's frames when the exception is made (PhantomNative.backtrace), kept as a field so that
 * it survives restarts like any; it is turned into Java's frames when it is asked for.
 */
public class Throwable {
    private String detailMessage;
    private Throwable cause = this;
    private Throwable[] suppressed;
    private int suppressedCount;
    /** The VM's frames when the exception was made (class, method, descriptor, line per line); null when not recorded. */
    private String backtrace;
    /** The Java frames, once asked for or set. */
    private StackTraceElement[] stackTrace;

    public Throwable() { fillInStackTrace(); }

    public Throwable(String message) {
        this.detailMessage = message;
        fillInStackTrace();
    }

    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
        fillInStackTrace();
    }

    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
        fillInStackTrace();
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.detailMessage = message;
        this.cause = cause;
        if (writableStackTrace) fillInStackTrace();
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

    public synchronized Throwable fillInStackTrace() {
        backtrace = PhantomNative.backtrace(null);
        stackTrace = null;
        return this;
    }

    public StackTraceElement[] getStackTrace() { return ourStackTrace().clone(); }

    public void setStackTrace(StackTraceElement[] trace) {
        StackTraceElement[] copy = trace.clone();
        for (int i = 0; i < copy.length; i++) if (copy[i] == null) throw new NullPointerException("stackTrace[" + i + "]");
        synchronized (this) { stackTrace = copy; }
    }

    private synchronized StackTraceElement[] ourStackTrace() {
        if (stackTrace == null) stackTrace = StackTraceElement.$fromBacktrace(backtrace, PhantomNative.className(this));
        return stackTrace;
    }

    /**
     * The Java exception for an error the VM raised itself (its message names what happened):
     * the front end's handlers call this before a Java handler sees the error.
     */
    static Throwable $fromVm(Object error) {
        Throwable t = javaFor(error);
        String where = PhantomNative.backtrace(error);
        if (!where.isEmpty()) {
            // the frames where the VM raised it, not where it is turned into a Java exception
            t.backtrace = where;
            t.stackTrace = null;
        }
        return t;
    }

    private static Throwable javaFor(Object error) {
        String m = error.toString();
        if (m.startsWith("error: ")) m = m.substring(7);
        if (m.equals("division by zero")) return new ArithmeticException("/ by zero");
        if (m.startsWith("array store of ") && m.contains(" into ")) {
            return new ArrayStoreException(Class.javaName(m.substring(15, m.lastIndexOf(" into "))));
        }
        if (m.endsWith(" on null") || m.contains("null")) return new NullPointerException();
        if (m.startsWith("cannot cast ") && m.contains(" to ")) {
            int to = m.lastIndexOf(" to ");
            return new ClassCastException("class " + Class.javaName(m.substring(12, to)) + " cannot be cast to class " + Class.javaName(m.substring(to + 4)));
        }
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

    public void printStackTrace() { printStackTrace(System.err); }

    public void printStackTrace(java.io.PrintStream out) {
        StringBuilder b = new StringBuilder();
        describeTo(b, "", "", new StackTraceElement[0]);
        out.print(b.toString());
    }

    /** Java's layout: the exception, its frames, then its suppressed and its cause with the frames they share with this one as "... n more". */
    private void describeTo(StringBuilder b, String prefix, String caption, StackTraceElement[] enclosing) {
        b.append(prefix).append(caption).append(toString()).append('\n');
        StackTraceElement[] trace = ourStackTrace();
        int m = trace.length - 1, n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) { m--; n--; }
        for (int i = 0; i <= m; i++) b.append(prefix).append("\tat ").append(trace[i]).append('\n');
        int common = trace.length - 1 - m;
        if (common != 0) b.append(prefix).append("\t... ").append(common).append(" more\n");
        for (int i = 0; i < suppressedCount; i++) suppressed[i].describeTo(b, prefix + "\t", "Suppressed: ", trace);
        Throwable c = getCause();
        if (c != null) c.describeTo(b, prefix, "Caused by: ", trace);
    }
}
