package phantom.kernel.snapshot;

import static org.junit.Assert.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.After;
import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.devices.FileBlockStorage;
import phantom.space.impl.MappedObjectSpace;

/**
 * The store on a real small tmpfs that fills up, and on a file that cannot be written
 * (chattr +i): snapshots fail with the host's message and abandon cleanly, the committed
 * generations stay whole, programs go on, and the next snapshot commits once there is room.
 */
public class RealDiskTest {
    private static final long SPACE = 16L << 20;
    private Path mounted, immutable;

    @After public void cleanUp() throws Exception {
        if (immutable != null) HostFs.immutable(immutable, false);
        HostFs.unmount(mounted);
    }

    @Test public void aFullTmpfsAbandonsSnapshotsUntilThereIsRoomAgain() throws Exception {
        mounted = HostFs.tmpfs("4m");
        Path d = Files.createTempDirectory(Path.of("target"), "fulldisk");
        Path img = mounted.resolve("snapshots.img");
        try (MappedObjectSpace space = MappedObjectSpace.open(d.resolve("space.mem"), SPACE);
             SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), img, SPACE)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            long o = space.allocate(Ref.NULL, 0, 64);
            space.setLong(o, 0, 1);
            space.setRoot(Roots.FIRST_FREE, o);
            assertEquals(1, engine.take(Runnable::run));
            Path filler = HostFs.fill(mounted);
            long big = space.allocate(Ref.NULL, 0, 2 << 20);
            space.writeBytes(big, 0, new byte[2 << 20], 0, 2 << 20);
            space.setLong(big, 0, 42);
            space.setRoot(Roots.FIRST_FREE + 1, big);
            for (int attempt = 0; attempt < 3; attempt++) {
                space.setLong(o, 0, 2 + attempt); // programs go on meanwhile
                IOException e = assertThrows(IOException.class, () -> engine.take(Runnable::run));
                assertTrue(e.getMessage(), e.getMessage().contains("No space left on device"));
                assertEquals("the durable generation is still the first", 1, store.current().number());
            }
            Files.delete(filler); // room again
            assertEquals(2, engine.take(Runnable::run));
        }
        try (SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), img, SPACE)) {
            Path r = d.resolve("restored.mem");
            store.restoreInto(store.current(), r);
            try (MappedObjectSpace s = MappedObjectSpace.open(r, SPACE)) {
                assertEquals(4, s.getLong(s.root(Roots.FIRST_FREE), 0));
                assertEquals(42, s.getLong(s.root(Roots.FIRST_FREE + 1), 0));
            }
            store.restoreInto(store.previous(), r);
            try (MappedObjectSpace s = MappedObjectSpace.open(r, SPACE)) {
                assertEquals("generation 1 is whole", 1, s.getLong(s.root(Roots.FIRST_FREE), 0));
            }
        }
    }

    @Test public void anImmutableStoreIsRefusedForWritingAndStillRestores() throws Exception {
        Path d = Files.createTempDirectory(Path.of("target"), "immutable");
        Path img = d.resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, SnapshotStoreTest.CAP)) {
            SnapshotStore.Writer w = s.begin();
            w.writePage(2, SnapshotStoreTest.page(2));
            w.commit();
        }
        HostFs.immutable(img, true);
        immutable = img;
        IOException e = assertThrows(IOException.class, () -> SnapshotStore.open(new FileBlockStorage(), img, SnapshotStoreTest.CAP));
        assertTrue(e.getMessage(), e.getMessage().contains("Operation not permitted") || e.getMessage().contains("denied"));
        // recovery only reads it
        assertEquals(1, new RecoveryComponent(new FileBlockStorage()).recover(d.resolve("space.mem")));
        assertEquals(2, SnapshotStoreTest.firstLong(d.resolve("space.mem"), 2));
    }
}
