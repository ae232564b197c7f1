package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import phantom.api.kernel.Executor.Outcome;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;
import phantom.vm.code.Verifier;

/**
 * The corpus of hostile programs (src/test/resources/hostile/*.pasm, issue 12). Each file says
 * on an {@code ; expect:} line how it must end: {@code rejected TEXT} (the assembler or the
 * loader refuses it), {@code error TEXT} (the thread dies of an uncaught VM error saying TEXT)
 * or {@code output TEXT} (it finishes having printed TEXT, e.g. after catching the error).
 * Never a Java exception out of the interpreter, never a hang: each runs under a timeout.
 */
@RunWith(Parameterized.class)
public class HostileTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    /** Small limits and a small space, so exhausting each takes a moment, not minutes. */
    static final VmLimits LIMITS = new VmLimits(Verifier.Limits.DEFAULT, 16, 20_000, 1 << 20, 1 << 16, 4 << 20, 0, 0);
    static final long SPACE = 32L << 20;

    @Parameters(name = "{0}")
    public static Collection<Object[]> corpus() throws Exception {
        List<Object[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.filter(f -> f.toString().endsWith(".pasm")).sorted().forEach(f -> out.add(new Object[] { f.getFileName().toString() }));
        }
        return out;
    }

    private final String file;

    public HostileTest(String file) { this.file = file; }

    /** How a program ended: rejected, failed or finished, with the message or output. */
    record Ending(String how, String text) {}

    @Test(timeout = 60_000) public void endsInARejectionOrACleanVmError() throws Exception {
        String source = Files.readString(CORPUS.resolve(file));
        String expect = source.lines().filter(l -> l.startsWith("; expect: ")).findFirst()
            .orElseThrow(() -> new AssertionError(file + " has no '; expect:' line")).substring(10);
        String how = expect.substring(0, expect.indexOf(' ') < 0 ? expect.length() : expect.indexOf(' '));
        String text = expect.substring(how.length()).trim();
        Ending e = runContained(source, LIMITS, SPACE);
        assertEquals(file + ": " + e.text(), how, e.how());
        assertTrue(file + ": expected '" + text + "' in: " + e.text(), e.text().contains(text));
    }

    /** Assembles, loads and runs a source on a fresh VM in another Java thread, with a deadline. */
    static Ending runContained(String source, VmLimits limits, long space) throws Exception {
        ExecutorService ex = Executors.newSingleThreadExecutor();
        try (VmHarness vm = new VmHarness(VmHarness.newSpaceFile(), space, limits)) {
            Future<Ending> f = ex.submit(() -> {
                String main;
                try {
                    main = null;
                    for (ClassFile cf : Assembler.assemble(source)) {
                        vm.rt.loadClass(cf.toBytes());
                        if (cf.methods().stream().anyMatch(m -> m.name().equals("main"))) main = cf.name();
                    }
                } catch (IllegalArgumentException refused) { // AsmException, ClassFormatException
                    return new Ending("rejected", refused.getMessage());
                }
                long thread = vm.rt.newThread(main);
                Interpreter in = new Interpreter(vm.rt);
                while (true) {
                    Outcome o;
                    try {
                        o = in.run(thread, 10_000, () -> false);
                    } catch (Throwable escaped) {
                        throw new AssertionError("a Java exception escaped the interpreter", escaped);
                    }
                    if (o == Outcome.FINISHED) break;
                    if (o == Outcome.BLOCKED) Thread.sleep(1);
                    if (Thread.interrupted()) return new Ending("hung", vm.out.toString());
                }
                int state = vm.rt.threadState(thread);
                vm.space.release(thread);
                String out;
                synchronized (vm.out) { out = vm.out.toString(); }
                if (state == Shapes.FAILED) {
                    assertTrue("a failed thread says why: " + out, out.contains("died: "));
                    return new Ending(out.contains("internal error") ? "died" : "error", out);
                }
                return new Ending("output", out);
            });
            try {
                return f.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException hang) {
                f.cancel(true);
                return new Ending("hung", "no end after 30 s");
            } catch (java.util.concurrent.ExecutionException failed) {
                if (failed.getCause() instanceof AssertionError a) throw a;
                throw new AssertionError("a Java exception escaped the VM", failed.getCause());
            }
        } finally {
            ex.shutdownNow();
        }
    }
}
