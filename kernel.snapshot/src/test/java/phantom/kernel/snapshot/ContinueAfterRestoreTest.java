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
 * After a restore from the store's newest generation, the first snapshot writes only the pages
 * changed since (and the header pages the open rewrote), not every page; the generation it
 * makes restores to the live state, every untouched page shared with the one it came from.
 */
public class ContinueAfterRestoreTest {

    @Test
    public void theFirstSnapshotAfterARestoreWritesOnlyWhatChanged() throws Exception {
        Path d = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "continue");
        long cap = 64L << 20;
        int n = 2000;
        Path first = d.resolve("space.mem"), second = d.resolve("restored.mem"), third = d.resolve("again.mem");
        try (SnapshotStore store = SnapshotStore.open(new phantom.devices.FileBlockStorage(), d.resolve("snapshots.img"), cap)) {
            long g1;
            try (MappedObjectSpace space = MappedObjectSpace.open(first, cap)) {
                SnapshotEngine engine = new SnapshotEngine(space, store);
                space.setSnapshotHook(engine);
                long table = space.allocate(Ref.NULL, n, 0);
                space.setRoot(Roots.FIRST_FREE, table);
                space.release(table);
                for (int i = 0; i < n; i++) {
                    long o = space.allocate(Ref.NULL, 0, 256);
                    space.setLong(o, 0, i);
                    space.setRef(table, i, o);
                    space.release(o);
                }
                g1 = engine.take(Runnable::run);
                assertTrue("the first of a life is full: " + engine.lastPages(), engine.lastPages() > 100);
            } // as if killed: the next life restores
            store.restoreInto(store.current(), second);
            try (MappedObjectSpace space = MappedObjectSpace.open(second, cap)) {
                SnapshotEngine engine = new SnapshotEngine(space, store);
                space.setSnapshotHook(engine);
                engine.continueFrom(g1);
                long table = space.root(Roots.FIRST_FREE);
                space.setLong(space.getRef(table, 7), 0, 7777);
                engine.take(Runnable::run);
                assertTrue("only the changed page, the header pages and little else: " + engine.lastPages(), engine.lastPages() <= 4);
            }
            store.restoreInto(store.current(), third);
            try (MappedObjectSpace space = MappedObjectSpace.open(third, cap)) {
                long table = space.root(Roots.FIRST_FREE);
                for (int i = 0; i < n; i++) assertEquals(i == 7 ? 7777 : i, space.getLong(space.getRef(table, i), 0));
                assertEquals(n + 1, space.stats().liveObjects());
            }
        }
    }
}
