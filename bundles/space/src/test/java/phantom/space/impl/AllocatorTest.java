package phantom.space.impl;

import static org.junit.Assert.*;

import java.util.HashSet;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.SpaceFullException;
import phantom.api.space.SpaceStats;

public class AllocatorTest {
    private MappedObjectSpace space;

    @Before public void open() throws Exception {
        space = MappedObjectSpace.open(SpaceTestSupport.newDir("alloc").resolve("space.mem"), 32 << 20);
    }

    @After public void close() throws Exception { space.close(); }

    @Test public void sizeClassesCoverEverySmallSize() {
        for (int bytes = 32; bytes <= Layout.MAX_SMALL; bytes += 8) {
            int c = Layout.sizeClass(bytes);
            assertTrue(bytes + " fits its class", Layout.CLASS_SIZES[c] >= bytes);
            assertTrue(bytes + " takes the smallest class", c == 0 || Layout.CLASS_SIZES[c - 1] < bytes);
        }
        assertEquals(-1, Layout.sizeClass(Layout.MAX_SMALL + 8));
    }

    @Test public void objectsDoNotOverlap() {
        int n = 5000;
        long[] objs = new long[n];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int data = 16 + ((i * 13) % 300 & ~7);
            long o = space.allocate(Ref.NULL, i % 7, data);
            assertTrue(seen.add(o));
            assertEquals(0, o & 7);
            space.setLong(o, 0, i);
            space.setLong(o, data - 8, ~i);
            for (int s = 0; s < i % 7; s++) space.setRef(o, s, Ref.ofInt(i));
            objs[i] = o;
        }
        for (int i = 0; i < n; i++) {
            long o = objs[i];
            int data = space.dataBytes(o);
            assertEquals(i, space.getLong(o, 0));
            assertEquals(~i, space.getLong(o, data - 8));
            assertEquals(i % 7, space.refSlots(o));
            for (int s = 0; s < i % 7; s++) assertEquals(Ref.ofInt(i), space.getRef(o, s));
        }
        assertEquals(n, space.stats().liveObjects());
    }

    @Test public void freedMemoryIsReusedAndZeroed() {
        long a = space.allocate(Ref.NULL, 1, 40);
        space.setLong(a, 0, -1L);
        long incarnation = space.incarnation(a);
        space.free(a);
        assertTrue(space.isFree(a));
        assertThrows(IllegalStateException.class, () -> space.free(a));
        long b = space.allocate(Ref.NULL, 1, 40);
        assertEquals("same size class reuses the freed slot", a, b);
        assertEquals(0L, space.getLong(b, 0));
        assertEquals(Ref.NULL, space.getRef(b, 0));
        assertNotEquals("a new incarnation at the same address", incarnation, space.incarnation(b));
    }

    @Test public void largeObjectsTakePageRunsAndAreReused() {
        long big = space.allocate(Ref.NULL, 10, 100_000);
        assertEquals("page aligned", 0, big % Layout.PAGE_SIZE);
        space.setLong(big, 99_992, 42);
        SpaceStats s = space.stats();
        assertEquals(1, s.liveObjects());
        space.free(big);
        assertEquals(0, space.stats().liveObjects());
        long smaller = space.allocate(Ref.NULL, 0, 50_000);
        assertTrue("reused from the freed run", smaller >= big && smaller < big + 110_000);
        assertEquals(0, space.getLong(smaller, 49_992));
    }

    @Test public void aFullSpaceRefusesAndStaysUsable() {
        long used = 0;
        try {
            while (true) {
                space.allocate(Ref.NULL, 0, 1 << 20);
                used++;
            }
        } catch (SpaceFullException e) {
            assertTrue(e.getMessage().contains("full"));
        }
        assertTrue(used > 20);
        long before = space.stats().liveObjects();
        long small = space.allocate(Ref.NULL, 0, 8); // a small run may still be carved
        assertEquals(before + 1, space.stats().liveObjects());
        space.free(small);
    }

    @Test public void statsReportFragmentation() {
        long[] objs = new long[1000];
        for (int i = 0; i < objs.length; i++) objs[i] = space.allocate(Ref.NULL, 0, 40); // 72 bytes -> class 80
        SpaceStats full = space.stats();
        assertEquals(1000, full.liveObjects());
        assertEquals(80_000, full.liveBytes());
        assertEquals(72_000, full.requestedBytes());
        assertEquals(0.1, full.internalFragmentation(), 1e-9);
        for (int i = 0; i < objs.length; i += 2) space.free(objs[i]);
        SpaceStats half = space.stats();
        assertEquals(500, half.liveObjects());
        assertTrue(half.freeListBytes() >= 500 * 80);
        assertTrue(half.externalFragmentation() > 0);
    }
}
