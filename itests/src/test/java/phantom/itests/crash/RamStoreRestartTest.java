package phantom.itests.crash;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Snapshots in RAM: a data directory on a RAM-backed file system (/dev/shm) holds the space and
 * the snapshot store; the counter survives SIGKILL and goes on from its last snapshot (a power
 * cut would lose it: that is the trade-off, documented in the README).
 */
public class RamStoreRestartTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");
    private static final Pattern COUNT = Pattern.compile("count (\\d+)");

    private static Process start(Path data, Path program, List<String> lines) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-jar", LAUNCHER.toString(), "--no-shell", "--web", "off",
            "--data", data.toString(), "--deploy", data.resolve("deploy").toString(), "--capacity", "64m",
            "--snapshot-period", "100"));
        if (program != null) cmd.addAll(List.of("--start", program.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) lines.add(l);
            } catch (IOException e) {
                // killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private static long awaitCount(Process p, List<String> lines, long above) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            for (String l : new ArrayList<>(lines)) {
                Matcher m = COUNT.matcher(l);
                if (m.find() && Long.parseLong(m.group(1)) > above) return Long.parseLong(m.group(1));
            }
            assertTrue("the system is up: " + lines, p.isAlive());
            assertTrue("a count above " + above + " in: " + lines, System.currentTimeMillis() < deadline);
            Thread.sleep(20);
        }
    }

    @Test
    public void aCounterWithItsDataInRamSurvivesSigkill() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue("no /dev/shm on this host", Files.isDirectory(shm) && Files.isWritable(shm));
        Path data = Files.createTempDirectory(shm, "phantom-ram-");
        Path program = Path.of("../examples/counter.pasm").toAbsolutePath();
        try {
            List<String> first = new CopyOnWriteArrayList<>();
            Process p = start(data, program, first);
            long before;
            try {
                awaitCount(p, first, 3);
                Thread.sleep(500); // snapshots every 100 ms
                before = awaitCount(p, first, 3);
            } finally {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            List<String> second = new CopyOnWriteArrayList<>();
            Process q = start(data, null, second);
            try {
                long after = awaitCount(q, second, 0);
                assertTrue("went on from the snapshot (" + before + " before the kill, first count after " + after + "): " + second,
                    after >= before - 2);
            } finally {
                q.destroyForcibly();
                q.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
