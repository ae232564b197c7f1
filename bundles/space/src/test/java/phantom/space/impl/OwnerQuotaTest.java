package phantom.space.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.SpaceFullException;

/** Allocation owners: footprints charged and credited, a quota that refuses without changing anything, counts kept across a reopen. */
public class OwnerQuotaTest {

    @Test
    public void ownersAreChargedCreditedLimitedAndKeptAcrossAReopen() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path file = Files.createTempDirectory(Path.of("target"), "owners").resolve("space.mem");
        long kept;
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 64L << 20)) {
            s.setOwnerQuota(1 << 20);
            int was = s.setAllocationOwner(5);
            assertEquals(0, was);
            long a = s.allocate(Ref.NULL, 0, 100_000); // a page run: 25 pages
            long b = s.allocate(Ref.NULL, 2, 8);       // a small size class
            assertEquals(25L * 4096 + Layout.CLASS_SIZES[Layout.sizeClass(Layout.objectBytes(2, 8))], s.ownerBytes(5));
            assertEquals(0, s.ownerBytes(6));
            long live = s.stats().liveObjects();
            SpaceFullException e = assertThrows(SpaceFullException.class, () -> s.allocate(Ref.NULL, 0, 1 << 20));
            assertTrue(e.getMessage(), e.getMessage().contains("quota of owner 5"));
            assertEquals("a refused allocation changes nothing", live, s.stats().liveObjects());
            s.setAllocationOwner(0);
            long big = s.allocate(Ref.NULL, 0, 2 << 20); // the system is never limited
            s.free(big);
            s.free(a); // no reclaimer in this test: freed by hand
            assertEquals(Layout.CLASS_SIZES[Layout.sizeClass(Layout.objectBytes(2, 8))], s.ownerBytes(5));
            s.setRoot(phantom.api.space.Roots.FIRST_FREE, b);
            s.release(b);
            kept = s.ownerBytes(5);
        }
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 64L << 20)) {
            assertEquals("the table is in the space", kept, s.ownerBytes(5));
            long b = s.root(phantom.api.space.Roots.FIRST_FREE);
            s.free(b);
            assertEquals(0, s.ownerBytes(5));
        }
    }

    @Test
    public void aSlicesAllocationsAreChargedWhenItEndsOrEvery64KiBAndItsQuotaCountsThemBefore() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path file = Files.createTempDirectory(Path.of("target"), "owners").resolve("space.mem");
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 64L << 20)) {
            s.setOwnerQuota(256 << 10);
            s.setAllocationOwner(3);
            s.beginSlice();
            long block = Layout.CLASS_SIZES[Layout.sizeClass(Layout.objectBytes(0, 1000))];
            for (int i = 0; i < 10; i++) s.allocate(Ref.NULL, 0, 1000);
            assertEquals("a few kilobytes wait for the slice's end", 0, s.ownerBytes(3));
            int made = 10;
            SpaceFullException e = null;
            try {
                for (; made < 1000; made++) s.allocate(Ref.NULL, 0, 1000);
            } catch (SpaceFullException full) {
                e = full;
            }
            assertTrue("the quota holds inside a slice", e != null && e.getMessage().contains("quota of owner 3"));
            assertEquals((256 << 10) / block, made);
            assertTrue("most is charged before the slice ends, for the other carriers' checks: " + s.ownerBytes(3),
                s.ownerBytes(3) > (256 << 10) - (64 << 10));
            s.endSlice();
            assertEquals(made * block, s.ownerBytes(3));
            s.setAllocationOwner(0);
        }
    }
}
