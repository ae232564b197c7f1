package phantom.gc.cycles;

import static org.junit.Assert.*;
import static phantom.api.space.ImageFormat.*;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;

import phantom.api.kernel.SnapshotImage;
import phantom.api.space.CollectionReport;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

/**
 * A random graph (cycles everywhere) mutated by several threads while snapshots are taken and
 * a collection runs on one of them. Every node records, beside each reference slot, the id of
 * the node it stored there, so a live node freed by mistake (and its address reused) shows.
 * In the end: every node reachable in the live space is intact; the collection freed (or found
 * already gone) exactly the objects unreachable in its snapshot, counted by an independent
 * mark of the snapshot; a last collection leaves exactly the reachable objects.
 */
public class ConcurrentGraphTest {
    private static final int SLOTS = 3, ROOT_SLOTS = 256, THREADS = 4;
    /** Data: the node's id, then the id expected behind each slot (0 for null). */
    private static final int ID = 0;

    private static int expectedAt(int slot) { return 8 + 8 * slot; }

    @Test public void nothingLiveIsFreedAndEveryUnreachableObjectOfTheSnapshotIs() throws Throwable {
        try (Rig rig = new Rig("graph", 128L << 20)) {
            ObjectSpace s = rig.space;
            long table = s.allocate(Ref.NULL, ROOT_SLOTS, 8 + 8 * ROOT_SLOTS);
            s.setRoot(Roots.FIRST_FREE, table);
            s.release(table);
            AtomicLong ids = new AtomicLong(1);
            Object mutation = new Object(); // a VM program would use a monitor for shared structures
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicLong ops = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom rnd = new SplittableRandom(1000 + t);
                threads.add(new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            rig.atomically(() -> {
                                synchronized (mutation) {
                                    mutate(s, table, rnd, ids);
                                }
                            });
                            ops.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "mutator-" + t));
            }
            threads.forEach(Thread::start);
            Thread snapshots = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        rig.snapshot();
                        Thread.sleep(20);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "snapshots");
            while (ops.get() < 200_000 && failure.get() == null) Thread.sleep(5);
            snapshots.start();
            while (rig.store.current() == null && failure.get() == null) Thread.sleep(5);
            long garbageInSnapshot;
            CollectionReport first;
            try (SnapshotImage image = rig.image()) {
                garbageInSnapshot = allocated(image) - reachable(image);
                // slowed down, so that many mutations and snapshots happen while it runs
                first = new CycleCollector(s, r -> { Thread.sleep(2); rig.atomically(r); }, () -> Thread.sleep(2), rig.dir, 256).collect(image);
            }
            long opsDuring = ops.get();
            Thread.sleep(300);
            stop.set(true);
            for (Thread t : threads) t.join();
            snapshots.join();
            if (failure.get() != null) throw failure.get();
            System.out.println("concurrent graph: " + first.summary() + "; garbage in the snapshot " + garbageInSnapshot
                + ", mutator operations " + ops.get() + " (" + opsDuring + " when the collection ended)");
            assertTrue("there was cyclic garbage to collect", garbageInSnapshot > 100);
            assertEquals(garbageInSnapshot, first.freedObjects() + first.reused());

            Set<Long> live = checkLiveGraph(s, table);
            CollectionReport last = rig.snapshotAndCollect();
            checkLiveGraph(s, table);
            assertEquals(last.summary(), live.size(), s.stats().liveObjects());
        }
    }

    private static void mutate(ObjectSpace s, long table, SplittableRandom rnd, AtomicLong ids) {
        int op = rnd.nextInt(10);
        long from = walk(s, table, rnd);
        int slot = from == table ? rnd.nextInt(ROOT_SLOTS) : rnd.nextInt(SLOTS);
        long to;
        if (op < 5) {
            to = s.allocate(Ref.NULL, SLOTS, 8 + 8 * SLOTS);
            s.setLong(to, ID, ids.getAndIncrement());
        } else if (op < 9) {
            to = walk(s, table, rnd);
            if (to == table) to = Ref.NULL;
            else s.retain(to);
        } else {
            to = Ref.NULL;
        }
        s.setRef(from, slot, to);
        s.setLong(from, expectedAt(slot), to == Ref.NULL ? 0 : s.getLong(to, ID));
        s.release(to);
    }

    /** The table or a node reached from it by a short random path. */
    private static long walk(ObjectSpace s, long table, SplittableRandom rnd) {
        long at = table;
        int steps = rnd.nextInt(6);
        for (int i = 0; i < steps; i++) {
            long next = s.getRef(at, at == table ? rnd.nextInt(ROOT_SLOTS) : rnd.nextInt(SLOTS));
            if (next == Ref.NULL) break;
            at = next;
        }
        return at;
    }

    /** Marks the live space independently and checks every reachable node's slots against their recorded ids. */
    private static Set<Long> checkLiveGraph(ObjectSpace s, long table) {
        Set<Long> seen = new HashSet<>();
        ArrayDeque<Long> work = new ArrayDeque<>();
        seen.add(table);
        work.add(table);
        while (!work.isEmpty()) {
            long o = work.poll();
            assertFalse("a reachable object was freed: " + Ref.toString(o), ((phantom.space.impl.MappedObjectSpace) s).isFree(o));
            int n = s.refSlots(o);
            for (int i = 0; i < n; i++) {
                long c = s.getRef(o, i);
                long expected = s.getLong(o, expectedAt(i));
                if (c == Ref.NULL) {
                    assertEquals(0, expected);
                    continue;
                }
                assertFalse("freed: " + Ref.toString(c), ((phantom.space.impl.MappedObjectSpace) s).isFree(c));
                assertEquals("slot " + i + " of " + Ref.toString(o) + " leads to another object than was stored", expected, s.getLong(c, ID));
                if (seen.add(c)) work.add(c);
            }
        }
        return seen;
    }

    private static long allocated(SnapshotImage image) throws IOException {
        long n = image.readLong(A_LARGE_LIVE);
        for (int c = 0; c < SIZE_CLASSES; c++) n += image.readLong(CLASS_TABLE + (long) c * CLASS_ENTRY + C_LIVE);
        return n;
    }

    /** Objects reachable in the snapshot, marked with a plain Java set (independent of the collector). */
    private static long reachable(SnapshotImage image) throws IOException {
        Set<Long> seen = new HashSet<>();
        ArrayDeque<Long> work = new ArrayDeque<>();
        for (int r = 0; r < ROOT_COUNT; r++) {
            long v = image.readLong(ROOTS + 8L * r);
            if (Ref.isObject(v) && seen.add(v)) work.add(v);
        }
        while (!work.isEmpty()) {
            long o = work.poll();
            int n = image.readInt(o + H_REFS);
            for (int i = 0; i < n; i++) {
                long c = image.readLong(o + HEADER + 8L * i);
                if (Ref.isObject(c) && seen.add(c)) work.add(c);
            }
        }
        return seen.size();
    }
}
