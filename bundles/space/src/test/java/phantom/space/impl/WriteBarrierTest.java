package phantom.space.impl;

import static org.junit.Assert.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.SnapshotHook;

public class WriteBarrierTest {
    private MappedObjectSpace space;

    @Before public void open() throws Exception {
        space = MappedObjectSpace.open(SpaceTestSupport.newDir("barrier").resolve("space.mem"), 32 << 20);
    }

    @After public void close() throws Exception { space.close(); }

    /** Records, per page and epoch, how often the hook ran and what the page held then. */
    static final class RecordingHook implements SnapshotHook {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final Map<String, Long> seen = new ConcurrentHashMap<>();
        volatile long watchObj;

        @Override public void beforeFirstWrite(ObjectSpace s, long page, long epoch, long previous) {
            calls.computeIfAbsent(page + "@" + epoch, k -> new AtomicInteger()).incrementAndGet();
            long w = watchObj;
            if (w != 0 && (w >>> Layout.PAGE_SHIFT) == page) seen.put(page + "@" + epoch, s.getLong(w, 0));
        }

        int count(long page, long epoch) {
            AtomicInteger n = calls.get(page + "@" + epoch);
            return n == null ? 0 : n.get();
        }
    }

    @Test public void theHookSeesEachPageOncePerEpochBeforeItChanges() {
        long o = space.allocate(Ref.NULL, 0, 8);
        space.setLong(o, 0, 100);
        RecordingHook hook = new RecordingHook();
        hook.watchObj = o;
        space.setSnapshotHook(hook);
        long page = o >>> Layout.PAGE_SHIFT;
        long e1 = space.advanceEpoch();
        assertTrue(space.pageEpoch(page) < e1);
        space.setLong(o, 0, 101);
        space.setLong(o, 0, 102);
        assertEquals(1, hook.count(page, e1));
        assertEquals("the hook saw the value from before the epoch", 100L, (long) hook.seen.get(page + "@" + e1));
        assertEquals(e1, space.pageEpoch(page));
        long e2 = space.advanceEpoch();
        space.setLong(o, 0, 103);
        assertEquals(1, hook.count(page, e2));
        assertEquals(102L, (long) hook.seen.get(page + "@" + e2));
    }

    @Test public void everyKindOfStoreGoesThroughTheBarrier() {
        RecordingHook hook = new RecordingHook();
        space.setSnapshotHook(hook);
        long a = space.allocate(Ref.NULL, 1, 64);
        long b = space.allocate(Ref.NULL, 0, 8);
        List<Runnable> stores = new ArrayList<>();
        stores.add(() -> space.setRef(a, 0, b));
        stores.add(() -> space.setLong(a, 0, 1));
        stores.add(() -> space.setInt(a, 8, 1));
        stores.add(() -> space.setDouble(a, 16, 1));
        stores.add(() -> space.setByte(a, 24, (byte) 1));
        stores.add(() -> space.writeBytes(a, 32, new byte[4], 0, 4));
        stores.add(() -> space.retain(a));
        stores.add(() -> space.release(a));
        stores.add(() -> space.compareAndSetRef(a, 0, b, b));
        for (Runnable store : stores) {
            long epoch = space.advanceEpoch();
            store.run();
            assertEquals("store " + stores.indexOf(store), 1, hook.count(a >>> Layout.PAGE_SHIFT, epoch));
        }
    }

    @Test public void aStoreSpanningPagesMarksEveryPage() {
        RecordingHook hook = new RecordingHook();
        space.setSnapshotHook(hook);
        long big = space.allocate(Ref.NULL, 0, 5 * Layout.PAGE_SIZE);
        long epoch = space.advanceEpoch();
        space.writeBytes(big, 100, new byte[3 * Layout.PAGE_SIZE], 0, 3 * Layout.PAGE_SIZE);
        long first = (big + Layout.HEADER + 100) >>> Layout.PAGE_SHIFT;
        long last = (big + Layout.HEADER + 100 + 3 * Layout.PAGE_SIZE - 1) >>> Layout.PAGE_SHIFT;
        for (long p = first; p <= last; p++) assertEquals(1, hook.count(p, epoch));
        assertEquals(0, hook.count(last + 1, epoch));
    }

    @Test public void concurrentFirstWritesToOnePageCallTheHookOnce() throws Exception {
        RecordingHook hook = new RecordingHook();
        space.setSnapshotHook(hook);
        long o = space.allocate(Ref.NULL, 0, 256);
        for (int round = 0; round < 50; round++) {
            long epoch = space.advanceEpoch();
            int threads = 8;
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int slot = t;
                Thread th = new Thread(() -> {
                    try { go.await(); } catch (InterruptedException e) { return; }
                    space.setLong(o, slot * 8, slot);
                });
                th.start();
                ts.add(th);
            }
            go.countDown();
            for (Thread th : ts) th.join();
            assertEquals(1, hook.count(o >>> Layout.PAGE_SHIFT, epoch));
        }
    }
}
