package phantom.itests.crash;

import static org.junit.Assert.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * The real system as a process: examples/net-echo.pasm waits in accept, the process is killed
 * with SIGKILL, started again on the same data directory, and a client that connects then is
 * answered by the same thread, which went on from accept (it does not print its start-up line
 * again), on the port the restart opened again.
 */
public class NetRestartTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");

    /** One life of the system and its output lines. */
    private static final class Life implements AutoCloseable {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Life(Path data, Path start) throws IOException {
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

    private static String ask(Socket s, String line) throws IOException {
        s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    @Test
    public void aServerWaitingInAcceptAnswersAfterKillAndRestart() throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path dir = Files.createTempDirectory(work, "net");
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        String src = Files.readString(Path.of("../examples/net-echo.pasm"));
        assertTrue(src.contains("iconst 7777"));
        Path program = dir.resolve("net-echo.pasm");
        Files.writeString(program, src.replace("iconst 7777", "iconst " + port));

        try (Life first = new Life(data, program)) {
            first.await("echo server listening on port " + port);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(10_000);
                assertEquals("echo: before", ask(s, "before"));
            }
            first.await("client gone");
            Thread.sleep(1500); // snapshots every 200 ms: several catch it waiting in accept again
        } // SIGKILL
        assertThrows("the port died with the process", ConnectException.class,
            () -> new Socket(InetAddress.getLoopbackAddress(), port).close());

        try (Life second = new Life(data, null)) {
            second.await("restored generation");
            long deadline = System.currentTimeMillis() + 60_000;
            Socket s = null;
            while (s == null) {
                try {
                    s = new Socket(InetAddress.getLoopbackAddress(), port);
                } catch (ConnectException e) {
                    // not yet: the port opens again when the socket class's restart hook has run
                    assertTrue("the port opens again: " + second.lines, System.currentTimeMillis() < deadline && second.process.isAlive());
                    Thread.sleep(50);
                }
            }
            try (Socket c = s) {
                c.setSoTimeout(10_000);
                assertEquals("echo: after the kill", ask(c, "after the kill"));
            }
            second.await("client 127.0.0.1:");
            assertTrue("the thread went on from accept, not from its start: " + second.lines,
                second.lines.stream().noneMatch(l -> l.contains("listening on port")));
            assertTrue("no thread died: " + second.lines, second.lines.stream().noneMatch(l -> l.contains("died")));
        }
    }
}
