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
        try {
            synchronized (in) {
                return in.readLine();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
