package phantom.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

import phantom.api.driver.Console;
import phantom.api.vm.VirtualMachine;

/**
 * A program runs in the real system (VM, scheduler, internal class bundles); the bundle of an
 * internal class it calls all the time is updated with a new build; the program keeps running
 * and its calls reach the new bundle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class VmLiveUpdateTest {

    @Inject BundleContext context;
    @Inject VirtualMachine vm;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    /** Collects what the program prints. */
    static final class Capture implements Console {
        final StringBuffer out = new StringBuffer();

        @Override public void print(String text) { out.append(text); }

        @Override public String readLine() { return null; }

        int lines() {
            int n = 0;
            for (int i = 0; i < out.length(); i++) if (out.charAt(i) == '\n') n++;
            return n;
        }
    }

    static final String TICKER = """
        class Ticker
        method main ()V
            iconst 0
            istore 0
        loop:
            new tty
            oldc "tick "
            iload 0
            box
            call string.concat (O)O
            call tty.println (O)V
            new time
            iconst 5
            call time.sleep (I)V
            iinc 0 1
            iload 0
            iconst 100000
            if_icmplt loop
            ret
        end
        """;

    @Test
    public void updatingAnInternalClassBundleKeepsTheProgramRunning() throws Exception {
        Capture console = new Capture();
        // ranked above the console driver, so the VM binds this one
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, 100);
        ServiceRegistration<Console> reg = context.registerService(Console.class, console, props);
        try {
            Path src = Files.createTempFile(Path.of(System.getProperty("phantom.itest.work", "target/work")), "ticker", ".pasm");
            Files.writeString(src, TICKER);
            String cls = (String) vm.getClass().getMethod("loadFile", Path.class).invoke(vm, src);
            vm.start(cls);
            waitForLines(console, 20);

            Bundle strings = bundle("phantom.classes.string");
            Version next = new Version(strings.getVersion().getMajor(), strings.getVersion().getMinor(),
                strings.getVersion().getMicro(), strings.getVersion().getQualifier() + "rebuilt");
            strings.update(new ByteArrayInputStream(LiveUpdateTest.rebuild(PhantomOptions.jarOf("phantom.classes.string"), next)));
            CountDownLatch refreshed = new CountDownLatch(1);
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(Collections.singleton(strings),
                ev -> { if (ev.getType() == FrameworkEvent.PACKAGES_REFRESHED) refreshed.countDown(); });
            assertTrue(refreshed.await(30, TimeUnit.SECONDS));
            assertEquals(next, strings.getVersion());
            assertEquals(Bundle.ACTIVE, strings.getState());

            int atUpdate = console.lines();
            waitForLines(console, atUpdate + 20);
            String text = console.out.toString();
            assertTrue("no line was lost or garbled: " + text.substring(0, Math.min(400, text.length())), checkSequence(text));
            assertEquals("the program never died", 1, vm.threads().size());
        } finally {
            reg.unregister();
        }
    }

    /** Every line is "tick N" with N counting up from 0 without a gap. */
    private static boolean checkSequence(String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) if (!lines[i].equals("tick " + i)) return false;
        return true;
    }

    private static void waitForLines(Capture c, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (c.lines() < n) {
            if (System.nanoTime() > deadline) throw new AssertionError("only " + c.lines() + " lines of " + n + ": " + c.out);
            Thread.sleep(10);
        }
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : context.getBundles()) if (bsn.equals(b.getSymbolicName())) return b;
        throw new AssertionError("no bundle " + bsn);
    }
}
