package phantom.kernel.snapshot;

import static org.junit.Assert.*;
import static phantom.kernel.snapshot.SnapshotStoreTest.*;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.driver.BlockDevice;
import phantom.api.driver.BlockStorage;
import phantom.devices.FileBlockStorage;

/**
 * The disk fills while a generation is written: the device fails the write the way a host
 * does (ENOSPC). The generation is abandoned with the host's message, the committed ones stay
 * intact and restorable, and once there is room again the next generation commits.
 */
public class FullDiskTest {

    /** A file device on a disk with {@code free} bytes left beyond what the file holds when opened. */
    static final class SmallDisk implements BlockStorage {
        volatile long limit = Long.MAX_VALUE;

        @Override public BlockDevice open(Path path) throws IOException {
            BlockDevice d = new FileBlockStorage().open(path);
            return new BlockDevice() {
                @Override public int blockSize() { return d.blockSize(); }

                @Override public long size() throws IOException { return d.size(); }

                @Override public int read(ByteBuffer dst, long position) throws IOException { return d.read(dst, position); }

                @Override public void write(ByteBuffer src, long position) throws IOException {
                    if (position + src.remaining() > limit) throw new IOException(path + ": No space left on device");
                    d.write(src, position);
                }

                @Override public void force() throws IOException { d.force(); }

                @Override public MemorySegment map(Arena arena) throws IOException { return d.map(arena); }

                @Override public String name() { return d.name(); }

                @Override public void close() throws IOException { d.close(); }
            };
        }
    }

    @Test public void aFullDiskAbandonsTheGenerationAndLosesNothingCommitted() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        SmallDisk disk = new SmallDisk();
        try (SnapshotStore s = SnapshotStore.open(disk, img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            for (int p = 0; p < 50; p++) w.writePage(p, page(p * 1000));
            w.commit();
            SnapshotStore.Writer w2 = s.begin();
            w2.writePage(3, page(3_333));
            w2.commit();
            disk.limit = s.fileBytes(); // the disk is full now
            SnapshotStore.Writer w3 = s.begin();
            try {
                for (int p = 0; p < 50; p++) w3.writePage(p, page(999_000 + p));
                w3.commit();
                fail("the full disk must fail the generation");
            } catch (IOException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("No space left on device"));
                w3.abandon();
            }
            assertEquals("the newest committed generation is still the current one", 2, s.current().number());
            disk.limit = Long.MAX_VALUE; // room again
            SnapshotStore.Writer w4 = s.begin();
            w4.writePage(4, page(4_444));
            assertEquals(3, w4.commit().number());
        }
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, CAP)) {
            assertTrue(s.warnings().toString(), s.warnings().isEmpty());
            Path space = d.resolve("space.mem");
            s.restoreInto(s.current(), space);
            assertEquals(3_333, firstLong(space, 3));
            assertEquals(4_444, firstLong(space, 4));
            assertEquals(10_000, firstLong(space, 10));
            s.restoreInto(s.previous(), space);
            assertEquals(3_333, firstLong(space, 3));
            assertEquals(4000, firstLong(space, 4));
        }
    }
}
