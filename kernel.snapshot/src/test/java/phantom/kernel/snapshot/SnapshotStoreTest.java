package phantom.kernel.snapshot;

import static org.junit.Assert.*;

import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

public class SnapshotStoreTest {
    static final long CAP = 4L << 20; // 1024 pages

    static Path dir() throws Exception {
        Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(Path.of("target"), "store");
    }

    static MemorySegment page(long fill) {
        MemorySegment s = Arena.ofAuto().allocate(SnapshotStore.BLOCK, 8);
        for (int i = 0; i < SnapshotStore.BLOCK; i += 8) s.set(ValueLayout.JAVA_LONG, i, fill + i);
        return s;
    }

    static long firstLong(Path spaceFile, long page) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(spaceFile.toFile(), "r")) {
            f.seek(page * SnapshotStore.BLOCK);
            return Long.reverseBytes(f.readLong());
        }
    }

    @Test public void generationsShareUnchangedPagesAndRestoreExactly() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            assertNull(s.current());
            SnapshotStore.Writer w = s.begin();
            for (int p = 0; p < 100; p++) w.writePage(p, page(p * 1000));
            assertEquals(1, w.commit().number());
            long afterFirst = Files.size(img);
            SnapshotStore.Writer w2 = s.begin();
            w2.writePage(7, page(777_000));
            assertEquals(2, w2.commit().number());
            long growth = Files.size(img) - afterFirst;
            assertTrue("the second generation wrote one page, one map page and a root, not 100 pages: " + growth,
                growth <= 4 * SnapshotStore.BLOCK);
        }
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            assertEquals(2, s.current().number());
            assertEquals(1, s.previous().number());
            Path space = d.resolve("space.mem");
            assertEquals(100, s.restoreInto(s.current(), space));
            assertEquals(CAP, Files.size(space));
            assertEquals(777_000, firstLong(space, 7));
            assertEquals(8000, firstLong(space, 8));
            assertEquals(0, firstLong(space, 500));
            s.restoreInto(s.previous(), space);
            assertEquals(7000, firstLong(space, 7));
        }
    }

    /** Issue 18: a restore reports its progress (a big image took minutes in silence). */
    @Test public void restoreReportsProgress() throws Exception {
        Path d = dir();
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), d.resolve("snapshots.img"), CAP)) {
            SnapshotStore.Writer w = s.begin();
            for (int p = 0; p < 100; p++) w.writePage(p, page(p));
            w.commit();
            java.util.List<Long> reports = new java.util.ArrayList<>();
            assertEquals(100, s.restoreInto(s.current(), d.resolve("space.mem"), 10, reports::add));
            assertEquals(java.util.List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L), reports);
        }
    }

    @Test public void aGenerationNotCommittedLeavesTheOldOnesIntact() throws Exception {
        Path img = dir().resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            w.writePage(1, page(1));
            w.commit();
            SnapshotStore.Writer torn = s.begin();
            for (int p = 0; p < 50; p++) torn.writePage(p, page(-p)); // blocks written, no superblock: a crash
        }
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            assertEquals(1, s.current().number());
            assertNull(s.previous());
        }
    }

    @Test public void twoGenerationsAreKeptAndOlderBlocksAreReused() throws Exception {
        Path img = dir().resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            for (int g = 0; g < 50; g++) {
                SnapshotStore.Writer w = s.begin();
                for (int p = 0; p < 20; p++) w.writePage(p, page(g * 100 + p));
                w.commit();
            }
            // 20 data pages per generation, 3 generations' worth at most in use, plus maps and roots
            assertTrue("file stays bounded: " + Files.size(img), Files.size(img) < 100 * SnapshotStore.BLOCK);
            Path space = img.resolveSibling("space.mem");
            s.restoreInto(s.current(), space);
            assertEquals(4900, firstLong(space, 0));
            s.restoreInto(s.previous(), space);
            assertEquals(4800, firstLong(space, 0));
        }
    }

    @Test public void aDamagedNewestGenerationIsDetectedAndTheOlderOneUsed() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        long dataBlock;
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            w.writePage(3, page(3));
            w.commit();
            SnapshotStore.Writer w2 = s.begin();
            w2.writePage(3, page(33));
            w2.commit();
            dataBlock = s.mapPage(s.current(), 0).getLong(3 * SnapshotStore.ENTRY);
        }
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.seek(dataBlock * SnapshotStore.BLOCK + 100);
            f.write(0x5A);
        }
        Path space = d.resolve("space.mem");
        assertEquals(1, new RecoveryComponent(new phantom.devices.FileBlockStorage()).recover(space));
        assertEquals("the older generation was restored", 3, firstLong(space, 3));
    }

    @Test public void aDamagedSuperblockFallsBackToTheOther() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            for (int g = 1; g <= 2; g++) {
                SnapshotStore.Writer w = s.begin();
                w.writePage(0, page(g));
                w.commit();
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.seek(0 * SnapshotStore.BLOCK + 20); // generation 2 lives in slot 0
            f.write(0x77);
        }
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            assertEquals(1, s.current().number());
            assertTrue(s.warnings().toString(), s.warnings().get(0).contains("bad checksum"));
        }
    }

    @Test public void aGrownSpaceKeepsItsGenerations() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            w.writePage(5, page(5));
            w.commit();
        }
        long bigger = 4 * CAP;
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), img, bigger)) {
            assertEquals("the old generation is still there", 1, s.current().number());
            SnapshotStore.Writer w = s.begin();
            w.writePage(3000, page(3000)); // a page only the grown space has
            assertEquals("numbering goes on", 2, w.commit().number());
        }
        Path space = d.resolve("space.mem");
        assertEquals(2, new RecoveryComponent(new phantom.devices.FileBlockStorage()).recover(space));
        assertEquals(bigger, Files.size(space));
        assertEquals(5, firstLong(space, 5));
        assertEquals(3000, firstLong(space, 3000));
    }

    @Test public void nothingToRecoverFromIsSaid() throws Exception {
        Path d = dir();
        phantom.api.space.NoUsableGenerationException e = assertThrows(phantom.api.space.NoUsableGenerationException.class,
            () -> new RecoveryComponent(new phantom.devices.FileBlockStorage()).recover(d.resolve("space.mem")));
        assertTrue(e.nothingStored());
        assertTrue(e.getMessage(), e.getMessage().contains("no snapshot store"));
    }

    @Test public void contiguousPagesAreWrittenInRuns() throws Exception {
        Path d = dir();
        try (SnapshotStore s = SnapshotStore.open(new phantom.devices.FileBlockStorage(), d.resolve("snapshots.img"), CAP)) {
            SnapshotStore.Writer w = s.begin();
            for (int p = 0; p < 100; p++) w.writePage(p, page(p));
            assertEquals("100 pages in blocks one after another: two writes (64 + 36)", 2, w.dataWrites());
            w.commit();
            Path out = d.resolve("restored.mem");
            assertEquals(100, s.restoreInto(s.current(), out));
            for (int p = 0; p < 100; p++) assertEquals(p, firstLong(out, p));
        }
    }
}
