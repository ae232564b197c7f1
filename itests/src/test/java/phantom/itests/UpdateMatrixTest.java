package phantom.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

import phantom.api.driver.Console;
import phantom.api.space.ObjectSpace;
import phantom.api.vm.VirtualMachine;

/**
 * Every core bundle updated in turn (Bundle.update with a rebuilt jar, then a refresh) while
 * the crash workload runs on two threads: after each update both threads go on counting from
 * where they were (no progress lost, no invariant broken, no thread died), and the pause each
 * update caused the program is printed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class UpdateMatrixTest {
    /**
     * Core bundles, in the order they are updated. phantom.api is updated by DeployRestartTest in
     * the real launcher: its refresh restarts every importer, this test's probe too.
     */
    static final List<String> CORE = List.of("phantom.classes.string", "phantom.vm.gc.refcount", "phantom.vm.gc.cycles",
        "phantom.devices", "phantom.drivers.x86.console", "phantom.drivers.x86.storage", "phantom.drivers.x86.network",
        "phantom.vm.interpreter", "phantom.kernel.scheduler", "phantom.kernel.snapshot", "phantom.space", "phantom.system",
        "phantom.deploy");
    private static final Pattern PROGRESS = Pattern.compile("p (\\d+) (\\d+)");

    @Inject BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    /** What the program prints, with the arrival time of each line. */
    static final class Capture implements Console {
        private final StringBuilder partial = new StringBuilder();
        final List<String> lines = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        @Override public synchronized void print(String text) {
            for (char ch : text.toCharArray()) {
                if (ch != '\n') {
                    partial.append(ch);
                    continue;
                }
                lines.add(partial.toString().replaceFirst("^\\[[^\\]]+#\\d+\\] ", "")); // the VM tags lines of several writing threads
                times.add(System.nanoTime());
                partial.setLength(0);
            }
        }

        @Override public String readLine() { return null; }

        synchronized int size() { return lines.size(); }

        /** The last count each thread printed. */
        synchronized Map<String, Long> counts() {
            Map<String, Long> m = new HashMap<>();
            for (String l : lines) {
                Matcher x = PROGRESS.matcher(l);
                if (x.matches()) m.put(x.group(1), Long.parseLong(x.group(2)));
            }
            return m;
        }

        synchronized String broken() {
            for (String l : lines) if (l.contains("BROKEN")) return l;
            return null;
        }

        /** The longest time without output between line {@code from} and the end, in ms. */
        synchronized long longestGapFrom(int from, long startNanos) {
            long gap = 0, prev = startNanos;
            for (int i = from; i < times.size(); i++) {
                gap = Math.max(gap, times.get(i) - prev);
                prev = times.get(i);
            }
            return TimeUnit.NANOSECONDS.toMillis(gap);
        }
    }

    @Test
    public void everyCoreBundleIsUpdatedWhileTheWorkloadRunsAndNoThreadLosesProgress() throws Exception {
        Capture console = new Capture();
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, 100); // above the console driver
        ServiceRegistration<Console> reg = context.registerService(Console.class, console, props);
        StringBuilder report = new StringBuilder("update matrix (carriers parked: the scheduler's handover pause; output gap: longest time without output around the update):\n");
        try {
            VirtualMachine vm = service(VirtualMachine.class);
            Path workload = Path.of("src/test/resources/workload.pasm").toAbsolutePath();
            String cls = (String) vm.getClass().getMethod("loadFile", Path.class).invoke(vm, workload);
            vm.start(cls);
            vm.start(cls);
            waitFor(() -> console.counts().size() == 2, console, "both threads printing");

            int lineAt0 = console.size();
            long idle0 = System.nanoTime();
            Thread.sleep(2000);
            report.append(String.format("  %-30s                      pause %5d ms (no update: the output's own rhythm)%n",
                "(baseline, 2 s)", console.longestGapFrom(lineAt0, idle0)));
            String arch = System.getProperty("os.arch");
            String drivers = arch.equals("amd64") || arch.equals("x86_64") ? "phantom.drivers.x86." : "phantom.drivers.arm.";
            for (String name : CORE) {
                String bsn = name.replace("phantom.drivers.x86.", drivers);
                Bundle b = bundle(bsn);
                Map<String, Long> before = console.counts();
                int lineAt = console.size();
                long t0 = System.nanoTime();
                update(b);
                long updated = System.nanoTime();
                assertEquals(bsn + " is active after its update", Bundle.ACTIVE, waitForActive(b));
                waitFor(() -> advancedPast(console.counts(), before), console, "both threads counting on after " + bsn);
                long pause = console.longestGapFrom(lineAt, t0);
                report.append(String.format("  %-30s update+refresh %5d ms, carriers parked %5s ms, output gap %5d ms%n", bsn,
                    TimeUnit.NANOSECONDS.toMillis(updated - t0), parkedMillis(), pause));
                assertEquals("no broken invariant after " + bsn, null, console.broken());
            }
            VirtualMachine after = service(VirtualMachine.class);
            assertEquals("both threads alive", 2, after.threads().size());
            for (VirtualMachine.ThreadInfo t : after.threads()) assertFalse(t.state(), t.state().equals("failed"));
            ObjectSpace space = service(ObjectSpace.class);
            assertTrue("the space still holds the program", space.stats().liveObjects() > 0);
            System.out.print(report);
        } finally {
            reg.unregister();
        }
    }

    /** The scheduler's own figure for the last handover (an implementation method, read reflectively). */
    private String parkedMillis() {
        try {
            Object sched = service(phantom.api.kernel.Scheduler.class);
            return String.valueOf(sched.getClass().getMethod("lastHandoverPauseMillis").invoke(sched));
        } catch (ReflectiveOperationException | InterruptedException e) {
            return "?";
        }
    }

    private static boolean advancedPast(Map<String, Long> now, Map<String, Long> before) {
        if (now.size() < before.size()) return false;
        for (Map.Entry<String, Long> e : before.entrySet()) {
            Long n = now.get(e.getKey());
            if (n == null || n <= e.getValue()) return false;
        }
        return true;
    }

    private void update(Bundle b) throws Exception {
        Version v = b.getVersion();
        Version next = new Version(v.getMajor(), v.getMinor(), v.getMicro(), v.getQualifier() + "x");
        // as the deploy folder does it: a singleton's new revision starts only after the refresh drops the old one
        b.stop(Bundle.STOP_TRANSIENT);
        b.update(new ByteArrayInputStream(LiveUpdateTest.rebuild(PhantomOptions.jarOf(b.getSymbolicName()), next)));
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(b),
            ev -> { if (ev.getType() == FrameworkEvent.PACKAGES_REFRESHED) refreshed.countDown(); });
        assertTrue("refresh of " + b.getSymbolicName() + " finished", refreshed.await(60, TimeUnit.SECONDS));
        if (b.getState() != Bundle.ACTIVE) b.start();
    }

    private static int waitForActive(Bundle b) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (b.getState() != Bundle.ACTIVE && System.nanoTime() < deadline) Thread.sleep(20);
        return b.getState();
    }

    interface Check { boolean ok() throws Exception; }

    private static void waitFor(Check c, Capture console, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!c.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; last output: " + console.counts()
                    + (console.broken() == null ? "" : " " + console.broken()));
            }
            Thread.sleep(20);
        }
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(context, type, null);
        t.open();
        try {
            T s = t.waitForService(30_000);
            if (s == null) throw new AssertionError("no " + type.getSimpleName() + " service");
            return s;
        } finally {
            t.close();
        }
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : context.getBundles()) if (bsn.equals(b.getSymbolicName())) return b;
        throw new AssertionError("no bundle " + bsn);
    }
}
