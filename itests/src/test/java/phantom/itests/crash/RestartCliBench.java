package phantom.itests.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Restart through the real launcher, by data size: a data directory holds a ballast of N MiB
 * live (KillHarness's ballast program, stopped cleanly) and a ticker thread that prints a line
 * every 10 ms; the system is killed with SIGKILL and started again, and the time from the start
 * of the JVM to the first line the resumed ticker prints is taken. Sizes interleaved over rounds,
 * shown as ratios to the empty space of the same run, and where the time goes (from the log's
 * timestamps) for the largest. Part of {@code ./phantom bench restart}.
 */
public final class RestartCliBench {
    private static final String TICKER = """
        class Ticker
        field int n
        method main ()V
        loop:
            new tty
            oldc "tick "
            igetf n
            box
            call string.concat (O)O
            call tty.println (O)V
            igetf n
            iconst 1
            iadd
            iputf n
            new time
            iconst 10
            call time.sleep (I)V
            goto loop
        end
        """;

    private final Path launcher;
    private final List<String> jvm;

    private RestartCliBench(Path launcher, List<String> jvm) {
        this.launcher = launcher;
        this.jvm = jvm;
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        int rounds = 3;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : new int[] { 0, 256, 1024, 4096 };
        // the JVM options ./phantom starts the launcher with, its ahead-of-time class cache included when there is one
        List<String> jvm = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        Path aot = launcher.resolveSibling("phantom.aot");
        if (Files.exists(aot)) jvm.addAll(List.of("-XX:AOTCache=" + aot, "-Xlog:aot*=off", "-Xlog:cds*=off"));
        RestartCliBench b = new RestartCliBench(launcher, jvm);
        Path root = Files.createTempDirectory("phantom-restartcli");
        try {
            Path[] dirs = new Path[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                long t0 = System.nanoTime();
                dirs[i] = b.prepare(root.resolve(sizes[i] + "m"), sizes[i]);
                System.out.printf(Locale.ROOT, "  prepared %d MiB live (ballast, ticker, killed) in %.0f s%n", sizes[i], (System.nanoTime() - t0) / 1e9);
            }
            double[][] ms = new double[sizes.length][rounds];
            String[] phases = new String[sizes.length];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < sizes.length; i++) {
                    Restart t = b.restart(dirs[i], capacity(sizes[i]));
                    ms[i][r] = t.ms;
                    phases[i] = t.phases;
                }
            }
            double empty = median(ms[0]);
            System.out.printf(Locale.ROOT, "%10s %26s %10s   %s%n", "live", "kill -9 to resumed line ms", "vs empty", "where it goes (last round)");
            for (int i = 0; i < sizes.length; i++) {
                System.out.printf(Locale.ROOT, "%6d MiB %26.0f %9.2fx   %s%n", sizes[i], median(ms[i]), median(ms[i]) / empty, phases[i]);
            }
        } finally {
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String capacity(int mib) { return mib == 0 ? "256m" : (3L * mib + 256) + "m"; }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private Process start(Path data, String capacity, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", launcher.toString(), "--no-shell", "--data", data.toString(), "--deploy", data.resolve("deploy").toString(),
            "--capacity", capacity));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Lines of {@code p} until one contains {@code what} (returned with the others), or the process ends. */
    private static List<String> until(Process p, String what, long timeoutMs) throws IOException {
        List<String> lines = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMs;
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l; (l = r.readLine()) != null; ) {
            lines.add(l);
            if (l.contains(what)) return lines;
            if (System.currentTimeMillis() > deadline) break;
        }
        throw new IOException("no line with '" + what + "': " + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
    }

    private Path prepare(Path data, int mib) throws Exception {
        Files.createDirectories(data);
        String cap = capacity(mib);
        if (mib > 0) {
            Path src = data.resolveSibling(mib + "-ballast.pasm");
            Files.writeString(src, KillHarness.ballastSource(mib));
            Process p = start(data, cap, "--start", src.toString());
            until(p, "ballast held", 600_000);
            p.destroy(); // a clean stop, with its snapshot
            p.waitFor(600, TimeUnit.SECONDS);
        }
        Path ticker = data.resolveSibling(mib + "-ticker.pasm");
        Files.writeString(ticker, TICKER);
        Process p = start(data, cap, "--start", ticker.toString());
        until(p, "tick 100", 120_000);
        Thread.sleep(1500); // a snapshot with the ticker in it is durable
        p.destroyForcibly();
        p.waitFor();
        return data;
    }

    private record Restart(double ms, String phases) {}

    private Restart restart(Path data, String capacity) throws Exception {
        long t0 = System.nanoTime(), wall0 = System.currentTimeMillis();
        Process p = start(data, capacity);
        List<String> lines;
        try {
            lines = until(p, "tick ", 120_000);
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Restart(ms, phases(lines, wall0, wall0 + (long) ms));
    }

    /** From the log lines' clock times: JVM and Felix up, space restored, VM ready, first resumed line. */
    private static String phases(List<String> lines, long wall0, long wallEnd) {
        long first = -1, restored = -1, vm = -1;
        for (String l : lines) {
            long t = clock(l, wall0);
            if (t < 0) continue;
            if (first < 0) first = t;
            if (l.contains("object space") && (l.contains("restored") || l.contains("opened"))) restored = t;
            if (l.contains("VM ready")) vm = t;
        }
        return String.format(Locale.ROOT, "first log line %d ms, space open %d ms, VM ready %d ms, resumed line %d ms",
            first - wall0, restored - wall0, vm - wall0, wallEnd - wall0);
    }

    /** The wall-clock time of a log line starting HH:mm:ss.SSS, on the day of {@code near}; -1 if none. */
    private static long clock(String line, long near) {
        if (line.length() < 12 || line.charAt(2) != ':' || line.charAt(5) != ':' || line.charAt(8) != '.') return -1;
        try {
            java.time.LocalTime t = java.time.LocalTime.parse(line.substring(0, 12));
            java.time.LocalDate day = java.time.Instant.ofEpochMilli(near).atZone(java.time.ZoneId.systemDefault()).toLocalDate();
            return t.atDate(day).atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            return -1;
        }
    }
}
