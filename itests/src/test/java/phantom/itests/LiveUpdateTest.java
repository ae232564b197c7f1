package phantom.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;
import org.osgi.util.tracker.ServiceTracker;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Reclaimer;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

/**
 * Replaces a running bundle with a new build (Bundle.update + refresh) and checks that its
 * consumers are rewired to the new service without restarting the framework.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class LiveUpdateTest {

    @Inject BundleContext context;
    @Inject ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    @Test
    public void updatingTheRefcountTierRewiresTheObjectSpace() throws Exception {
        Bundle tier = bundle("phantom.vm.gc.refcount");
        long oldService = boundServiceId("phantom.space.impl.SpaceComponent", "Reclaimer");
        Version next = bumpQualifier(tier.getVersion(), "rebuilt");

        update(tier, PhantomOptions.jarOf("phantom.vm.gc.refcount"), next);

        assertEquals(next, tier.getVersion());
        assertEquals(Bundle.ACTIVE, tier.getState());
        ServiceReference<Reclaimer> ref = waitFor(Reclaimer.class);
        assertEquals("the new Reclaimer comes from the updated bundle", next, ref.getBundle().getVersion());
        long newService = boundServiceId("phantom.space.impl.SpaceComponent", "Reclaimer");
        assertNotEquals("the space was rebound to the new Reclaimer", oldService, newService);
        assertEquals((long) (Long) ref.getProperty("service.id"), newService);

        // and the consumer works through it: garbage is still freed at once
        ObjectSpace space = context.getService(waitFor(ObjectSpace.class));
        long before = space.stats().liveObjects();
        long o = space.allocate(Ref.NULL, 1, 0);
        space.setRef(o, 0, space.allocate(Ref.NULL, 0, 16));
        space.release(space.getRef(o, 0));
        space.release(o);
        assertEquals(before, space.stats().liveObjects());
    }

    @Test
    public void updatingTheSpaceKeepsItsObjectsAndRewiresItsConsumers() throws Exception {
        ObjectSpace space = context.getService(waitFor(ObjectSpace.class));
        long obj = space.allocate(Ref.NULL, 0, 16);
        space.setLong(obj, 0, 0xC0FFEEL);
        space.setRoot(Roots.FIRST_FREE, obj);
        space.release(obj);
        long oldService = boundServiceId("phantom.system.SystemStatus", "space");

        Bundle spaceBundle = bundle("phantom.space");
        Version next = bumpQualifier(spaceBundle.getVersion(), "rebuilt");
        update(spaceBundle, PhantomOptions.jarOf("phantom.space"), next);

        ServiceReference<ObjectSpace> ref = waitFor(ObjectSpace.class);
        assertEquals(next, ref.getBundle().getVersion());
        ObjectSpace reopened = context.getService(ref);
        long kept = reopened.root(Roots.FIRST_FREE);
        assertEquals("the object survived the update at the same address", obj, kept);
        assertEquals(0xC0FFEEL, reopened.getLong(kept, 0));
        long newService = waitForBinding("phantom.system.SystemStatus", "space", oldService);
        assertEquals((long) (Long) ref.getProperty("service.id"), newService);
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : context.getBundles()) if (bsn.equals(b.getSymbolicName())) return b;
        throw new AssertionError("no bundle " + bsn);
    }

    private static Version bumpQualifier(Version v, String tag) {
        return new Version(v.getMajor(), v.getMinor(), v.getMicro(), v.getQualifier() + tag);
    }

    /** Bundle.update with a new build of the jar (its version changed), then a refresh. */
    private void update(Bundle b, Path jar, Version version) throws Exception {
        b.update(new ByteArrayInputStream(rebuild(jar, version)));
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(Collections.singleton(b),
            ev -> { if (ev.getType() == FrameworkEvent.PACKAGES_REFRESHED) refreshed.countDown(); });
        assertTrue("refresh finished", refreshed.await(30, TimeUnit.SECONDS));
    }

    static byte[] rebuild(Path jar, Version version) throws IOException {
        return BundleJars.rebuild(jar, java.util.Map.of("Bundle-Version", version.toString()));
    }

    private <T> ServiceReference<T> waitFor(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(context, type, null);
        t.open();
        try {
            assertNotNull(type.getSimpleName() + " service", t.waitForService(10_000));
            return t.getServiceReference();
        } finally {
            t.close();
        }
    }

    private long boundServiceId(String component, String reference) {
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!d.name.equals(component)) continue;
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                for (SatisfiedReferenceDTO r : c.satisfiedReferences) {
                    if (r.name.equals(reference) && r.boundServices.length == 1) return r.boundServices[0].id;
                }
            }
        }
        return -1;
    }

    private long waitForBinding(String component, String reference, long notThis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long id;
        while ((id = boundServiceId(component, reference)) == notThis || id == -1) {
            if (System.nanoTime() > deadline) throw new AssertionError(component + " was not rebound (" + id + ")");
            Thread.sleep(20);
        }
        return id;
    }
}
