package phantom.kernel.snapshot;

import static org.junit.Assert.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.space.impl.MappedObjectSpace;

/** A full store abandons the snapshot, keeps the older generations, and the next one catches up. */
public class SnapshotFaultTest {

    @Test public void aFullStoreAbandonsTheSnapshotAndLosesNothing() throws Exception {
        Path d = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "fault");
        try (MappedObjectSpace space = MappedObjectSpace.open(d.resolve("space.mem"), 16L << 20);
             SnapshotStore store = SnapshotStore.open(new phantom.devices.FileBlockStorage(), d.resolve("snapshots.img"), 16L << 20)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            SnapshotEngine.Safepoint now = Runnable::run;
            long small = space.allocate(Ref.NULL, 0, 64);
            space.setLong(small, 0, 1);
            space.setRoot(Roots.FIRST_FREE, small);
            assertEquals(1, engine.take(now));
            long sizeAfterFirst = Files.size(d.resolve("snapshots.img"));

            // 4 MiB of new data does not fit a store limited to its current size plus a little
            long big = space.allocate(Ref.NULL, 0, 4 << 20);
            space.writeBytes(big, 0, new byte[4 << 20], 0, 4 << 20);
            space.setLong(big, 0, 42);
            space.setRoot(Roots.FIRST_FREE + 1, big);
            space.setLong(small, 0, 2);
            store.setMaxBytes(sizeAfterFirst + 64 * SnapshotStore.BLOCK);
            Exception e = assertThrows(Exception.class, () -> engine.take(now));
            assertTrue(e.getMessage(), e.getMessage().contains("snapshot store full"));
            assertEquals("the durable generation is still the first", 1, store.current().number());

            // the system went on; with room again the next snapshot includes everything since generation 1
            store.setMaxBytes(Long.MAX_VALUE);
            space.setLong(small, 0, 3);
            assertEquals(2, engine.take(now));
            Path restored = d.resolve("restored.mem");
            store.restoreInto(store.current(), restored);
            try (MappedObjectSpace r = MappedObjectSpace.open(restored, 16L << 20)) {
                assertEquals(3, r.getLong(r.root(Roots.FIRST_FREE), 0));
                assertEquals(42, r.getLong(r.root(Roots.FIRST_FREE + 1), 0));
            }
            store.restoreInto(store.previous(), restored);
            try (MappedObjectSpace r = MappedObjectSpace.open(restored, 16L << 20)) {
                assertEquals("generation 1 is intact", 1, r.getLong(r.root(Roots.FIRST_FREE), 0));
            }
        }
    }
}
