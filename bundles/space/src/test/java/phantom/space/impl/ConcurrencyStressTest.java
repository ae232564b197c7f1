package phantom.space.impl;

import static org.junit.Assert.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Reclaimer;
import phantom.api.space.Ref;

/**
 * Many threads allocate, link, overwrite and free at once, sharing objects between them.
 * At the end every count must match the references that exist and every object must be intact.
 */
public class ConcurrencyStressTest {

    /** A minimal reclaimer for this test (the real one lives in vm.gc/refcount). */
    static final class FreeingReclaimer implements Reclaimer {
        @Override public void reclaim(ObjectSpace s, long obj) {
            List<Long> stack = new ArrayList<>();
            stack.add(obj);
            while (!stack.isEmpty()) {
                long o = stack.remove(stack.size() - 1);
                for (int i = 0; i < s.refSlots(o); i++) {
                    long c = s.getRef(o, i);
                    if (Ref.isObject(c) && s.dropRef(c)) stack.add(c);
                }
                s.free(o);
            }
        }
    }

    @Test public void manyThreadsAllocateLinkAndFreeWithoutCorruption() throws Throwable {
        try (MappedObjectSpace space = MappedObjectSpace.open(SpaceTestSupport.newDir("stress").resolve("space.mem"), 512L << 20)) {
            space.setReclaimer(new FreeingReclaimer());
            int threads = 8, tableSize = 64, ops = 60_000;
            long table = space.allocate(Ref.NULL, tableSize, 0); // shared slots all threads fight over
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                Thread th = new Thread(() -> {
                    try {
                        SplittableRandom rnd = new SplittableRandom(seed);
                        long prev = Ref.NULL;
                        for (int i = 0; i < ops; i++) {
                            int refs = rnd.nextInt(3), data = 16 + 8 * rnd.nextInt(64);
                            if (rnd.nextInt(50) == 0) data = 5000 + rnd.nextInt(20_000); // sometimes large
                            long o = space.allocate(Ref.NULL, refs, data);
                            long stamp = (long) seed << 32 | i;
                            space.setLong(o, 0, stamp);
                            space.setLong(o, data - 8, ~stamp);
                            for (int r = 0; r < refs; r++) {
                                // chains of this thread's objects, cut short at random
                                space.setRef(o, r, rnd.nextInt(3) == 0 ? Ref.ofInt(r) : prev);
                            }
                            space.setRef(table, rnd.nextInt(tableSize), o); // publish; the old one may die
                            space.release(prev);
                            prev = o;
                        }
                        space.release(prev);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                ts.add(th);
                th.start();
            }
            for (Thread th : ts) th.join();
            if (failure.get() != null) throw failure.get();
            // what is reachable from the table is alive and intact, and nothing else is
            java.util.Map<Long, Integer> refsTo = new java.util.HashMap<>();
            java.util.ArrayDeque<Long> work = new java.util.ArrayDeque<>();
            java.util.Set<Long> reached = new java.util.HashSet<>();
            for (int i = 0; i < tableSize; i++) {
                long o = space.getRef(table, i);
                if (Ref.isObject(o)) { refsTo.merge(o, 1, Integer::sum); if (reached.add(o)) work.add(o); }
            }
            while (!work.isEmpty()) {
                long o = work.poll();
                assertFalse(space.isFree(o));
                int data = space.dataBytes(o);
                long stamp = space.getLong(o, 0);
                assertEquals("contents of " + Ref.toString(o), ~stamp, space.getLong(o, data - 8));
                for (int r = 0; r < space.refSlots(o); r++) {
                    long c = space.getRef(o, r);
                    if (Ref.isObject(c)) { refsTo.merge(c, 1, Integer::sum); if (reached.add(c)) work.add(c); }
                }
            }
            for (long o : reached) assertEquals("count of " + Ref.toString(o), (int) refsTo.get(o), space.refCount(o));
            assertEquals(reached.size() + 1, space.stats().liveObjects());
            space.release(table);
            assertEquals(0, space.stats().liveObjects());
        }
    }

    @Test public void concurrentCountingOnSharedObjectsIsExact() throws Throwable {
        try (MappedObjectSpace space = MappedObjectSpace.open(SpaceTestSupport.newDir("counts").resolve("space.mem"), 64L << 20)) {
            space.setReclaimer(new FreeingReclaimer());
            long shared = space.allocate(Ref.NULL, 0, 8);
            int threads = 8, holders = 2000;
            List<Thread> ts = new ArrayList<>();
            long[][] made = new long[threads][holders];
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread th = new Thread(() -> {
                    for (int i = 0; i < holders; i++) {
                        long h = space.allocate(Ref.NULL, 1, 0);
                        space.setRef(h, 0, shared);
                        made[id][i] = h;
                    }
                    for (int i = 0; i < holders; i += 2) space.release(made[id][i]);
                });
                ts.add(th);
                th.start();
            }
            for (Thread th : ts) th.join();
            assertEquals(1 + threads * holders / 2, space.refCount(shared));
            assertEquals(1 + threads * holders / 2, space.stats().liveObjects());
        }
    }
}
