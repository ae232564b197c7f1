package phantom.kernel.snapshot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.space.impl.MappedObjectSpace;

/**
 * A snapshot finds the pages written since the last one through the space's summary of groups
 * and super-groups: pages written far apart (in different super-groups of a sparse 4 GiB space)
 * are all in the next generation, nothing else is, and an idle snapshot writes no page.
 */
public class DirtySummaryTest {

    @Test
    public void scatteredWritesAreAllFoundAndAnIdleSnapshotWritesNothing() throws Exception {
        Path d = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "summary");
        long cap = 4L << 30;
        try (MappedObjectSpace space = MappedObjectSpace.open(d.resolve("space.mem"), cap);
             SnapshotStore store = SnapshotStore.open(new phantom.devices.FileBlockStorage(), d.resolve("snapshots.img"), cap)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            int n = 5;
            long table = space.allocate(Ref.NULL, n, 0);
            space.setRoot(Roots.FIRST_FREE, table);
            space.release(table);
            engine.take(Runnable::run); // the first of a life takes every used page: a few, so far
            int big = 600 << 20; // each one in a super-group (1 GiB) of its own or the next
            for (int i = 0; i < n; i++) {
                long o = space.allocate(Ref.NULL, 0, big); // a fresh page run: only its header page is written
                space.setRef(table, i, o);
                space.release(o);
                space.setLong(o, big - 8, 1000 + i); // and one page far from it
            }
            engine.take(Runnable::run);
            long written = engine.lastPages();
            assertTrue("the written pages, and few others (allocator, table): " + written, written >= 2L * n && written <= 2L * n + 8);
            engine.take(Runnable::run);
            assertEquals("an idle snapshot writes nothing", 0, engine.lastPages());

            Path restored = d.resolve("restored.mem");
            store.restoreInto(store.current(), restored);
            try (MappedObjectSpace r = MappedObjectSpace.open(restored, cap)) {
                long t = r.root(Roots.FIRST_FREE);
                for (int i = 0; i < n; i++) assertEquals(1000 + i, r.getLong(r.getRef(t, i), big - 8));
            }
        }
    }
}
