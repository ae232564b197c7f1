package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import phantom.api.space.CollectionReport;
import phantom.api.space.Collector;

/**
 * A full space is waited out, not fatal at once: the allocating thread stops at its instruction
 * until a round of freeing (the zero-count table, then a collection by tier two) ends, and runs
 * it again; only if the space is still full after that does the program get its error.
 */
public class MemoryWaitTest {
    /** Allocates 32 MiB in one instruction and says so; a full space that stays full is caught and printed. */
    static final String PROGRAM = """
        class Grow
        method main ()V
        try:
            iconst 4194304
            newarray long
            opop
            new tty
            oldc "allocated"
            call tty.println (O)V
            ret
        tried:
        caught:
            ostore 1
            new tty
            oload 1
            call object.toString ()O
            call tty.println (O)V
            ret
            catch try tried caught error
        end
        """;

    /**
     * Java-held blocks until less than the program's 32 MiB is left: of its size (freed, they
     * serve it; the space does not merge smaller free blocks), then of 1 MiB.
     */
    private static List<Long> fill(VmHarness h) {
        List<Long> ballast = new ArrayList<>();
        while (free(h) > (64L << 20)) ballast.add(h.space.allocate(phantom.api.space.Ref.NULL, 0, 32 << 20));
        while (free(h) > (24L << 20)) ballast.add(h.space.allocate(phantom.api.space.Ref.NULL, 0, 1 << 20));
        return ballast;
    }

    private static long free(VmHarness h) {
        var s = h.space.stats();
        return s.capacity() - s.used() + s.freeListBytes();
    }

    /** Tier two as a test sees it: each collection runs {@code frees} and is counted. */
    private static Collector collector(AtomicInteger collections, Runnable frees) {
        return new Collector() {
            @Override public CollectionReport collectNow() {
                collections.incrementAndGet();
                frees.run();
                return new CollectionReport(1, "finished", 0, 0, 0, 0, 0, 0, 0, 0, 0);
            }

            @Override public CollectionReport lastReport() { return null; }

            @Override public String state() { return "idle"; }
        };
    }

    @Test
    public void aThreadThatFindsTheSpaceFullWaitsForACollectionAndGoesOn() throws Exception {
        try (VmHarness h = new VmHarness()) {
            List<Long> ballast = fill(h);
            AtomicInteger collections = new AtomicInteger();
            // the collection finds the ballast to be garbage (as cycles would be) and frees it
            h.rt.memory.setCollector(collector(collections, () -> ballast.forEach(h.space::release)));
            assertEquals("allocated\n", h.run(PROGRAM));
            assertEquals("one collection for the one wait", 1, collections.get());
            assertEquals("nothing waits any more", 0, h.rt.memory.waiting());
        }
    }

    @Test
    public void aSpaceStillFullAfterTheCollectionIsTheProgramsCatchableError() throws Exception {
        try (VmHarness h = new VmHarness()) {
            List<Long> ballast = fill(h);
            AtomicInteger collections = new AtomicInteger();
            h.rt.memory.setCollector(collector(collections, () -> {}));
            String out = h.run(PROGRAM);
            assertTrue(out, out.contains("out of memory: object space full"));
            assertEquals("it waited for one collection, then failed", 1, collections.get());
            assertEquals(0, h.rt.memory.waiting());
            ballast.forEach(h.space::release);
        }
    }

    @Test
    public void withoutTierTwoTheThreadWaitsOnlyForTheZeroCountTable() throws Exception {
        try (VmHarness h = new VmHarness()) {
            List<Long> ballast = fill(h);
            long t0 = System.nanoTime();
            String out = h.run(PROGRAM);
            assertTrue(out, out.contains("out of memory: object space full"));
            assertTrue("it did not wait long", System.nanoTime() - t0 < 60_000_000_000L);
            ballast.forEach(h.space::release);
        }
    }

    /** A later full space waits again: the wait that ended with the allocation through is over. */
    @Test
    public void aSecondFullSpaceLaterWaitsForItsOwnCollection() throws Exception {
        try (VmHarness h = new VmHarness()) {
            AtomicInteger collections = new AtomicInteger();
            List<Long> ballast = new ArrayList<>(fill(h));
            h.rt.memory.setCollector(collector(collections, () -> {
                synchronized (ballast) {
                    ballast.forEach(h.space::release);
                    ballast.clear();
                }
            }));
            assertEquals("allocated\n", h.run(PROGRAM));
            synchronized (ballast) { ballast.addAll(fill(h)); }
            assertEquals("allocated\n", h.run(PROGRAM));
            assertEquals(2, collections.get());
        }
    }
}
