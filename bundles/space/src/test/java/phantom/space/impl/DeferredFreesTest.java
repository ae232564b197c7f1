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
        space.beginSlice();
        long o = space.allocate(Ref.NULL, 2, 8);
        space.release(o);
        assertEquals("the gate is still told", 1, told.get());
        assertEquals("in the thread's table, which reclaiming does not see", 0, space.deferredCount());
        assertEquals(0, space.reclaimDeferred());
        assertFalse("recorded, not freed", space.isFree(o));
        space.endSlice();
        assertEquals("counted when the slice ended", before + 1, space.stats().liveObjects());
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
        space.beginSlice();
        for (int i = 0; i < 5_000; i++) space.release(space.allocate(Ref.NULL, 0, 8));
        assertTrue("most moved while the thread kept going: " + space.deferredCount(), space.deferredCount() >= 4_000);
        // big objects move sooner: the bytes waiting in a thread's table stay bounded
        space.release(space.allocate(Ref.NULL, 0, 300 << 10));
        space.endSlice();
        assertEquals(5_001, space.deferredCount());
        assertEquals(5_001, space.reclaimDeferred());
        assertEquals(before, space.stats().liveObjects());
    }

    @Test public void blocksASliceTookAndDidNotUseGoBackToTheirListsAndItsObjectsAreCountedWhenItEnds() {
        var before = space.stats();
        space.beginSlice();
        long[] made = new long[40];
        for (int i = 0; i < made.length; i++) made[i] = space.allocate(Ref.NULL, 1, 0);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long o : made) assertTrue("each block once", seen.add(o));
        // what the slice took and has not used is no object: a heap walk skips it
        java.util.List<Long> walked = new java.util.ArrayList<>();
        space.forEachObject(0, a -> { walked.add(a); return true; });
        assertEquals(before.liveObjects() + made.length, walked.size());
        assertTrue(walked.containsAll(seen));
        space.endSlice();
        var after = space.stats();
        assertEquals(before.liveObjects() + made.length, after.liveObjects());
        for (long o : made) space.release(o);
        assertEquals(made.length, space.reclaimDeferred());
        var freed = space.stats();
        assertEquals(before.liveObjects(), freed.liveObjects());
        assertEquals("nothing lost: the blocks not used are free again", before.liveBytes(), freed.liveBytes());
        // and they are used again: the next slice's objects take the same blocks
        space.beginSlice();
        long again = space.allocate(Ref.NULL, 1, 0);
        space.endSlice();
        assertTrue(seen.contains(again));
        assertTrue("a new incarnation", space.incarnation(again) != 0);
    }

    @Test public void anObjectMadeInASliceHasAnIncarnationNoOtherHas() {
        java.util.Set<Long> incarnations = new java.util.HashSet<>();
        for (int round = 0; round < 3; round++) {
            space.beginSlice();
            long[] made = new long[50];
            for (int i = 0; i < made.length; i++) {
                made[i] = space.allocate(Ref.NULL, 0, 8);
                assertTrue(incarnations.add(space.incarnation(made[i])));
            }
            for (long o : made) space.release(o);
            space.endSlice();
            assertEquals(made.length, space.reclaimDeferred());
            long outside = space.allocate(Ref.NULL, 0, 8); // the locked path between slices
            assertTrue(incarnations.add(space.incarnation(outside)));
            space.release(outside);
            space.reclaimDeferred();
        }
    }

    /**
     * The bug: a block a slice had taken kept its last object's incarnation until the slice
     * allocated from it without a lock, so the cycle collector's stale record of that object
     * (checked under the class lock, as for any free) could free or clear it mid-allocation.
     */
    @Test public void aBlockASliceTookNoLongerMatchesTheCollectorsRecordOfItsLastObject() {
        long[] old = new long[20];
        long[] inc = new long[old.length];
        for (int i = 0; i < old.length; i++) {
            old[i] = space.allocate(Ref.NULL, 1, 0);
            inc[i] = space.incarnation(old[i]);
        }
        for (long o : old) space.free(o); // freed by tier one; the collector still holds its records
        space.beginSlice();
        long made = space.allocate(Ref.NULL, 1, 0); // the slice takes its blocks: the freed ones
        int renewed = 0;
        for (int i = 0; i < old.length; i++) if (space.incarnation(old[i]) != inc[i]) renewed++;
        assertEquals("every block the slice took has its new incarnation already, the one not yet used too", 16, renewed);
        long live = space.stats().liveObjects();
        for (int i = 0; i < old.length; i++) {
            assertEquals("record " + i + " matches nothing", 0, space.freeIfSame(old[i], inc[i]));
            assertFalse(space.clearIfSame(old[i], inc[i], a -> true));
        }
        assertEquals(live, space.stats().liveObjects());
        assertFalse(space.isFree(made));
        space.endSlice();
        space.release(made);
        assertEquals(1, space.reclaimDeferred());
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
