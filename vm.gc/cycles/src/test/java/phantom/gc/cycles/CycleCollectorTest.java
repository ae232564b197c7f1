package phantom.gc.cycles;

import static org.junit.Assert.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

import org.junit.Test;

import phantom.api.kernel.SnapshotImage;
import phantom.api.space.CollectionReport;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

public class CycleCollectorTest {
    private static final long MB = 1L << 20;

    /** A node with {@code slots} reference slots, no longer held by the caller once linked. */
    private static long node(ObjectSpace s, int slots) { return s.allocate(Ref.NULL, slots, 8); }

    private static void link(ObjectSpace s, long from, int slot, long to) { s.setRef(from, slot, to); }

    /** {@code rings} rings of {@code size} one-slot nodes that nobody references: garbage only tier two frees. */
    private static void makeRings(ObjectSpace s, int rings, int size) {
        for (int k = 0; k < rings; k++) {
            long head = node(s, 1), prev = head;
            for (int i = 1; i < size; i++) {
                long n = node(s, 1);
                link(s, prev, 0, n);
                s.release(n);
                prev = n;
            }
            link(s, prev, 0, head);
            s.release(head);
        }
    }

    @Test public void selfLoopIsFreed() throws Exception {
        try (Rig rig = new Rig("self", 16 * MB)) {
            ObjectSpace s = rig.space;
            long a = node(s, 1);
            link(s, a, 0, a);
            s.release(a); // count 1: its own slot; tier one cannot free it
            assertFalse(rig.space.isFree(a));
            CollectionReport r = rig.snapshotAndCollect();
            assertEquals(r.summary(), 1, r.freedObjects());
            assertEquals(1, r.cyclic());
            assertTrue(rig.space.isFree(a));
            assertEquals(0, s.stats().liveObjects());
        }
    }

    @Test public void twoObjectCycleIsFreedAndLiveObjectsStay() throws Exception {
        try (Rig rig = new Rig("two", 16 * MB)) {
            ObjectSpace s = rig.space;
            long live = node(s, 2);
            s.setRoot(Roots.FIRST_FREE, live);
            long child = node(s, 0);
            link(s, live, 0, child);
            s.release(child);
            s.release(live);
            long a = node(s, 2), b = node(s, 1);
            link(s, a, 0, b);
            link(s, b, 0, a);
            link(s, a, 1, child); // the cycle also holds a live object
            s.release(a);
            s.release(b);
            assertEquals(2, s.refCount(child));
            CollectionReport r = rig.snapshotAndCollect();
            assertEquals(r.summary(), 2, r.freedObjects());
            assertEquals(2, r.cyclic());
            assertTrue(rig.space.isFree(a) && rig.space.isFree(b));
            assertFalse(rig.space.isFree(live));
            assertFalse(rig.space.isFree(child));
            assertEquals("the freed cycle gave back its count on the live child", 1, s.refCount(child));
            assertEquals(2, s.stats().liveObjects());
        }
    }

    @Test public void ringOfOneMillionObjectsIsFreed() throws Exception {
        try (Rig rig = new Rig("ring", 256 * MB)) {
            ObjectSpace s = rig.space;
            long keep = node(s, 1);
            s.setRoot(Roots.FIRST_FREE, keep);
            s.release(keep);
            long head = node(s, 1), prev = head;
            for (int i = 1; i < 1_000_000; i++) {
                long n = node(s, 1);
                link(s, prev, 0, n);
                s.release(n);
                prev = n;
            }
            link(s, prev, 0, head);
            s.release(head);
            assertEquals(1_000_001, s.stats().liveObjects());
            CollectionReport r = rig.snapshotAndCollect();
            System.out.println("ring of 1,000,000: " + r.summary());
            assertEquals(1_000_000, r.freedObjects());
            assertEquals(1, s.stats().liveObjects());
            assertFalse(rig.space.isFree(keep));
        }
    }

    @Test public void aCycleUnreachableOnlyAfterTheSnapshotIsKeptUntilALaterOne() throws Exception {
        try (Rig rig = new Rig("later", 16 * MB)) {
            ObjectSpace s = rig.space;
            long a = node(s, 1), b = node(s, 1);
            link(s, a, 0, b);
            link(s, b, 0, a);
            s.setRoot(Roots.FIRST_FREE, a);
            s.release(a);
            s.release(b);
            rig.snapshot();
            s.setRoot(Roots.FIRST_FREE, Ref.NULL); // garbage now, but reachable in the snapshot
            CollectionReport r;
            try (SnapshotImage image = rig.image()) {
                r = rig.collector(() -> {}, 64).collect(image);
            }
            assertEquals(0, r.freedObjects());
            assertFalse(rig.space.isFree(a) || rig.space.isFree(b));
            r = rig.snapshotAndCollect();
            assertEquals(2, r.freedObjects());
            assertTrue(rig.space.isFree(a) && rig.space.isFree(b));
        }
    }

    /**
     * The reuse the incarnation check exists for: a collection on an older snapshot frees a
     * cycle after a newer snapshot was taken; the address is reused by a live object; the
     * collection on the newer snapshot, where the old object is garbage, must leave it alone.
     */
    @Test public void anAddressFreedAndReusedSinceTheSnapshotIsNeverFreedAgain() throws Exception {
        try (Rig rig = new Rig("reuse", 16 * MB)) {
            ObjectSpace s = rig.space;
            long a = node(s, 1), b = node(s, 1);
            link(s, a, 0, b);
            link(s, b, 0, a);
            s.release(a);
            s.release(b);
            rig.snapshot();
            SnapshotImage older = rig.image();
            rig.snapshot();
            CollectionReport first = rig.collector(() -> {}, 64).collect(older);
            older.close();
            assertEquals(2, first.freedObjects());
            long y = node(s, 1), z = node(s, 1); // same size class: the free list hands back a and b
            assertEquals(java.util.Set.of(a, b), java.util.Set.of(y, z));
            s.setLong(y, 0, 4242);
            s.setRoot(Roots.FIRST_FREE, y);
            link(s, y, 0, z);
            s.release(y);
            s.release(z);
            CollectionReport second;
            try (SnapshotImage newer = rig.image()) { // a and b are garbage in it
                second = rig.collector(() -> {}, 64).collect(newer);
            }
            assertEquals(second.summary(), 0, second.freedObjects());
            assertEquals(2, second.reused());
            assertFalse(rig.space.isFree(y) || rig.space.isFree(z));
            assertEquals(4242, s.getLong(y, 0));
            assertEquals(z, s.getRef(y, 0));
        }
    }

    @Test public void aWideObjectSpillsTheMarkStackToDiskAndEverythingStays() throws Exception {
        try (Rig rig = new Rig("wide", 64 * MB)) {
            ObjectSpace s = rig.space;
            int n = 100_000;
            long wide = s.allocate(Ref.NULL, n, 0); // a large object: its own page run
            s.setRoot(Roots.FIRST_FREE, wide);
            s.release(wide);
            for (int i = 0; i < n; i++) {
                long c = node(s, 0);
                link(s, wide, i, c);
                s.release(c);
            }
            long g = s.allocate(Ref.NULL, 600, 0); // large garbage cycle
            link(s, g, 0, g);
            s.release(g);
            rig.snapshot();
            CycleCollector c = rig.collector(() -> {}, 1024);
            CollectionReport r;
            try (SnapshotImage image = rig.image()) {
                r = c.collect(image);
            }
            assertTrue("spilled " + c.spilledChunks, c.spilledChunks > 10);
            assertEquals(n + 1, r.marked());
            assertEquals(1, r.freedObjects());
            assertTrue(rig.space.isFree(g));
            assertEquals(n + 1, s.stats().liveObjects());
        }
    }

    @Test public void anAbandonedCollectionFreesWholeObjectsAndTheNextOneFinishes() throws Exception {
        try (Rig rig = new Rig("abandon", 64 * MB)) {
            ObjectSpace s = rig.space;
            int rings = 200, size = 500;
            makeRings(s, rings, size);
            rig.snapshot();
            int[] calls = { 0 };
            CycleCollector c = rig.collector(() -> {
                if (++calls[0] == 35) throw new InterruptedException("stopped"); // in the freeing pass
            }, 1024);
            try (SnapshotImage image = rig.image()) {
                c.collect(image);
                fail("should have been abandoned");
            } catch (InterruptedException expected) {
                // abandoned between two steps
            }
            long firstFreed = c.partial(0, "abandoned").freedObjects();
            assertTrue("freed some before stopping: " + firstFreed, firstFreed > 0 && firstFreed < rings * size);
            assertEquals(rings * size - firstFreed, s.stats().liveObjects());
            CollectionReport r = rig.snapshotAndCollect();
            assertEquals(rings * size - firstFreed, r.freedObjects());
            assertEquals(0, s.stats().liveObjects());
        }
    }

    /**
     * Stopped at every step in turn (marking, cutting references, freeing), the collection
     * leaves no garbage pointing at a freed address; live objects then reuse the freed
     * addresses, and the next collection, on a snapshot that has both, must not touch them.
     */
    @Test public void aCollectionStoppedAnywhereLeavesNoReferenceToAFreedAddress() throws Exception {
        for (int stopAt = 1; stopAt <= 12; stopAt++) {
            try (Rig rig = new Rig("stop" + stopAt, 32 * MB)) {
                ObjectSpace s = rig.space;
                int rings = 300, size = 64;
                makeRings(s, rings, size);
                rig.snapshot();
                int stop = stopAt;
                int[] calls = { 0 };
                try (SnapshotImage image = rig.image()) {
                    rig.collector(() -> {
                        if (++calls[0] == stop) throw new InterruptedException("stopped");
                    }, 1024).collect(image);
                } catch (InterruptedException expected) {
                    // stopped between two steps
                }
                // live nodes take the freed addresses (same size class, LIFO free lists)
                long first = node(s, 1);
                s.setRoot(Roots.FIRST_FREE, first);
                s.release(first);
                long prev = first;
                int live = 1;
                while (s.stats().freeListBytes() > 0) {
                    long n = node(s, 1);
                    s.setLong(n, 0, live);
                    link(s, prev, 0, n);
                    s.release(n);
                    prev = n;
                    live++;
                }
                rig.snapshotAndCollect();
                int seen = 0;
                for (long at = first; at != Ref.NULL; at = s.getRef(at, 0)) {
                    assertFalse("stopped at step " + stop + ": a live node was freed", rig.space.isFree(at));
                    assertEquals("stopped at step " + stop + ": count of a live node", 1, s.refCount(at));
                    assertEquals(seen, s.getLong(at, 0));
                    seen++;
                }
                assertEquals(live, seen);
                assertEquals("stopped at step " + stop + ": all garbage gone", live, s.stats().liveObjects());
            }
        }
    }

    @Test public void aDamagedSnapshotPageStopsTheCollectionBeforeItFreesAnything() throws Exception {
        try (Rig rig = new Rig("damaged", 16 * MB)) {
            ObjectSpace s = rig.space;
            long a = node(s, 1);
            link(s, a, 0, a);
            s.release(a);
            rig.snapshot();
            // flip a byte in the block holding page 1 (the root slots) of the newest generation
            long mapBlock = rig.store.current().mapBlocks()[0];
            try (FileChannel ch = FileChannel.open(rig.store.path(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ByteBuffer e = ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                ch.read(e, mapBlock * 4096 + 16);
                long block = e.getLong(0);
                ByteBuffer one = ByteBuffer.allocate(1);
                ch.read(one, block * 4096 + 200);
                one.put(0, (byte) (one.get(0) ^ 0x5A)).position(0);
                ch.write(one, block * 4096 + 200);
            }
            try (SnapshotImage image = rig.image()) {
                rig.collector(() -> {}, 64).collect(image);
                fail("a damaged page must stop the collection");
            } catch (IOException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("checksum"));
            }
            assertFalse(rig.space.isFree(a));
        }
    }
}
