package phantom.space.impl;

import static org.junit.Assert.*;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import phantom.api.space.Ref;

/**
 * The zero-count table: while a gate is set, a count at zero is recorded, not freed, and the
 * table frees only what is still the same object at zero count.
 */
public class DeferredFreesTest {
    private MappedObjectSpace space;
    private final AtomicInteger told = new AtomicInteger();
    private final Runnable gate = told::incrementAndGet;

    @Before public void open() throws Exception {
        space = MappedObjectSpace.open(SpaceTestSupport.newDir("deferred").resolve("space.mem"), 64 << 20);
        space.setDeferredFrees(gate);
    }

    @After public void close() throws Exception { space.close(); }

    @Test public void aThreadsOwnTableReachesTheSharedOneWhenItEndsAndNotBefore() {
        long before = space.stats().liveObjects();
        space.beginLocalDeferral();
        long o = space.allocate(Ref.NULL, 2, 8);
        space.release(o);
        assertEquals("the gate is still told", 1, told.get());
        assertEquals("in the thread's table, which reclaiming does not see", 0, space.deferredCount());
        assertEquals(0, space.reclaimDeferred());
        assertEquals("recorded, not freed", before + 1, space.stats().liveObjects());
        space.endLocalDeferral();
        assertEquals(1, space.deferredCount());
        assertEquals(1, space.reclaimDeferred());
        assertEquals(before, space.stats().liveObjects());
        // ended: the shared table again at once
        long p = space.allocate(Ref.NULL, 0, 8);
        space.release(p);
        assertEquals(1, space.deferredCount());
        assertEquals(1, space.reclaimDeferred());
    }

    @Test public void aThreadsOwnTableMovesToTheSharedOneWhenItFillsSoNothingIsLost() {
        long before = space.stats().liveObjects();
        space.beginLocalDeferral();
        for (int i = 0; i < 5_000; i++) space.release(space.allocate(Ref.NULL, 0, 8));
        assertTrue("most moved while the thread kept going: " + space.deferredCount(), space.deferredCount() >= 4_000);
        // big objects move sooner: the bytes waiting in a thread's table stay bounded
        space.release(space.allocate(Ref.NULL, 0, 300 << 10));
        space.endLocalDeferral();
        assertEquals(5_001, space.deferredCount());
        assertEquals(5_001, space.reclaimDeferred());
        assertEquals(before, space.stats().liveObjects());
    }

    @Test public void aCountAtZeroIsRecordedAndTheGateToldUntilTheTableIsFreed() {
        long before = space.stats().liveObjects();
        long o = space.allocate(Ref.NULL, 2, 8);
        space.release(o);
        assertEquals(1, told.get());
        assertEquals(1, space.deferredCount());
        assertEquals("recorded, not freed", before + 1, space.stats().liveObjects());
        assertEquals(1, space.reclaimDeferred());
        assertEquals(0, space.deferredCount());
        assertEquals(before, space.stats().liveObjects());
    }

    @Test public void anObjectCountedAgainBeforeTheTableIsFreedStays() {
        long o = space.allocate(Ref.NULL, 0, 8);
        space.release(o);
        space.retain(o); // an uncounted register's copy was stored into an object
        assertEquals(0, space.reclaimDeferred());
        assertEquals(1, space.refCount(o));
        space.release(o);
        assertEquals(1, space.reclaimDeferred());
    }

    @Test public void aStaleEntryDoesNotFreeTheObjectThatReusedTheAddress() {
        long o = space.allocate(Ref.NULL, 0, 8);
        space.release(o);
        // the cycle collector freed it first, and the address went to a new object now at zero count
        space.free(o);
        long again = space.allocate(Ref.NULL, 0, 8);
        assertEquals("the allocator reuses the freed address", o, again);
        assertTrue(space.dropRef(again));
        long live = space.stats().liveObjects();
        assertEquals(0, space.reclaimDeferred());
        assertEquals(live, space.stats().liveObjects());
    }

    @Test public void childrenThatDropToZeroAreFreedInTheSamePassWithoutRecursion() {
        long before = space.stats().liveObjects();
        long head = Ref.NULL;
        for (int i = 0; i < 200_000; i++) {
            long n = space.allocate(Ref.NULL, 1, 0);
            space.setRef(n, 0, head);
            space.release(head);
            head = n;
        }
        assertEquals(0, space.reclaimDeferred());
        space.release(head);
        assertEquals(200_000, space.reclaimDeferred());
        assertEquals(before, space.stats().liveObjects());
    }

    @Test public void onlyTheGateSetEndsDeferral() {
        assertFalse("another owner's gate leaves this one", space.clearDeferredFrees(() -> {}));
        assertTrue(space.clearDeferredFrees(gate));
        long o = space.allocate(Ref.NULL, 0, 8);
        space.release(o);
        assertEquals("no gate: nothing recorded", 0, space.deferredCount());
        assertEquals(0, told.get());
    }
}
