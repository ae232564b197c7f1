package phantom.kernel.snapshot;

import static org.junit.Assert.*;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.After;
import org.junit.Test;
import org.osgi.framework.BundleContext;

import phantom.api.kernel.Scheduler;
import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.api.space.SpaceRecovery;
import phantom.devices.FileBlockStorage;
import phantom.space.impl.MappedObjectSpace;

/**
 * The snapshot component on a store that cannot be written (chattr +i): it starts anyway, says
 * snapshots cannot be made, programs go on, and once the store can be written the next
 * snapshot commits (before, the component failed to activate and the system ran with no
 * snapshots at all).
 */
public class UnwritableStoreTest {
    private Path immutable;

    @After public void cleanUp() throws Exception {
        if (immutable != null) HostFs.immutable(immutable, false);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, m, a) -> answer.apply(m.getName(), a));
    }

    private static void set(Object o, String field, Object value) throws Exception {
        Field f = o.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, value);
    }

    @Test public void snapshotsResumeWhenTheStoreCanBeWrittenAgain() throws Exception {
        Path d = Files.createTempDirectory(Path.of("target"), "unwritable");
        Path img = d.resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, 16L << 20)) {
            SnapshotStore.Writer w = s.beginFresh();
            w.writePage(0, SnapshotStoreTest.page(0));
            w.commit();
        }
        HostFs.immutable(img, true);
        immutable = img;
        try (MappedObjectSpace space = MappedObjectSpace.open(d.resolve("space.mem"), 16L << 20)) {
            SnapshotComponent c = new SnapshotComponent();
            c.bindSpace(space, Map.of(SpaceRecovery.ORIGIN_PROPERTY, "clean"));
            set(c, "storage", new FileBlockStorage());
            set(c, "scheduler", proxy(Scheduler.class, (m, a) -> {
                if (m.equals("atSafepoint")) ((Runnable) a[0]).run();
                return null;
            }));
            Map<String, String> props = Map.of("phantom.data", d.toString());
            BundleContext ctx = proxy(BundleContext.class, (m, a) -> m.equals("getProperty") ? props.get((String) a[0]) : null);
            SnapshotComponent.Config config = proxy(SnapshotComponent.Config.class, (m, a) -> m.equals("period") ? 0L : null);
            c.activate(ctx, config);
            space.setSnapshotHook(c);
            long o = space.allocate(Ref.NULL, 0, 64);
            space.setRoot(Roots.FIRST_FREE, o);
            assertTrue(c.status(), c.status().contains("SNAPSHOTS CANNOT BE MADE"));
            IllegalStateException e = assertThrows(IllegalStateException.class, c::snapshotAndWait);
            assertTrue(e.getMessage(), e.getMessage().contains("cannot be opened for writing"));
            assertEquals(-1, c.lastDurableGeneration());
            space.setLong(o, 0, 7); // programs go on

            HostFs.immutable(img, false);
            immutable = null;
            assertEquals("the next snapshot commits", 2, c.snapshotAndWait());
            assertFalse(c.status(), c.status().contains("CANNOT"));
            c.deactivate();
        }
    }
}
