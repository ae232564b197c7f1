package phantom.kernel.snapshot;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

import phantom.api.kernel.SnapshotImage;

/**
 * A pinned generation read in place from the memory-mapped store file: an address is found
 * through the generation's map page (itself in the file) to its data block. Nothing is copied
 * and nothing proportional to the space is kept on the Java heap; a bitmap of verified pages
 * (one bit per page) lives off-heap.
 */
final class StoreImage implements SnapshotImage {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int BLOCK = SnapshotStore.BLOCK, ENTRY = SnapshotStore.ENTRY, PER_MAP = SnapshotStore.PER_MAP;

    private final SnapshotStore store;
    private final SnapshotStore.Pin pin;
    private final SnapshotStore.Generation gen;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment file;
    private final MemorySegment verified;
    private final MapTable maps;
    private final long capacity;
    private long cachedPage = -1, cachedBase;
    private boolean closed;

    StoreImage(SnapshotStore store, SnapshotStore.Pin pin) throws IOException {
        this.store = store;
        this.pin = pin;
        this.gen = pin.generation();
        this.maps = gen.maps();
        this.capacity = gen.capacity();
        try {
            file = store.device().map(arena);
        } catch (IOException | RuntimeException e) {
            arena.close();
            store.unpin(pin);
            throw e;
        }
        verified = arena.allocate((capacity / BLOCK + 63) / 64 * 8, 8);
    }

    @Override public long generation() { return gen.number(); }

    @Override public long capacity() { return capacity; }

    @Override public long storedPages() {
        long n = 0;
        for (int i = 0; i < maps.size(); i++) {
            if (maps.block(i) == 0) continue;
            long base = maps.block(i) * BLOCK;
            for (int e = 0; e < PER_MAP; e++) if (file.get(LONG, base + (long) e * ENTRY) != 0) n++;
        }
        return n;
    }

    /** File offset of the block holding {@code page}, or -1 for a page never written (all zero). */
    private long base(long page) throws IOException {
        if (page == cachedPage) return cachedBase;
        if (closed) throw new IllegalStateException("snapshot image closed");
        int mi = (int) (page / PER_MAP);
        if (page < 0 || mi >= maps.size()) throw new IOException("address outside the image: page " + page);
        long base = -1;
        if (maps.block(mi) != 0) {
            long entry = maps.block(mi) * BLOCK + (page % PER_MAP) * ENTRY;
            long blk = file.get(LONG, entry);
            if (blk != 0) {
                base = blk * BLOCK;
                if (base + BLOCK > file.byteSize()) throw new IOException("page " + page + " lies past the end of the store");
                long word = (page >>> 6) << 3, bit = 1L << (page & 63);
                long w = verified.get(ValueLayout.JAVA_LONG, word);
                if ((w & bit) == 0) {
                    CRC32C c = new CRC32C();
                    c.update(file.asSlice(base, BLOCK).asByteBuffer());
                    if ((int) c.getValue() != file.get(INT, entry + 8)) {
                        throw new IOException("generation " + gen.number() + ": page " + page + " checksum mismatch");
                    }
                    verified.set(ValueLayout.JAVA_LONG, word, w | bit);
                }
            }
        }
        cachedPage = page;
        cachedBase = base;
        return base;
    }

    @Override public long readLong(long address) throws IOException {
        long b = base(address >>> 12);
        return b < 0 ? 0 : file.get(LONG, b + (address & (BLOCK - 1)));
    }

    @Override public int readInt(long address) throws IOException {
        long b = base(address >>> 12);
        return b < 0 ? 0 : file.get(INT, b + (address & (BLOCK - 1)));
    }

    @Override public short readShort(long address) throws IOException {
        long b = base(address >>> 12);
        return b < 0 ? 0 : file.get(SHORT, b + (address & (BLOCK - 1)));
    }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        arena.close();
        store.unpin(pin);
    }
}
