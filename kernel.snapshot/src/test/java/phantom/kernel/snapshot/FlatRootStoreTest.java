package phantom.kernel.snapshot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static phantom.kernel.snapshot.SnapshotStoreTest.CAP;
import static phantom.kernel.snapshot.SnapshotStoreTest.dir;
import static phantom.kernel.snapshot.SnapshotStoreTest.firstLong;
import static phantom.kernel.snapshot.SnapshotStoreTest.page;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.Test;

import phantom.devices.FileBlockStorage;

/**
 * A store written before index pages (format version 1: a flat root listing every map page)
 * opens, restores, and grows: the first commit on it writes version 2 (index pages for every
 * chunk of map pages), and the version 1 generation stays restorable beside it.
 */
public class FlatRootStoreTest {
    private static final int B = SnapshotStore.BLOCK;

    private static ByteBuffer buf() { return ByteBuffer.allocate(B).order(ByteOrder.LITTLE_ENDIAN); }

    /** Generation 1 in version 1: page 3 holds 33 (block 2), page 300 holds 300 (block 3), map pages at blocks 4, 5; root at 6. */
    private static void writeVersion1(Path img) throws Exception {
        try (FileChannel ch = FileChannel.open(img, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer p3 = page(33).asByteBuffer(), p300 = page(300).asByteBuffer();
            ch.write(p3.duplicate(), 2L * B);
            ch.write(p300.duplicate(), 3L * B);
            ByteBuffer m0 = buf(), m1 = buf();
            m0.putLong(3 * SnapshotStore.ENTRY, 2).putInt(3 * SnapshotStore.ENTRY + 8, SnapshotStore.crc(p3, 0, B));
            m1.putLong((300 - 256) * SnapshotStore.ENTRY, 3).putInt((300 - 256) * SnapshotStore.ENTRY + 8, SnapshotStore.crc(p300, 0, B));
            ch.write(m0.duplicate(), 4L * B);
            ch.write(m1.duplicate(), 5L * B);
            int mapPages = (int) (CAP / B / SnapshotStore.PER_MAP);
            ByteBuffer root = buf();
            root.putLong(0, 4).putInt(8, SnapshotStore.crc(m0, 0, B));
            root.putLong(12, 5).putInt(20, SnapshotStore.crc(m1, 0, B));
            ch.write(root.duplicate(), 6L * B);
            ByteBuffer sb = buf();
            sb.putLong(0, SnapshotStore.MAGIC).putInt(8, 1).putInt(12, 12).putLong(16, 1).putLong(24, System.currentTimeMillis())
                .putLong(32, CAP).putLong(40, 6).putInt(48, 1).putInt(52, SnapshotStore.crc(root, 0, mapPages * 12));
            sb.putInt(SnapshotStore.SUPER_BYTES - 4, SnapshotStore.crc(sb, 0, SnapshotStore.SUPER_BYTES - 4));
            ch.write(sb.duplicate(), 1L * B); // slot 1 % 2
        }
    }

    @Test public void aVersionOneStoreOpensRestoresAndGrowsInVersionTwo() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        writeVersion1(img);
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, CAP)) {
            assertTrue(s.warnings().toString(), s.warnings().isEmpty());
            assertEquals(1, s.current().number());
            Path out = d.resolve("v1.mem");
            assertEquals(2, s.restoreInto(s.current(), out));
            assertEquals(33, firstLong(out, 3));
            assertEquals(300, firstLong(out, 300));
            SnapshotStore.Writer w = s.begin();
            w.writePage(5, page(55));
            w.commit();
        }
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, CAP)) {
            assertTrue(s.warnings().toString(), s.warnings().isEmpty());
            assertEquals(2, s.current().number());
            assertEquals(1, s.previous().number());
            Path two = d.resolve("v2.mem"), one = d.resolve("v1again.mem");
            assertEquals(3, s.restoreInto(s.current(), two));
            assertEquals(33, firstLong(two, 3));
            assertEquals(55, firstLong(two, 5));
            assertEquals(300, firstLong(two, 300));
            assertEquals(2, s.restoreInto(s.previous(), one));
            assertEquals(0, firstLong(one, 5));
            assertEquals(300, firstLong(one, 300));
        }
    }
}
