package phantom.vm.impl;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * For {@link JavaBench}: runs corpus programs' main in this JVM (started with or without -Xint),
 * each {@code rounds} times with its output thrown away, and prints "NAME SECONDS" (the best
 * round), so the JVM's own start is not counted.
 */
public final class MainTimer {
    private MainTimer() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Path classes = Path.of(args[1]);
        PrintStream out = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() })) {
            for (int i = 2; i < args.length; i++) {
                Method main = loader.loadClass(args[i]).getMethod("main", String[].class);
                long best = Long.MAX_VALUE;
                for (int r = 0; r < rounds; r++) {
                    System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
                    long t0 = System.nanoTime();
                    try {
                        main.invoke(null, (Object) new String[0]);
                    } finally {
                        System.setOut(out);
                    }
                    best = Math.min(best, System.nanoTime() - t0);
                }
                out.println(args[i] + " " + best / 1e9);
            }
        }
    }
}
