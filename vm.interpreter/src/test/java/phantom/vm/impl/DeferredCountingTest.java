package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;
import phantom.api.space.Ref;

/**
 * Registers hold no counts: an object whose last counted reference goes while a register still
 * holds it waits in the zero-count table until no slice runs, and is freed then.
 */
public class DeferredCountingTest {
    static final String PROGRAM = """
        class Keep
        field obj held
        method main ()V
            iconst 0
            istore 0
        loop:
            iload 0
            iconst 200
            if_icmpge done
            oldc "n"
            iload 0
            box
            call string.concat (O)O
            oputf held
            ogetf held
            ostore 1
            onull
            oputf held
            oldc "m"
            iload 0
            box
            call string.concat (O)O
            opop
            new tty
            oload 1
            call tty.println (O)V
            iinc 0 1
            goto loop
        done:
            ret
        end
        """;

    private static String expected() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) b.append('n').append(i).append('\n');
        return b.toString();
    }

    @Test
    public void aReferenceInARegisterSurvivesItsFieldBeingOverwritten() throws Exception {
        try (VmHarness h = new VmHarness()) {
            assertEquals(expected(), h.run(PROGRAM));
            assertEquals("the table is empty once no slice runs", 0, h.space.deferredCount());
        }
    }

    @Test
    public void inSlicesOfRandomLengthTheProgramPrintsTheSameAndLeavesNothingBehind() throws Exception {
        try (VmHarness h = new VmHarness()) {
            String main = h.load(PROGRAM);
            long warm = h.rt.newThread(main);
            h.runToEnd(warm, 10_000);
            h.space.release(warm);
            long before = h.space.stats().liveObjects();
            synchronized (h.out) { h.out.setLength(0); }
            long thread = h.rt.newThread(main);
            Random rnd = new Random(11);
            Interpreter in = new Interpreter(h.rt);
            while (in.run(thread, 1 + rnd.nextInt(25), () -> false) != Outcome.FINISHED) {
                if (rnd.nextInt(5) == 0) in = new Interpreter(h.rt);
            }
            h.space.release(thread);
            assertEquals(expected(), h.out.toString());
            assertEquals(0, h.space.deferredCount());
            assertEquals("live objects before and after the program", before, h.space.stats().liveObjects());
        }
    }

    @Test
    public void aJavaReleaseOutsideAnySliceFreesAtOnce() throws Exception {
        try (VmHarness h = new VmHarness()) {
            long before = h.space.stats().liveObjects();
            long head = Ref.NULL;
            for (int i = 0; i < 1000; i++) {
                long n = h.space.allocate(Ref.NULL, 1, 0);
                h.space.setRef(n, 0, head);
                h.space.release(head);
                head = n;
            }
            h.space.release(head);
            assertEquals(0, h.space.deferredCount());
            assertEquals(before, h.space.stats().liveObjects());
        }
    }

    @Test
    public void closingTheRuntimeFreesTheTableAndEndsDeferral() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.rt.close();
            long before = h.space.stats().liveObjects();
            long o = h.space.allocate(Ref.NULL, 0, 8);
            h.space.release(o);
            assertEquals("tier one frees it at once", before, h.space.stats().liveObjects());
            assertEquals(0, h.space.deferredCount());
        }
    }

    /** Regression: with registers uncounted, dropped arrays waited for the slice's end and filled the space within one slice. */
    @Test
    public void aLoopThatDropsBigArraysDoesNotFillTheSpaceWithinOneSlice() throws Exception {
        try (VmHarness h = new VmHarness()) {
            String main = h.load("""
                class Big
                method main ()V
                    iconst 0
                    istore 0
                loop:
                    iload 0
                    iconst 1000
                    if_icmpge done
                    iconst 1048576
                    newarray byte
                    opop
                    iinc 0 1
                    goto loop
                done:
                    new tty
                    oldc "done"
                    call tty.println (O)V
                    ret
                end
                """);
            long thread = h.rt.newThread(main);
            h.runToEnd(thread, 1_000_000); // one slice could run the whole loop: 1000 MiB in a 256 MiB space
            h.space.release(thread);
            assertEquals("done\n", h.out.toString());
            assertEquals(0, h.space.deferredCount());
        }
    }

    @Test
    public void theTableCountsTheBytesOfWhatItHolds() throws Exception {
        try (VmHarness h = new VmHarness()) {
            long big = h.space.allocate(Ref.NULL, 0, 3 << 20);
            long small = h.space.allocate(Ref.NULL, 1, 0);
            // as if inside a slice: nothing is freed until the table is
            h.space.setDeferredFrees(() -> {});
            h.space.release(big);
            h.space.release(small);
            assertTrue("at least the 3 MiB array: " + h.space.deferredBytes(), h.space.deferredBytes() >= (3 << 20) + 16);
            assertEquals(2, h.space.reclaimDeferred());
            assertEquals(0, h.space.deferredBytes());
        }
    }

    static final String WALK = """
        class Node
        field obj next
        class Walk
        field obj head
        method build ()V
            iconst 0
            istore 0
        loop:
            iload 0
            iconst 50000
            if_icmpge done
            new Node
            ostore 2
            oload 2
            ogetf head
            oputfield Node next
            oload 2
            oputf head
            iinc 0 1
            goto loop
        done:
            ret
        end
        method walk (I)V
        outer:
            iload 0
            ifeq finished
            ogetf head
            ostore 2
        inner:
            oload 2
            ifnull again
            oload 2
            ogetfield Node next
            ostore 2
            goto inner
        again:
            iinc 0 -1
            goto outer
        finished:
            ret
        end
        method main ()V
            this
            call Walk.build ()V
            this
            iconst 40
            call Walk.walk (I)V
            ret
        end
        """;

    /**
     * Reading references writes nothing: walking a 50,000-node list slice after slice dirties
     * only the pages of the thread's own state (its frame, its thread object), not the list's,
     * so the next snapshot of a read-only program copies almost nothing.
     */
    @Test
    public void aReadOnlyWalkOverAListDirtiesAlmostNoPages() throws Exception {
        try (VmHarness h = new VmHarness()) {
            long thread = h.rt.newThread(h.load(WALK));
            Interpreter in = new Interpreter(h.rt);
            java.util.List<Integer> dirty = new java.util.ArrayList<>();
            // between slices is a safepoint: a new epoch per slice, as the snapshot engine makes
            long epoch = h.space.advanceEpoch();
            while (in.run(thread, 200_000, () -> false) != Outcome.FINISHED) {
                int n = 0;
                for (long p = 0; p < h.space.pageCount(); p++) if (h.space.pageEpoch(p) == epoch) n++;
                dirty.add(n);
                epoch = h.space.advanceEpoch();
            }
            h.space.release(thread);
            assertTrue("slices: " + dirty, dirty.size() > 10);
            // the first slices build the list; the median one only walks it
            java.util.List<Integer> sorted = new java.util.ArrayList<>(dirty);
            java.util.Collections.sort(sorted);
            int median = sorted.get(sorted.size() / 2);
            System.out.println("dirty pages per slice of a read-only walk (" + h.space.pageSize() + "-byte pages): " + dirty);
            assertTrue("median dirty pages per read-only slice " + median + " of " + dirty, median <= 4);
        }
    }
}
