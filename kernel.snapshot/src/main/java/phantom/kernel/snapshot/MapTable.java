package phantom.kernel.snapshot;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A generation's table of map pages (block and CRC of each), in chunks of {@value #CHUNK}: one
 * chunk is one index page on disk (docs/image-format.md). A new generation starts as a copy
 * that shares every chunk with the one before and copies a chunk only when it changes, so taking
 * a snapshot costs what changed, not the capacity: an untouched terabyte is a few thousand
 * shared references. Chunks never written share one all-zero chunk, never modified.
 */
final class MapTable {
    /** Map pages per index page: 12 bytes each (block u64, CRC u32) in 4096 bytes. */
    static final int CHUNK = 341;
    static final int ENTRY = 12;

    private static final long[] ZERO_BLOCKS = new long[CHUNK];
    private static final int[] ZERO_CRCS = new int[CHUNK];

    private final int size;
    private final long[][] blocks;
    private final int[][] crcs;
    /** The block of each chunk's index page (0: the chunk is all zero; -1: not written yet, a version 1 store). */
    private final long[] indexBlocks;
    private final int[] indexCrcs;
    /** Chunks this table owns (may change in place). */
    private final boolean[] owned;
    /** Chunks changed since the table was made: they need a new index page. */
    private final BitSet changed = new BitSet();

    private MapTable(int size, long[][] blocks, int[][] crcs, long[] indexBlocks, int[] indexCrcs, boolean[] owned) {
        this.size = size;
        this.blocks = blocks;
        this.crcs = crcs;
        this.indexBlocks = indexBlocks;
        this.indexCrcs = indexCrcs;
        this.owned = owned;
    }

    static int chunks(int mapPages) { return (mapPages + CHUNK - 1) / CHUNK; }

    /** A table of {@code size} map pages, every one all zero. */
    static MapTable empty(int size) {
        int n = chunks(size);
        long[][] b = new long[n][];
        int[][] c = new int[n][];
        Arrays.fill(b, ZERO_BLOCKS);
        Arrays.fill(c, ZERO_CRCS);
        return new MapTable(size, b, c, new long[n], new int[n], new boolean[n]);
    }

    int size() { return size; }

    int chunkCount() { return blocks.length; }

    long block(int i) { return blocks[i / CHUNK][i % CHUNK]; }

    int crc(int i) { return crcs[i / CHUNK][i % CHUNK]; }

    long indexBlock(int c) { return indexBlocks[c]; }

    int indexCrc(int c) { return indexCrcs[c]; }

    /** A table that starts as this one, sharing every chunk until it changes. */
    MapTable copy() {
        MapTable t = new MapTable(size, blocks.clone(), crcs.clone(), indexBlocks.clone(), indexCrcs.clone(), new boolean[blocks.length]);
        return t;
    }

    /** Sets map page {@code i}; its chunk is copied first unless this table owns it. */
    void set(int i, long block, int crc) {
        int c = i / CHUNK;
        if (!owned[c]) {
            blocks[c] = blocks[c].clone();
            crcs[c] = crcs[c].clone();
            owned[c] = true;
        }
        blocks[c][i % CHUNK] = block;
        crcs[c][i % CHUNK] = crc;
        changed.set(c);
    }

    /** Loading: chunk {@code c} as read from its index page (or a version 1 root, {@code indexBlock} -1). */
    void load(int c, long[] chunkBlocks, int[] chunkCrcs, long indexBlock, int indexCrc) {
        blocks[c] = chunkBlocks;
        crcs[c] = chunkCrcs;
        owned[c] = true;
        indexBlocks[c] = indexBlock;
        indexCrcs[c] = indexCrc;
    }

    /** The chunks that need a new index page: changed ones, and those a version 1 store never wrote. */
    BitSet toWrite() {
        BitSet b = (BitSet) changed.clone();
        for (int c = 0; c < indexBlocks.length; c++) if (indexBlocks[c] < 0) b.set(c);
        return b;
    }

    boolean allZero(int c) {
        if (blocks[c] == ZERO_BLOCKS) return true;
        for (long b : blocks[c]) if (b != 0) return false;
        return true;
    }

    /** The index page of chunk {@code c}: 341 entries of block and CRC. */
    java.nio.ByteBuffer indexPage(int c) {
        java.nio.ByteBuffer p = java.nio.ByteBuffer.allocate(SnapshotStore.BLOCK).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int e = 0; e < CHUNK; e++) {
            p.putLong(e * ENTRY, blocks[c][e]);
            p.putInt(e * ENTRY + 8, crcs[c][e]);
        }
        return p;
    }

    void setIndex(int c, long block, int crc) {
        indexBlocks[c] = block;
        indexCrcs[c] = crc;
    }

    /** Every map page's block, materialized (tests and tools). */
    long[] blocks() {
        long[] all = new long[size];
        for (int i = 0; i < size; i++) all[i] = block(i);
        return all;
    }
}
