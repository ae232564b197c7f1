package phantom.itests.crash;

import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** One life of the real system as a process (the launcher jar, no shell) and its output lines; closing it is SIGKILL. */
final class SystemProcess implements AutoCloseable {
    static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");

    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();

    SystemProcess(Path data, Path start) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-jar", LAUNCHER.toString(), "--no-shell", "--web", "off",
            "--data", data.toString(), "--deploy", data.resolve("deploy").toString(),
            "--capacity", "256m", "--snapshot-period", "200"));
        if (start != null) cmd.addAll(List.of("--start", start.toString()));
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

    void await(String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (lines.stream().noneMatch(l -> l.contains(text))) {
            assertTrue("the system is up: " + lines, process.isAlive());
            assertTrue("expected '" + text + "' in: " + lines, System.currentTimeMillis() < deadline);
            Thread.sleep(20);
        }
    }

    @Override public void close() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }
}
