package phantom.space.impl;

import static org.junit.Assert.*;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;

/**
 * A 16 GiB space in a JVM whose heap is 256 MiB (surefire's -Xmx256m for this module): the
 * space lives in the mapping, not on the heap, and the heap does not grow with it.
 */
public class LargeSpaceTest {
    static final long GIB = 1L << 30;

    @Test public void a16GiBSpaceWorksIn256MiBOfHeap() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue("this test must run with a small heap, has " + (maxHeap >> 20) + " MiB", maxHeap <= 300L << 20);
        Path file = SpaceTestSupport.newDir("large").resolve("space.mem");
        long heapBefore = usedHeap();
        try (MappedObjectSpace space = MappedObjectSpace.open(file, 16 * GIB)) {
            // 15 GiB of large objects spread over the whole space, touched at both ends
            int n = 240;
            long table = space.allocate(Ref.NULL, n, 0);
            space.setRoot(Roots.FIRST_FREE, table);
            space.release(table);
            int bytes = (64 << 20) - 4096;
            for (int i = 0; i < n; i++) {
                long big = space.allocate(Ref.NULL, 0, bytes);
                space.setLong(big, 0, i);
                space.setLong(big, bytes - 8, -i);
                space.setRef(table, i, big);
                space.release(big);
            }
            assertTrue("objects reach the last GiB", space.getRef(table, n - 1) > 14 * GIB);
            // and a few hundred thousand small ones
            long list = Ref.NULL;
            for (int i = 0; i < 300_000; i++) {
                long o = space.allocate(Ref.NULL, 1, 16);
                space.setLong(o, 8, i);
                space.setRef(o, 0, list);
                space.release(list);
                list = o;
            }
            space.setRoot(Roots.FIRST_FREE + 1, list);
            space.release(list);
            for (int i = 0; i < n; i++) {
                long big = space.getRef(table, i);
                assertEquals(i, space.getLong(big, 0));
                assertEquals(-i, space.getLong(big, bytes - 8));
            }
            assertEquals(240 + 1 + 300_000, space.stats().liveObjects());
            assertTrue(space.stats().used() > 15 * GIB);
            long heapGrowth = usedHeap() - heapBefore;
            System.out.printf("16 GiB space: heap growth %.1f MiB of %d MiB max%n", heapGrowth / 1048576.0, maxHeap >> 20);
            assertTrue("heap grew by " + (heapGrowth >> 20) + " MiB", heapGrowth < 32L << 20);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
