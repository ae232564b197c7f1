package phantom.space.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.Test;

import phantom.api.space.Ref;

/** forEachObject visits every allocated object once, none that was freed, and resumes where it stopped. */
public class HeapWalkTest {
    @Test public void theWalkVisitsEveryLiveObjectOnceAndResumes() throws Exception {
        try (MappedObjectSpace space = MappedObjectSpace.open(SpaceTestSupport.newDir("walk").resolve("space.mem"), 256 << 20)) {
            long marker = space.allocate(Ref.NULL, 0, 0);
            Set<Long> made = new HashSet<>();
            for (int i = 0; i < 200_000; i++) {
                long o = space.allocate(marker, i % 3, (i % 7) * 8);
                if (i % 5 == 0) space.free(o);
                else made.add(o);
            }
            // large objects too (page runs)
            for (int i = 0; i < 5; i++) made.add(space.allocate(marker, 10_000, 0));
            Set<Long> seen = new HashSet<>();
            int[] dup = { 0 };
            long next = 0;
            do {
                int[] budget = { 1000 };
                next = space.forEachObject(next, o -> {
                    if (space.classOf(o) == marker && !seen.add(o)) dup[0]++;
                    return --budget[0] > 0;
                });
            } while (next != 0);
            assertEquals("visited twice", 0, dup[0]);
            assertEquals(made, seen);
            long[] all = { 0 };
            assertEquals(0, space.forEachObject(0, o -> { all[0]++; return true; }));
            assertTrue(all[0] >= made.size() + 1);
        }
    }
}
