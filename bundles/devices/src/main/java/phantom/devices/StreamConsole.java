package phantom.devices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import phantom.api.driver.Console;

/**
 * A console over a pair of streams: the process's standard output and input by default.
 *
 * <p>System property {@value #INPUT_PROPERTY}{@code =none}: the default console reads no input at all
 * (no line ever arrives on it; a thread's own terminal, such as the web console's, still sends lines),
 * and standard input is left to whoever owns it. The Pax Exam tests set it: there standard input is
 * Surefire's command channel, and a second reader of it takes commands meant for Surefire (its
 * "bye" acknowledgement lost, the test JVM waited 30 s to be killed at its exit).
 */
public class StreamConsole implements Console {
    /** System property: {@code none} keeps the default console off standard input. */
    public static final String INPUT_PROPERTY = "phantom.console.input";

    private final PrintStream out;
    private final BufferedReader in;
    private final java.util.concurrent.LinkedBlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
    private volatile boolean ended;
    private final java.util.List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Thread reader;
    /** False: no input is ever read (see {@value #INPUT_PROPERTY}). */
    private final boolean readsInput;

    public StreamConsole() {
        this(System.out, System.in, !"none".equals(System.getProperty(INPUT_PROPERTY, "").trim()));
    }

    public StreamConsole(PrintStream out, InputStream in) {
        this(out, in, true);
    }

    /** {@code readsInput} false: {@code in} is never read, no line ever arrives and the input never ends. */
    public StreamConsole(PrintStream out, InputStream in, boolean readsInput) {
        this.out = out;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.readsInput = readsInput;
    }

    /** False when this console reads no input ({@value #INPUT_PROPERTY}{@code =none}). */
    public boolean readsInput() { return readsInput; }

    @Override public void print(String text) {
        synchronized (out) {
            out.print(text);
            out.flush();
        }
    }

    @Override public String readLine() {
        startReader();
        try {
            while (true) {
                String l = lines.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (l != null) return l;
                if (ended && lines.isEmpty()) return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override public String pollLine() {
        startReader();
        return lines.poll();
    }

    @Override public boolean atEnd() { return ended && lines.isEmpty(); }

    /** Registers a listener; input is read only once a program asks for a line (the shell may own it until then). */
    @Override public phantom.api.driver.Registration listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Input is read by one daemon thread, on first demand, so no caller ever blocks on the stream. */
    private synchronized void startReader() {
        if (reader != null || !readsInput) return;
        reader = new Thread(() -> {
            try {
                for (String l; (l = in.readLine()) != null; ) {
                    lines.add(l);
                    for (Runnable r : listeners) r.run();
                }
            } catch (IOException e) {
                // input closed
            } finally {
                ended = true;
                for (Runnable r : listeners) r.run();
            }
        }, "phantom-console-input");
        reader.setDaemon(true);
        reader.start();
    }
}
