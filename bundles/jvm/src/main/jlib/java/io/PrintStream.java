package java.io;

/** System.out and System.err: text to the program's tty, as Java's PrintStream writes each kind. */
public class PrintStream {
    private final boolean err;

    public PrintStream(boolean err) { this.err = err; }

    private void write(String s) { java.lang.PhantomNative.print(s); }

    public void print(String s) { write(s == null ? "null" : s); }
    public void print(Object o) { write(String.valueOf(o)); }
    public void print(int v) { write(String.valueOf(v)); }
    public void print(long v) { write(String.valueOf(v)); }
    public void print(double v) { write(String.valueOf(v)); }
    public void print(float v) { write(String.valueOf(v)); }
    public void print(char v) { write(String.valueOf(v)); }
    public void print(boolean v) { write(v ? "true" : "false"); }
    public void print(char[] v) { write(new String(v)); }

    public void println() { write("\n"); }
    public void println(String s) { write((s == null ? "null" : s) + "\n"); }
    public void println(Object o) { write(String.valueOf(o) + "\n"); }
    public void println(int v) { write(v + "\n"); }
    public void println(long v) { write(v + "\n"); }
    public void println(double v) { write(v + "\n"); }
    public void println(float v) { write(v + "\n"); }
    public void println(char v) { write(v + "\n"); }
    public void println(boolean v) { write((v ? "true" : "false") + "\n"); }
    public void println(char[] v) { write(new String(v) + "\n"); }

    public PrintStream printf(String format, Object... args) { return format(format, args); }

    public PrintStream format(String format, Object... args) {
        write(java.lang.PhantomString.format(format, args));
        return this;
    }

    public void flush() { }
}
