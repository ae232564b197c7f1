package phantom.launcher;

import static org.junit.Assert.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/** Bad command lines and bad data directories: one line on stderr, a non-zero exit, no trace. */
public class MainTest {

    private static final class Run {
        final int code;
        final String out;
        final String err;

        Run(String... args) {
            ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
            code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }

        void assertOneLineError(int expectedCode, String fragment) {
            assertEquals(err, expectedCode, code);
            assertTrue(err, err.startsWith("phantom: ") && err.contains(fragment));
            assertEquals("exactly one line: " + err, 1, err.strip().split("\n").length);
            assertFalse(err.contains("Exception"));
        }
    }

    @Test public void unknownOptionsAreRefusedInOneLine() {
        new Run("--frobnicate").assertOneLineError(2, "unknown option '--frobnicate'");
        new Run("stray").assertOneLineError(2, "unexpected argument 'stray'");
        new Run("--data").assertOneLineError(2, "--data needs a value");
        new Run("--capacity", "lots").assertOneLineError(2, "not a size: 'lots'");
        new Run("--no-shell=yes").assertOneLineError(2, "takes no value");
    }

    @Test public void helpPrintsUsage() {
        Run r = new Run("--help");
        assertEquals(0, r.code);
        assertTrue(r.out.contains("usage: phantom"));
    }

    @Test public void helpListsEverySubcommandAndTheExitCodes() {
        Run r = new Run("--help");
        for (String cmd : new String[] { "phantom run", "asm", "disasm", "test", "build", "crash-test", "bench", "--version", "exit codes" }) {
            assertTrue(cmd + " in " + r.out, r.out.contains(cmd));
        }
    }

    @Test public void versionPrintsOneLine() {
        Run r = new Run("--version");
        assertEquals(0, r.code);
        assertTrue(r.out, r.out.startsWith("phantom ") && r.out.contains("Java "));
        assertEquals(1, r.out.strip().split("\n").length);
    }

    /** Issue 18: a capacity too small to boot the VM left `./phantom run` waiting forever; now it is a usage error. */
    @Test public void tooSmallCapacityIsAUsageErrorNotAHang() {
        new Run("--capacity", "64k").assertOneLineError(2, "too small");
        new Run("--capacity", "1m").assertOneLineError(2, "at least 16m");
        new Run("--capacity", "16777217").assertOneLineError(2, "multiple of 4k");
        new Run("--capacity", "99999999999t").assertOneLineError(2, "too large");
        new Run("--log-level", "loud").assertOneLineError(2, "--log-level");
        new Run("--web", "http").assertOneLineError(2, "--web");
        new Run("--web", "70000").assertOneLineError(2, "--web: '70000' is not a port");
    }

    @Test public void webConsoleOptions() throws Exception {
        Options o = Options.parse();
        assertNull("the default: 8080, off with --run", o.web);
        assertEquals("127.0.0.1", o.webHost);
        o = Options.parse("--web", "9090", "--web-host=0.0.0.0");
        assertEquals("9090", o.web);
        assertEquals("0.0.0.0", o.webHost);
        assertEquals("off", Options.parse("--web=off").web);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertFalse("a port in use: the system boots without the web console", Main.portFree("127.0.0.1", taken.getLocalPort()));
        }
        assertFalse(Main.portFree("no-such-host.invalid", 8080));
    }

    @Test public void optionsParse() throws Exception {
        Options o = Options.parse("--data", "/tmp/x", "--deploy=/tmp/d", "--capacity", "16g", "--no-shell", "--open-as-is");
        assertTrue(o.openAsIs);
        assertFalse(Options.parse().openAsIs);
        assertEquals(Path.of("/tmp/x"), o.data);
        assertEquals(Path.of("/tmp/d"), o.deploy);
        assertEquals("16g", o.capacity);
        assertFalse(o.shell);
    }

    @Test public void aDataDirectoryThatIsAFileIsRefusedInOneLine() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path file = Files.createTempFile(Path.of("target"), "not-a-dir", ".txt");
        System.setProperty("phantom.home", Files.createTempDirectory(Path.of("target"), "home").toString());
        Files.createDirectories(Path.of(System.getProperty("phantom.home")).resolve("bundles"));
        try {
            new Run("--data", file.toString()).assertOneLineError(1, "data directory");
            new Run("--data", file.resolve("sub").toString()).assertOneLineError(1, "cannot create data directory");
        } finally {
            System.clearProperty("phantom.home");
        }
    }

    /** The bug: without a console the JLine shell printed a warning and its profile's stack trace in every run. */
    @Test public void theShellBundleStartsOnlyWithAConsole() {
        assertFalse(Main.startsWith("org.apache.felix.gogo.jline", false));
        assertTrue(Main.startsWith("org.apache.felix.gogo.jline", true));
        assertTrue(Main.startsWith("org.apache.felix.gogo.runtime", false));
        assertFalse("no HTTP service with the web console off", Main.startsWith("org.apache.felix.http.jetty", true, false));
        assertTrue(Main.startsWith("org.apache.felix.http.jetty", false, true));
    }

    @Test public void aSpaceLockedByAnotherProcessIsRefusedEvenWithoutTheLockFile() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "data");
        Path space = Files.write(data.resolve("space.mem"), new byte[8192]);
        System.setProperty("phantom.home", Files.createTempDirectory(Path.of("target"), "home").toString());
        Files.createDirectories(Path.of(System.getProperty("phantom.home")).resolve("bundles"));
        try (LockingProcess other = new LockingProcess(space)) {
            // the running system's .lock was deleted: the space's own OS lock still refuses
            new Run("--data", data.toString()).assertOneLineError(1, "in use by another Phantom process (space.mem is locked)");
            assertFalse("the framework never started", Files.exists(data.resolve("felix-cache")));
        } finally {
            System.clearProperty("phantom.home");
        }
    }

    @Test public void startLevelsPutLoggingFirstAndPhantomLast() {
        assertEquals(Main.LEVEL_LOGGING, Main.startLevel("slf4j.simple"));
        assertEquals(Main.LEVEL_LOGGING, Main.startLevel("org.apache.aries.spifly.dynamic.bundle"));
        assertEquals(Main.LEVEL_LOGGING, Main.startLevel("phantom.logging"));
        assertEquals(Main.LEVEL_PLATFORM, Main.startLevel("org.apache.felix.scr"));
        assertEquals(Main.LEVEL_PHANTOM, Main.startLevel("phantom.space"));
        assertTrue(Main.startLevel("phantom.kernel.snapshot") < Main.startLevel("phantom.space"));
        // recovery reads the snapshot store through the block-storage driver before the space opens
        assertTrue(Main.startLevel("phantom.drivers.x86.storage") < Main.startLevel("phantom.space"));
        assertTrue(Main.startLevel("phantom.devices") < Main.startLevel("phantom.space"));
    }
}
