package phantom.itests;

import static org.junit.Assert.*;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Hashtable;
import java.util.concurrent.CompletableFuture;
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
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.ConfigurationAdmin;

import phantom.api.driver.Console;
import phantom.api.kernel.Scheduler;
import phantom.api.kernel.Snapshotter;
import phantom.api.space.CollectionReport;
import phantom.api.space.Collector;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** The cycle collector in the real system: live update mid-collection, and a cycle held by a blocked thread. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class CycleCollectorSystemTest {

    @Inject BundleContext context;
    @Inject ObjectSpace space;
    @Inject Scheduler scheduler;
    @Inject Snapshotter snapshotter;
    @Inject ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    private void configure(long stepPauseMillis) throws Exception {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("everySnapshots", 0); // only on request in these tests
        p.put("minFreePercent", 0.0);
        p.put("stepPauseMillis", stepPauseMillis);
        configAdmin.getConfiguration("phantom.gc.cycles", "?").update(p);
        Thread.sleep(300); // delivered asynchronously
    }

    private Collector collector() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<Collector> ref = context.getServiceReference(Collector.class);
            if (ref != null && ref.getBundle() != null && ref.getBundle().getState() == Bundle.ACTIVE) {
                Collector c = context.getService(ref);
                if (c != null) return c;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no Collector service");
    }

    /** Builds a ring of {@code n} objects nobody references, as one step no snapshot cuts. */
    private void makeRing(int n) throws InterruptedException {
        scheduler.runAtomically(() -> {
            long head = space.allocate(Ref.NULL, 1, 0), prev = head;
            for (int i = 1; i < n; i++) {
                long o = space.allocate(Ref.NULL, 1, 0);
                space.setRef(prev, 0, o);
                space.release(o);
                prev = o;
            }
            space.setRef(prev, 0, head);
            space.release(head);
        });
    }

    @Test
    public void updatingTheCollectorMidCollectionAbandonsItAndTheNextOneFinishesTheJob() throws Exception {
        configure(20);
        long before = space.stats().liveObjects();
        int n = 300_000;
        makeRing(n);
        assertEquals(before + n, space.stats().liveObjects());
        snapshotter.snapshotAndWait();
        Collector old = collector();
        CompletableFuture<CollectionReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return old.collectNow();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.currentTimeMillis() + 30_000;
        while (!old.state().contains("(freeing)")) {
            assertTrue("the collection never reached its sweep: " + old.state(), System.currentTimeMillis() < deadline);
            Thread.sleep(5);
        }
        Thread.sleep(100); // some frees done, most not

        Bundle b = bundle("phantom.vm.gc.cycles");
        Version next = new Version(b.getVersion().getMajor(), b.getVersion().getMinor(), b.getVersion().getMicro(),
            b.getVersion().getQualifier() + "rebuilt");
        b.update(new ByteArrayInputStream(LiveUpdateTest.rebuild(PhantomOptions.jarOf("phantom.vm.gc.cycles"), next)));
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(Collections.singleton(b),
            ev -> { if (ev.getType() == FrameworkEvent.PACKAGES_REFRESHED) refreshed.countDown(); });
        assertTrue(refreshed.await(60, TimeUnit.SECONDS));

        CollectionReport abandoned = running.get(60, TimeUnit.SECONDS);
        assertEquals(abandoned.summary(), "abandoned", abandoned.outcome());
        assertTrue("it was stopped part way: " + abandoned.summary(), abandoned.freedObjects() < n);
        assertEquals("what it freed is freed whole", before + n - abandoned.freedObjects(), space.stats().liveObjects());

        configure(0);
        Collector renewed = collector();
        ServiceReference<Collector> ref = context.getServiceReference(Collector.class);
        assertEquals("the new collector runs the new build", next, ref.getBundle().getVersion());
        snapshotter.snapshotAndWait();
        CollectionReport r = renewed.collectNow();
        assertEquals(r.summary(), "finished", r.outcome());
        // the ring, and whatever garbage the system itself had left before the test
        long freed = abandoned.freedObjects() + r.freedObjects();
        assertTrue(r.summary(), freed >= n && freed < n + 100);
        assertEquals(before + n - freed, space.stats().liveObjects());
    }

    static final String HOLDER = """
        class Node
        field obj next
        field int value
        method init (OI)V
            oload 1
            oputf next
            iload 0
            iputf value
            ret
        end
        method next ()O
            ogetf next
            oret
        end
        method setNext (O)V
            oload 1
            oputf next
            ret
        end
        method value ()I
            igetf value
            iret
        end

        class Holder
        method main ()V
            ; a two-node cycle that becomes garbage at once
            new Node
            ostore 1
            new Node
            ostore 2
            oload 1
            oload 2
            call Node.setNext (O)V
            oload 2
            oload 1
            call Node.setNext (O)V
            onull
            ostore 1
            onull
            ostore 2
            ; a cycle held only by this frame's local 1
            new Node
            ostore 1
            oload 1
            onull
            iconst 7
            call Node.init (OI)V
            new Node
            ostore 2
            oload 2
            oload 1
            iconst 8
            call Node.init (OI)V
            oload 1
            oload 2
            call Node.setNext (O)V
            onull
            ostore 2
            new tty
            oldc "waiting"
            call tty.println (O)V
            ; blocked here while a snapshot and a collection happen
            new time
            iconst 4000
            call time.sleep (I)V
            new tty
            oldc "kept "
            oload 1
            call Node.value ()I
            box
            call string.concat (O)O
            oldc " "
            call string.concat (O)O
            oload 1
            call Node.next ()O
            call Node.value ()I
            box
            call string.concat (O)O
            oldc " "
            call string.concat (O)O
            oload 1
            call Node.next ()O
            call Node.next ()O
            call Node.value ()I
            box
            call string.concat (O)O
            call tty.println (O)V
            ret
        end
        """;

    @Test
    public void aCycleReachableOnlyFromABlockedThreadsFrameIsKept() throws Exception {
        configure(0);
        VmLiveUpdateTest.Capture console = new VmLiveUpdateTest.Capture();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, 100);
        ServiceRegistration<Console> reg = context.registerService(Console.class, console, props);
        try {
            phantom.api.vm.VirtualMachine vm = context.getService(context.getServiceReference(phantom.api.vm.VirtualMachine.class));
            Path src = Files.createTempFile(Path.of(System.getProperty("phantom.itest.work", "target/work")), "holder", ".pasm");
            Files.writeString(src, HOLDER);
            String cls = (String) vm.getClass().getMethod("loadFile", Path.class).invoke(vm, src);
            vm.start(cls);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!console.out.toString().contains("waiting")) {
                assertTrue("the program did not start: " + console.out, System.currentTimeMillis() < deadline);
                Thread.sleep(10);
            }
            snapshotter.snapshotAndWait();
            CollectionReport r = collector().collectNow();
            assertEquals(r.summary(), "finished", r.outcome());
            assertTrue("the garbage cycle was freed: " + r.summary(), r.freedObjects() >= 2);
            while (!console.out.toString().contains("kept")) {
                assertTrue("the program did not go on: " + console.out, System.currentTimeMillis() < deadline);
                Thread.sleep(20);
            }
            assertTrue(console.out.toString(), console.out.toString().contains("kept 7 8 7"));
        } finally {
            reg.unregister();
        }
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : context.getBundles()) if (bsn.equals(b.getSymbolicName())) return b;
        throw new AssertionError("no bundle " + bsn);
    }
}
