package phantom.kernel.snapshot;

import static org.junit.Assert.*;
import static phantom.kernel.snapshot.SnapshotStoreTest.*;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.space.NoUsableGenerationException;
import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.devices.FileBlockStorage;
import phantom.space.impl.MappedObjectSpace;

/**
 * Recovery never makes things worse: a generation is restored whole or not at all, a damaged
 * one falls back to the older one whole, and when neither is whole the space file is left as
 * it was and the caller is told what was found. The first snapshot after a fallback shares
 * nothing with the damaged generation and is written over it, never over the good one.
 */
public class RecoveryTest {
    private static final long SPACE = 16L << 20;

    private static void flip(Path file, long offset) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0x5A);
        }
    }

    private static long longAt(Path file, long offset) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(offset);
            return Long.reverseBytes(f.readLong());
        }
    }

    private static long blockOf(SnapshotStore s, SnapshotStore.Generation g, long page) throws Exception {
        return s.mapPage(g, (int) (page / SnapshotStore.PER_MAP)).getLong((int) (page % SnapshotStore.PER_MAP) * SnapshotStore.ENTRY);
    }

    @Test public void aBadBlockSharedByBothGenerationsRefusesAndLeavesTheSpaceAsItWas() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        long shared;
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            for (int p = 0; p < 10; p++) w.writePage(p, page(p));
            w.commit();
            SnapshotStore.Writer w2 = s.begin();
            w2.writePage(7, page(70));
            w2.commit();
            shared = blockOf(s, s.current(), 5);
            assertEquals("page 5 is shared", shared, blockOf(s, s.previous(), 5));
        }
        flip(img, shared * SnapshotStore.BLOCK + 99);
        Path space = d.resolve("space.mem");
        byte[] torn = "what the kill left".repeat(1000).getBytes();
        Files.write(space, torn);
        NoUsableGenerationException e = assertThrows(NoUsableGenerationException.class,
            () -> new RecoveryComponent(new FileBlockStorage()).recover(space));
        assertFalse(e.nothingStored());
        assertTrue(e.getMessage(), e.getMessage().contains("generation 2 is damaged") && e.getMessage().contains("generation 1 is damaged"));
        assertTrue(e.getMessage(), e.getMessage().contains("page 5"));
        assertArrayEquals("the space file is left as it was", torn, Files.readAllBytes(space));
    }

    @Test public void bothSuperblocksBadIsNoUsableGenerationNotAnEmptyStore() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, CAP)) {
            for (int g = 0; g < 2; g++) {
                SnapshotStore.Writer w = s.begin();
                w.writePage(0, page(g));
                w.commit();
            }
        }
        flip(img, 20);
        flip(img, SnapshotStore.BLOCK + 20);
        NoUsableGenerationException e = assertThrows(NoUsableGenerationException.class,
            () -> new RecoveryComponent(new FileBlockStorage()).recover(d.resolve("space.mem")));
        assertFalse("a damaged store is not a new one", e.nothingStored());
        assertTrue(e.getMessage(), e.getMessage().contains("bad checksum"));
        assertFalse(Files.exists(d.resolve("space.mem")));
    }

    @Test public void aStoreThatNeverCommittedSaysSo() throws Exception {
        Path d = dir();
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), d.resolve("snapshots.img"), CAP)) {
            SnapshotStore.Writer torn = s.begin();
            torn.writePage(3, page(3)); // killed before the first commit
        }
        NoUsableGenerationException e = assertThrows(NoUsableGenerationException.class,
            () -> new RecoveryComponent(new FileBlockStorage()).recover(d.resolve("space.mem")));
        assertTrue(e.getMessage(), e.nothingStored());
    }

    @Test public void aFallbackIsWholeAndTheNextSnapshotKeepsTheGoodGenerationAndMixesNothingIn() throws Exception {
        Path d = dir();
        Path file = d.resolve("space.mem"), img = d.resolve("snapshots.img");
        long late;
        try (MappedObjectSpace space = MappedObjectSpace.open(file, SPACE);
             SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), img, SPACE)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            long o = space.allocate(Ref.NULL, 0, 64);
            space.setLong(o, 0, 1);
            space.setRoot(Roots.FIRST_FREE, o);
            assertEquals(1, engine.take(Runnable::run));
            // generation 2 has more: an object on pages generation 1 never used
            late = space.allocate(Ref.NULL, 0, 64 << 10);
            space.setLong(late, 0, 0x4C415445L);
            space.setRoot(Roots.FIRST_FREE + 1, late);
            space.setLong(o, 0, 2);
            assertEquals(2, engine.take(Runnable::run));
            flip(img, blockOf(store, store.current(), late >>> 12) * SnapshotStore.BLOCK + 8);
        } // closed cleanly, then damaged: recovered as if killed
        assertEquals("generation 2 is damaged: generation 1 is restored", 1, new RecoveryComponent(new FileBlockStorage()).recover(file));
        try (MappedObjectSpace space = MappedObjectSpace.open(file, SPACE);
             SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), img, SPACE)) {
            assertEquals(1, space.getLong(space.root(Roots.FIRST_FREE), 0));
            assertEquals("nothing of generation 2", 0, longAt(file, late + 32));
            store.descendsFrom(1);
            assertNull("the collector never reads a generation the space does not descend from", SnapshotComponent.openImage(store));
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            space.setLong(space.root(Roots.FIRST_FREE), 0, 3);
            assertEquals("written over the damaged generation's slot", 4, engine.take(Runnable::run));
            assertEquals("generation 1 is kept", 1, store.previous().number());
            try (phantom.api.kernel.SnapshotImage image = SnapshotComponent.openImage(store)) {
                assertEquals(4, image.generation());
            }
        }
        try (SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), img, SPACE)) {
            assertEquals(4, store.current().number());
            assertEquals(1, store.previous().number());
            Path r = d.resolve("r.mem");
            store.restoreInto(store.current(), r);
            try (MappedObjectSpace s = MappedObjectSpace.open(r, SPACE)) {
                assertEquals(3, s.getLong(s.root(Roots.FIRST_FREE), 0));
                assertEquals("the damaged generation's pages are not mixed in", 0, longAt(r, late + 32));
            }
            store.restoreInto(store.previous(), r);
            assertEquals(0, longAt(r, late + 32));
        }
    }
}
