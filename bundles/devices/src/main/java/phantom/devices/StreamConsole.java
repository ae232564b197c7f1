package phantom.devices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import phantom.api.driver.Console;

/** A console over a pair of streams: the process's standard output and input by default. */
public class StreamConsole implements Console {
    private final PrintStream out;
    private final BufferedReader in;
    private final java.util.concurrent.LinkedBlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
    private volatile boolean ended;
    private final java.util.List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Thread reader;

    public StreamConsole() {
        this(System.out, System.in);
    }

    public StreamConsole(PrintStream out, InputStream in) {
        this.out = out;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

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
        if (reader != null) return;
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
