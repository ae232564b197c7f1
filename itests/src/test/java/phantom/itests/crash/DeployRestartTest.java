package phantom.itests.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The deploy folder in the real launcher, with the crash workload running: a dropped build of
 * an internal class and of the API bundle each update the running system in place while the
 * threads go on counting; after SIGKILL the restart runs the deployed build from the start and
 * the threads continue; removing the jar returns to the shipped build, dropping it again updates
 * in place again, and a removed build stays removed across a restart; an incompatible drop is
 * refused and changes nothing.
 */
public class DeployRestartTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");
    private static final Path BUNDLES = Path.of("../bundles/launcher/target/phantom/bundles");
    private static final Pattern PROGRESS = Pattern.compile("p (\\d+) (\\d+)");

    /** One life of the system and its output lines. */
    private static final class Life implements AutoCloseable {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Life(Path data, Path deploy, Path start) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-jar", LAUNCHER.toString(), "--no-shell", "--web", "off",
                "--data", data.toString(), "--deploy", deploy.toString(), "--capacity", "256m", "--snapshot-period", "200"));
            if (start != null) cmd.addAll(List.of("--start", start.toString(), "--threads", "2"));
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) lines.add(l.replaceFirst("^\\[[^\\]]+#\\d+\\] ", "")); // the VM tags lines of several writing threads
                } catch (IOException e) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        int await(Predicate<String> p, String what) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                for (int i = 0; i < lines.size(); i++) if (p.test(lines.get(i))) return i;
                assertTrue("the system is up: " + tail(), process.isAlive());
                assertTrue("expected " + what + " in: " + tail(), System.currentTimeMillis() < deadline);
                Thread.sleep(20);
            }
        }

        void await(String text) throws InterruptedException { await(l -> l.contains(text), "'" + text + "'"); }

        /** Waits until every thread printed a count above {@code floor} after line {@code from}. */
        void awaitProgress(int from, long floor, String after) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                java.util.Map<String, Long> seen = new java.util.HashMap<>();
                for (int i = from; i < lines.size(); i++) {
                    Matcher m = PROGRESS.matcher(lines.get(i));
                    if (m.find() && Long.parseLong(m.group(2)) > floor) seen.put(m.group(1), Long.parseLong(m.group(2)));
                }
                if (seen.size() >= 2) return;
                assertTrue("the system is up: " + tail(), process.isAlive());
                assertTrue("both threads count past " + floor + " after " + after + ": " + tail(), System.currentTimeMillis() < deadline);
                Thread.sleep(20);
            }
        }

        long maxCount() {
            long max = -1;
            for (String l : lines) {
                Matcher m = PROGRESS.matcher(l);
                if (m.find()) max = Math.max(max, Long.parseLong(m.group(2)));
            }
            return max;
        }

        String tail() {
            List<String> copy = new ArrayList<>(lines);
            return String.join("\n", copy.subList(Math.max(0, copy.size() - 40), copy.size()));
        }

        @Override public void close() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    public void deployedBuildsUpdateInPlaceSurviveKillAndRollBackOnRemoval() throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path dir = Files.createTempDirectory(work, "deploy");
        Path data = dir.resolve("data");
        Path deploy = dir.resolve("deploy");
        Files.createDirectories(deploy);
        Path workload = Path.of("src/test/resources/workload.pasm").toAbsolutePath();

        long beforeKill;
        try (Life first = new Life(data, deploy, workload)) {
            first.await("phantom: running");
            first.awaitProgress(0, 0, "the start");

            drop(deploy, "string.jar", rebuild("phantom.classes.string", "9.0.0.deployed", null));
            int at = first.await(l -> l.contains("updated phantom.classes.string") && l.contains("9.0.0.deployed"), "the string update");
            first.awaitProgress(at, first.maxCount(), "the string update");

            // the drop that once ran a second snapshotter beside the first and destroyed the space
            drop(deploy, "snapshot.jar", rebuild("phantom.kernel.snapshot", "9.0.0.deployed", null));
            at = first.await(l -> l.contains("updated phantom.kernel.snapshot") && l.contains("9.0.0.deployed"), "the snapshot update");
            first.awaitProgress(at, first.maxCount(), "the snapshot update");

            drop(deploy, "api.jar", rebuild("phantom.api", "0.1.0.deployed", null));
            at = first.await(l -> l.contains("updated phantom.api") && l.contains("0.1.0.deployed"), "the API update");
            first.awaitProgress(at, first.maxCount(), "the API update (every bundle restarted in place)");
            // the boot program (--start) once started again at every VM activation, so each update added threads
            assertTrue("the boot program was not started again by the updates: " + first.tail(),
                first.lines.stream().noneMatch(l -> l.contains("started thread 3")));

            // a build that needs an API the system does not have: refused, the running one kept
            drop(deploy, "tty.jar", rebuild("phantom.classes.tty", "9.9.9.incompatible", "phantom.api.classes;version=\"[42.0,43)\""));
            at = first.await(l -> l.contains("refused phantom.classes.tty 9.9.9.incompatible"), "the refusal");
            first.awaitProgress(at, first.maxCount(), "the refusal");
            Files.delete(deploy.resolve("tty.jar"));

            Thread.sleep(1500); // snapshots every 200 ms
            beforeKill = first.maxCount();
        } // SIGKILL

        try (Life second = new Life(data, deploy, null)) {
            second.await("phantom: phantom.classes.string from the deploy folder (string.jar)");
            second.await("phantom: phantom.api from the deploy folder (api.jar)");
            second.await("phantom: phantom.kernel.snapshot from the deploy folder (snapshot.jar)");
            second.await("restored generation");
            second.await("phantom: running");
            // at once: a jar in force since the start is rolled back even before the watcher's second look
            Files.delete(deploy.resolve("string.jar"));
            second.awaitProgress(0, beforeKill - 20_000, "the restart");
            assertTrue("the threads went on from the snapshot, not from zero: " + second.tail(),
                firstCount(second) > beforeKill / 2);
            int at = second.await(l -> l.contains("string.jar removed") && l.contains("returned to the shipped build"), "the rollback");
            second.awaitProgress(at, second.maxCount(), "the rollback");

            // drop again: the same in-place update, then away again before the kill
            drop(deploy, "string.jar", rebuild("phantom.classes.string", "9.0.1.again", null));
            at = second.await(l -> l.contains("updated phantom.classes.string") && l.contains("9.0.1.again"), "the second drop");
            second.awaitProgress(at, second.maxCount(), "the second drop");
            Files.delete(deploy.resolve("string.jar"));
            at = second.await(l -> l.contains("string.jar removed") && l.contains("9.0.1.again ->"), "the second rollback");
            second.awaitProgress(at, second.maxCount(), "the second rollback");
            Thread.sleep(1000);
        }

        try (Life third = new Life(data, deploy, null)) {
            third.await("restored generation");
            third.awaitProgress(0, 0, "the second restart");
            assertTrue("the removed build is not installed at start: " + third.tail(),
                third.lines.stream().noneMatch(l -> l.contains("phantom.classes.string from the deploy folder")));
            third.await("phantom: phantom.api from the deploy folder (api.jar)");
            assertEquals("no thread died", 0, third.lines.stream().filter(l -> l.contains("died") || l.contains("BROKEN")).count());
        }
    }

    private static long firstCount(Life l) {
        for (String s : l.lines) {
            Matcher m = PROGRESS.matcher(s);
            if (m.find()) return Long.parseLong(m.group(2));
        }
        return -1;
    }

    private static Path shipped(String bsn) throws IOException {
        try (var s = Files.list(BUNDLES)) {
            for (Path p : s.toList()) {
                try (JarInputStream in = new JarInputStream(Files.newInputStream(p))) {
                    Manifest m = in.getManifest();
                    String h = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
                    if (h != null && h.split(";")[0].trim().equals(bsn)) return p;
                }
            }
        }
        throw new AssertionError("no shipped build of " + bsn + " in " + BUNDLES);
    }

    /** The shipped build of {@code bsn} with another version and, if given, another Import-Package. */
    private static byte[] rebuild(String bsn, String version, String imports) throws IOException {
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Bundle-Version", version);
        if (imports != null) headers.put("Import-Package", imports);
        return phantom.itests.BundleJars.rebuild(shipped(bsn), headers);
    }

    private static void drop(Path deploy, String name, byte[] jar) throws IOException {
        Path tmp = deploy.resolve("." + name + ".tmp");
        Files.write(tmp, jar);
        Files.move(tmp, deploy.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
