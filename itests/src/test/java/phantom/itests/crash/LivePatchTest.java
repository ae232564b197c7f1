package phantom.itests.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

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
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * A live patch of a running server through the CLI, as a user does it: examples/net-echo.pasm
 * runs in the real system, a client stays connected while {@code ./phantom patch} changes the
 * reply; the patch survives kill -9; a patch that does not verify changes nothing and exits 1;
 * {@code --rollback} brings the old reply back.
 */
public class LivePatchTest {
    private static String ask(Socket s, BufferedReader in, String line) throws IOException {
        s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        return in.readLine();
    }

    /** Runs {@code ./phantom ARGS}; returns its exit code and output. */
    private static Object[] phantom(String... args) throws Exception {
        String[] cmd = new String[args.length + 2];
        cmd[0] = "bash";
        cmd[1] = "../phantom";
        System.arraycopy(args, 0, cmd, 2, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("./phantom " + String.join(" ", args) + " ends", p.waitFor(60, TimeUnit.SECONDS));
        return new Object[] { p.exitValue(), out };
    }

    private static Socket connect(SystemProcess life, int port) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                s.setSoTimeout(15_000);
                return s;
            } catch (ConnectException e) {
                assertTrue("the port opens: " + life.lines, System.currentTimeMillis() < deadline && life.process.isAlive());
                Thread.sleep(50);
            }
        }
    }

    @Test
    public void aConnectedClientGetsTheNewReplyAfterPhantomPatchAndThePatchSurvivesKill9() throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path dir = Files.createTempDirectory(work, "patch");
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        Path program = dir.resolve("net-echo.pasm");
        Files.writeString(program, Files.readString(Path.of("../examples/net-echo.pasm")).replace("iconst 7777", "iconst " + port));
        Path v2 = Path.of("../examples/net-echo-v2.pasm");
        Path bad = dir.resolve("bad.pasm");
        Files.writeString(bad, """
            class Echo
            method reply (O)O
                iadd
                oret
            end
            """);

        try (SystemProcess first = new SystemProcess(data, program)) {
            first.await("echo server listening on port " + port);
            try (Socket c = connect(first, port);
                 BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("echo: one", ask(c, in, "one"));
                Object[] r = phantom("patch", v2.toString(), "--data", data.toString());
                assertEquals(r[1].toString(), 0, r[0]);
                assertTrue(r[1].toString(), r[1].toString().contains("patched Echo to version 2"));
                assertTrue(r[1].toString(), r[1].toString().contains("durable in snapshot generation"));
                Object[] eager = phantom("migrate", "Echo", "--data", data.toString());
                assertEquals(eager[1].toString(), 0, eager[0]);
                assertTrue(eager[1].toString(), eager[1].toString().contains("migrating 1 instance of Echo in the background"));
                // the same connection, the same server thread, the new code (on the instance migrated meanwhile)
                assertEquals("echo v2 #1: two", ask(c, in, "two"));
                Object[] refused = phantom("patch", bad.toString(), "--data", data.toString());
                assertNotEquals(refused[1].toString(), 0, refused[0]);
                assertTrue(refused[1].toString(), refused[1].toString().contains("underflow"));
                assertEquals("a refused patch changed nothing", "echo v2 #2: three", ask(c, in, "three"));
                Object[] again = phantom("patch", v2.toString(), "--data", data.toString());
                assertEquals(again[1].toString(), 0, again[0]);
                assertTrue("the same code twice is no new version: " + again[1], again[1].toString().contains("unchanged"));
            }
        } // SIGKILL

        try (SystemProcess second = new SystemProcess(data, null)) {
            second.await("restored generation");
            try (Socket c = connect(second, port);
                 BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("the patch and the object's count survived the kill", "echo v2 #3: four", ask(c, in, "four"));
                Object[] r = phantom("patch", "--rollback", "Echo", "--data", data.toString());
                assertEquals(r[1].toString(), 0, r[0]);
                assertTrue(r[1].toString(), r[1].toString().contains("Echo"));
                assertEquals("echo: five", ask(c, in, "five"));
            }
            assertTrue("no thread died: " + second.lines, second.lines.stream().noneMatch(l -> l.contains("died")));
        }
    }
}
