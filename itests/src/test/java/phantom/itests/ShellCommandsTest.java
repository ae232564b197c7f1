package phantom.itests;

import static org.junit.Assert.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import phantom.api.driver.Console;

/**
 * Issue 18: the project's shell commands as a user types them, through Gogo's
 * CommandProcessor in the real system: descriptions, thread control, the log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class ShellCommandsTest {

    @Inject BundleContext context;
    @Inject CommandProcessor processor;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    static final String TICKER = """
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
            iconst 20
            call time.sleep (I)V
            goto loop
        end
        """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private CommandSession session() {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        return processor.createSession(new ByteArrayInputStream(new byte[0]), ps, ps);
    }

    /** Runs a command line as the shell does; returns its value as text (what the shell prints). */
    private static String run(CommandSession s, String line) throws Exception {
        Object r = s.execute(line);
        return r == null ? "" : String.valueOf(r);
    }

    /** Collects what programs print. */
    static final class Capture implements Console {
        final StringBuffer text = new StringBuffer();

        @Override public void print(String t) { text.append(t); }

        @Override public String readLine() { return null; }

        int lines() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
            return n;
        }
    }

    private ServiceRegistration<Console> capture(Capture c) {
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, 100); // above the console driver
        return context.registerService(Console.class, c, props);
    }

    private static Path source() throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path src = Files.createTempFile(work, "ticker", ".pasm");
        Files.writeString(src, TICKER);
        return src;
    }

    private static void waitFor(java.util.function.BooleanSupplier cond, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    @Test
    public void everyProjectCommandHasADescription() throws Exception {
        CommandSession s = session();
        String help = run(s, "phantom:help");
        for (String cmd : new String[] { "vm:run <FILE>", "vm:threads", "vm:kill <ID>", "vm:suspend <ID>", "vm:resume <ID>",
            "vm:priority <ID> <PRIORITY>", "log:tail <N>", "log:level <LEVEL> <PREFIX>", "snapshot:take", "gc:gc", "phantom:status",
            "deploy:status" }) {
            assertTrue(cmd + " in\n" + help, help.contains(cmd));
        }
        for (String line : help.split("\n")) {
            if (line.startsWith("Gogo's own")) continue;
            assertTrue("a description: " + line, line.matches("\\S+( \\[--[a-z-]+\\])*( <[A-Z]+>)* +[a-z].{10,}"));
        }
        // one command: its forms, what it does, each parameter
        String one = run(s, "phantom:help vm:priority");
        assertTrue(one, one.contains("vm:priority <ID> <PRIORITY>"));
        assertTrue(one, one.contains("set a thread's priority class"));
        assertTrue(one, one.contains("PRIORITY: normal, realtime or idle"));
        assertEquals(one, run(s, "phantom:help priority"));
        assertTrue(run(s, "phantom:help lb").contains("felix:help lb"));
    }

    @Test
    public void threadsCanBeListedSuspendedResumedReprioritisedAndKilled() throws Exception {
        Capture console = new Capture();
        ServiceRegistration<Console> reg = capture(console);
        try {
            CommandSession s = session();
            String started = run(s, "vm:run " + source());
            assertTrue(started, started.matches("started Ticker as thread \\d+"));
            String id = started.substring(started.lastIndexOf(' ') + 1);
            waitFor(() -> console.lines() >= 5, "5 ticks");

            String threads = run(s, "vm:threads");
            assertTrue(threads, threads.contains("Ticker#" + id));
            assertTrue(threads, threads.contains("Ticker.main()V (line "));
            assertTrue(threads, threads.contains("normal"));

            assertEquals("thread " + id + " suspended", run(s, "vm:suspend " + id));
            assertTrue(run(s, "vm:threads"), run(s, "vm:threads").contains("suspended"));
            Thread.sleep(100); // a slice that was running ends
            int frozen = console.lines();
            Thread.sleep(300);
            assertEquals("a suspended thread prints nothing", frozen, console.lines());

            assertEquals("thread " + id + " resumed", run(s, "vm:resume " + id));
            waitFor(() -> console.lines() >= frozen + 5, "ticks after resume");

            assertEquals("thread " + id + " priority idle", run(s, "vm:priority " + id + " idle"));
            assertTrue(run(s, "vm:threads"), run(s, "vm:threads").contains("idle"));

            assertEquals("thread " + id + " killed", run(s, "vm:kill " + id));
            waitFor(() -> !run0(s, "vm:threads").contains("Ticker#" + id), "the killed thread to go");
            assertTrue(console.text.toString(), console.text.toString().contains("thread " + id + " (Ticker#" + id + ") killed"));
        } finally {
            reg.unregister();
        }
    }

    /** A bug found on the way: an unknown thread id was a Java exception trace; it is one line naming the id. */
    @Test
    public void unknownThreadIdIsAClearError() throws Exception {
        CommandSession s = session();
        try {
            run(s, "vm:kill 999");
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("no thread 999 (vm:threads lists them)", e.getMessage());
        }
    }

    @Test
    public void logTailShowsRecentLinesAndLevelsChangeAtRunTime() throws Exception {
        CommandSession s = session();
        String tail = run(s, "log:tail 200");
        assertTrue(tail, tail.contains("VM ready"));
        assertTrue(run(s, "log:tail 200 info VM"), run(s, "log:tail 200 info VM").contains("VM ready"));
        assertEquals("phantom.vm: debug", run(s, "log:level debug phantom.vm"));
        assertTrue(run(s, "log:level"), run(s, "log:level").contains("phantom.vm: debug"));
        assertTrue(org.slf4j.LoggerFactory.getLogger("phantom.vm.impl.X").isDebugEnabled());
        assertFalse(org.slf4j.LoggerFactory.getLogger("phantom.kernel.X").isDebugEnabled());
        // the bug: felix:log said the log reader was unavailable; the OSGi reader now serves the same records
        assertNotNull("a LogReaderService for felix:log", context.getServiceReference("org.osgi.service.log.LogReaderService"));
    }

    private static String run0(CommandSession s, String line) {
        try {
            return run(s, line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
