package phantom.itests.crash;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutator throughput of the crash workload (3 threads, snapshots every 200 ms, a 64-node ring
 * of cyclic garbage per thread every 64 steps) with the cycle collector running after every 3
 * snapshots, against the same run with it off. Alternates the two, {@code rounds} times each,
 * {@code seconds} per run; prints steps per second and the ratio. Part of {@code ./phantom bench gc}.
 */
public final class GcThroughputBench {
    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]), workload = Path.of(args[1]);
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15, rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        double on = 0, off = 0;
        for (int i = 0; i < rounds; i++) {
            double a = run(launcher, workload, seconds, true);
            double b = run(launcher, workload, seconds, false);
            System.out.printf("  round %d: with the collector %.0f steps/s, without %.0f steps/s%n", i + 1, a, b);
            on += a;
            off += b;
        }
        System.out.printf("mutator throughput (crash workload): with the collector %.0f steps/s, without %.0f steps/s; ratio %.2f%n",
            on / rounds, off / rounds, on / off);
    }

    /** Steps per second of the three workload threads together, between their first and last reports. */
    private static double run(Path launcher, Path workload, int seconds, boolean gc) throws Exception {
        Path data = Files.createTempDirectory("phantom-gcbench");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
            "--enable-native-access=ALL-UNNAMED", "-jar", launcher.toString(), "--no-shell", "--web", "off", "--data", data.toString(),
            "--deploy", data.resolve("deploy").toString(), "--capacity", "4g", "--snapshot-period", "200",
            "--gc-every", gc ? "3" : "0", "--start", workload.toString(), "--threads", "3"))
            .redirectErrorStream(true).start();
        Map<String, long[]> firstLast = new HashMap<>(); // thread -> {first count, first time, last count, last time}
        int collections = 0;
        long end = System.currentTimeMillis() + seconds * 1000L;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (System.currentTimeMillis() < end && (line = r.readLine()) != null) {
                if (line.contains("gc of generation") && line.contains("finished")) collections++;
                line = line.replaceFirst("^\\[[^\\]]+#\\d+\\] ", "");
                if (!line.startsWith("p ")) continue;
                String[] f = line.split(" ");
                long now = System.nanoTime(), count = Long.parseLong(f[2]);
                long[] v = firstLast.computeIfAbsent(f[1], k -> new long[] { count, now, count, now });
                v[2] = count;
                v[3] = now;
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        double rate = 0;
        for (long[] v : firstLast.values()) if (v[3] > v[1]) rate += (v[2] - v[0]) / ((v[3] - v[1]) / 1e9);
        if (gc) System.out.println("  (" + collections + " collections finished in " + seconds + " s)");
        return rate;
    }
}
