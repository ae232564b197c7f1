package phantom.kernel.snapshot;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

import phantom.api.driver.BlockDevice;
import phantom.api.driver.BlockStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The snapshot store (docs/image-format.md): two superblocks, then 4 KiB blocks. A generation
 * is a root (blocks listing the map pages), map pages (each lists 256 space pages: data block
 * and CRC) and data blocks. A new generation writes only the pages that changed, new map pages
 * for those, and a new root; everything else is shared with the generation before. The two
 * newest complete generations are kept; a block referenced by neither is free.
 *
 * <p>Commit order: data, map and root blocks, then force; then the superblock in the slot of
 * the new generation (generation % 2), then force. A crash before the second force leaves the
 * older superblock, and the generation it names, intact.
 */
public final class SnapshotStore implements AutoCloseable {
    public static final long MAGIC = 0x3130504150534850L; // "PHSPAP01" little endian
    /** Written since lazy restarts: a root of index pages (version 1, a flat root of every map page, is still read). */
    public static final int VERSION = 2;
    static final int VERSION_FLAT_ROOT = 1;
    public static final int BLOCK = 4096;
    /** Contiguous data pages are written in runs of at most this many blocks (256 KiB). */
    static final int RUN_BLOCKS = 64;
    static final int ENTRY = 16;
    static final int PER_MAP = BLOCK / ENTRY; // 256 space pages per map page
    static final int SUPER_BYTES = 128;

    /** A generation fails its checks: a root, map page or data page whose CRC does not match, or a block past the end. */
    public static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedException(String message) { super(message); }
    }

    /** A generation as read from (or written to) disk. */
    public record Generation(long number, long createdMillis, long capacity, long rootBlock, int rootBlocks, MapTable maps) {
        int mapPages() { return maps.size(); }

        long mapBlock(int i) { return maps.block(i); }

        int mapCrc(int i) { return maps.crc(i); }

        /** Every map page's block (tests, tools): materialized, one long per map page of the capacity. */
        public long[] mapBlocks() { return maps.blocks(); }
    }

    private final Path path;
    private final BlockDevice ch;
    private final long capacity;
    private final int mapPages;
    private volatile Generation current;      // newest durable
    private volatile Generation previous;     // the one before it, kept
    private final BitSet usedCurrent = new BitSet(), usedPrevious = new BitSet();
    private long blockCount;         // file length in blocks
    private volatile long maxBytes = Long.MAX_VALUE; // a quota; writing past it fails like a full disk
    private final List<String> warnings = new ArrayList<>();
    /** True when a superblock slot held anything at all (so a store with no generation found is damaged, not new). */
    private boolean anySuperblock;
    /** The generation the live space descends from when it is not {@link #current} (a fallback restore); kept beside the next one. */
    private volatile Generation keep;
    /** Generations held open by readers (the cycle collector): their blocks are never reused. Guarded by this. */
    private final List<Pin> pins = new ArrayList<>();

    /** A generation kept on disk for a reader until {@link #unpin}. */
    public record Pin(Generation generation, BitSet blocks) {}

    /** Opened for a lazy restart: map pages are read (and checked) when a page they map is, not at the open; never written. */
    private final boolean mapsLater;

    private SnapshotStore(Path path, BlockDevice ch, long capacity) {
        this(path, ch, capacity, false);
    }

    private SnapshotStore(Path path, BlockDevice ch, long capacity, boolean mapsLater) {
        this.mapsLater = mapsLater;
        this.path = path;
        this.ch = ch;
        this.capacity = capacity;
        long pages = capacity / BLOCK;
        this.mapPages = (int) ((pages + PER_MAP - 1) / PER_MAP);
    }

    /**
     * Opens (or creates) the store at {@code path} on the block-storage device service, for a
     * space of {@code capacity} bytes; reads the newest valid generation.
     */
    public static SnapshotStore open(BlockStorage storage, Path path, long capacity) throws IOException {
        return open(path, storage.open(path), capacity);
    }

    private static SnapshotStore open(Path path, BlockDevice ch, long capacity) throws IOException {
        return open(path, ch, capacity, false);
    }

    private static SnapshotStore open(Path path, BlockDevice ch, long capacity, boolean mapsLater) throws IOException {
        if (ch.blockSize() != BLOCK) {
            ch.close();
            throw new IOException(ch.name() + ": the device's blocks are " + ch.blockSize() + " bytes; the store needs " + BLOCK);
        }
        SnapshotStore s = new SnapshotStore(path, ch, capacity, mapsLater);
        try {
            s.load();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return s;
    }

    /** Reads an existing store without knowing the capacity: the newest valid generation's capacity is used. */
    public static SnapshotStore openExisting(BlockStorage storage, Path path) throws IOException {
        return openExisting(storage, path, false);
    }

    /**
     * As {@link #openExisting}, for a lazy restart: only superblocks, roots and index pages are read
     * and checked at the open (a few blocks per GiB), map pages when a page they map is read
     * ({@link #pages}); the store cannot be written through.
     */
    static SnapshotStore openForRestart(BlockStorage storage, Path path) throws IOException {
        return openExisting(storage, path, true);
    }

    private static SnapshotStore openExisting(BlockStorage storage, Path path, boolean mapsLater) throws IOException {
        long cap = 0;
        BlockDevice ch = storage.openReadOnly(path);
        try {
            for (int slot = 0; slot < 2; slot++) {
                ByteBuffer b = read(ch, slot, 1);
                Long c = superCapacity(b);
                if (c != null) cap = Math.max(cap, c);
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (cap == 0) {
            // no valid superblock: load() still says why (never written, bad checksum, other format)
            cap = BLOCK * 2L;
        }
        return open(path, ch, cap, mapsLater);
    }

    public List<String> warnings() { return warnings; }

    /** True when at least one superblock slot was ever written (even if it is damaged now). */
    public boolean anySuperblock() { return anySuperblock; }

    /** Limits the store file to {@code bytes}; a generation that would need more is abandoned. */
    public void setMaxBytes(long bytes) { this.maxBytes = bytes; }

    public Generation current() { return current; }

    public Generation previous() { return previous; }

    public long capacity() { return capacity; }

    public long fileBytes() { return blockCount * BLOCK; }

    // ------------------------------------------------------------------ reading

    private static ByteBuffer read(BlockDevice ch, long block, int blocks) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(blocks * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        ch.read(b, block * BLOCK);
        b.flip();
        if (b.limit() < blocks * BLOCK) {
            ByteBuffer full = ByteBuffer.allocate(blocks * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
            full.put(b);
            full.flip();
            full.limit(blocks * BLOCK);
            return full;
        }
        return b;
    }

    static int crc(ByteBuffer b, int from, int to) {
        CRC32C c = new CRC32C();
        ByteBuffer d = b.duplicate();
        d.position(from).limit(to);
        c.update(d);
        return (int) c.getValue();
    }

    private static Long superCapacity(ByteBuffer b) {
        if (b.getLong(0) != MAGIC || !readable(b.getInt(8)) || crc(b, 0, SUPER_BYTES - 4) != b.getInt(SUPER_BYTES - 4)) return null;
        return b.getLong(32);
    }

    private void load() throws IOException {
        blockCount = Math.max(2, (ch.size() + BLOCK - 1) / BLOCK);
        List<Generation> found = new ArrayList<>();
        Map<Long, BitSet> uses = new HashMap<>();
        for (int slot = 0; slot < 2; slot++) {
            ByteBuffer b = read(ch, slot, 1);
            if (isZero(b)) continue; // never written
            anySuperblock = true;
            if (b.getLong(0) != MAGIC) {
                warnings.add("superblock " + slot + " is not a Phantom snapshot superblock");
                continue;
            }
            if (crc(b, 0, SUPER_BYTES - 4) != b.getInt(SUPER_BYTES - 4)) {
                warnings.add("superblock " + slot + " has a bad checksum");
                continue;
            }
            if (!readable(b.getInt(8)) || b.getInt(12) != 12) {
                warnings.add("superblock " + slot + " has format " + b.getInt(8) + "; this build reads " + VERSION_FLAT_ROOT + " and " + VERSION);
                continue;
            }
            long gen = b.getLong(16), created = b.getLong(24), cap = b.getLong(32), root = b.getLong(40);
            int rootBlocks = b.getInt(48), rootCrc = b.getInt(52);
            if (cap > capacity) {
                // a space never shrinks: this store belongs to a larger space than the one asking
                warnings.add("superblock " + slot + " (generation " + gen + ") is for a space of " + cap + " bytes, larger than " + capacity);
                continue;
            }
            try {
                BitSet used = new BitSet();
                found.add(readRoot(b.getInt(8), gen, created, cap, root, rootBlocks, rootCrc, used));
                uses.put(gen, used);
            } catch (IOException e) {
                warnings.add("generation " + gen + " is damaged: " + e.getMessage());
            }
        }
        found.sort((a, c) -> Long.compare(c.number(), a.number()));
        if (!found.isEmpty()) {
            current = found.get(0);
            usedCurrent.or(uses.get(current.number()));
        }
        if (found.size() > 1) {
            previous = found.get(1);
            usedPrevious.or(uses.get(previous.number()));
        }
    }

    private static boolean isZero(ByteBuffer b) {
        for (int i = 0; i < SUPER_BYTES; i += 8) if (b.getLong(i) != 0) return false;
        return true;
    }

    private static boolean readable(int version) { return version == VERSION || version == VERSION_FLAT_ROOT; }

    /**
     * Reads a generation's root (version 2: the index pages it lists; version 1: the flat table of
     * map pages) and checks every root, index and map page against its CRC, marking each block
     * the generation uses in {@code used} (data blocks too).
     */
    private Generation readRoot(int version, long gen, long created, long cap, long root, int rootBlocks, int rootCrc, BitSet used)
            throws IOException {
        // a generation of a space that has grown since has fewer map pages: the rest are all zero
        int itsMapPages = (int) ((cap / BLOCK + PER_MAP - 1) / PER_MAP);
        int itsChunks = MapTable.chunks(itsMapPages);
        int rootBytes = version == VERSION_FLAT_ROOT ? itsMapPages * 12 : itsChunks * MapTable.ENTRY;
        int expected = (rootBytes + BLOCK - 1) / BLOCK;
        if (rootBlocks != expected || root < 2) throw new DamagedException("root of " + rootBlocks + " blocks, expected " + expected);
        if ((root + rootBlocks) * BLOCK > ch.size()) throw new DamagedException("root at block " + root + " lies past the end of the store");
        ByteBuffer b = read(ch, root, rootBlocks);
        if (crc(b, 0, rootBytes) != rootCrc) throw new DamagedException("root checksum mismatch");
        for (int k = 0; k < rootBlocks; k++) used.set((int) (root + k));
        MapTable maps = MapTable.empty(mapPages);
        for (int c = 0; c < itsChunks; c++) {
            ByteBuffer entries;
            int at;
            long indexBlock;
            int indexCrc = 0;
            if (version == VERSION_FLAT_ROOT) {
                entries = b;
                at = c * MapTable.CHUNK * 12;
                indexBlock = -1; // written at the next commit
            } else {
                indexBlock = b.getLong(c * MapTable.ENTRY);
                indexCrc = b.getInt(c * MapTable.ENTRY + 8);
                if (indexBlock == 0) continue;
                if ((indexBlock + 1) * BLOCK > ch.size() || indexBlock < 2) {
                    throw new DamagedException("index page " + c + " (block " + indexBlock + ") lies past the end of the store");
                }
                entries = read(ch, indexBlock, 1);
                if (crc(entries, 0, BLOCK) != indexCrc) throw new DamagedException("index page " + c + " (block " + indexBlock + ") checksum mismatch");
                used.set((int) indexBlock);
                at = 0;
            }
            long[] blocks = new long[MapTable.CHUNK];
            int[] crcs = new int[MapTable.CHUNK];
            for (int e = 0; e < MapTable.CHUNK && c * MapTable.CHUNK + e < itsMapPages; e++) {
                blocks[e] = entries.getLong(at + e * 12);
                crcs[e] = entries.getInt(at + e * 12 + 8);
            }
            maps.load(c, blocks, crcs, indexBlock, indexCrc);
        }
        Generation g = new Generation(gen, created, capacity, root, rootBlocks, maps);
        if (mapsLater) return g;
        // every map page must be intact, or the generation is not usable
        for (int i = 0; i < mapPages; i++) {
            long blk = g.mapBlock(i);
            if (blk == 0) continue;
            ByteBuffer m = mapPage(g, i);
            used.set((int) blk);
            for (int e = 0; e < PER_MAP; e++) {
                long d = m.getLong(e * ENTRY);
                if (d != 0) used.set((int) d);
            }
        }
        return g;
    }

    /** The map page {@code index} of a generation, checked; null entries mean an all-zero map page. */
    ByteBuffer mapPage(Generation g, int index) throws IOException {
        long blk = g.mapBlock(index);
        if (blk == 0) return ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        if (blk < 2 || (blk + 1) * BLOCK > ch.size()) throw new DamagedException("map page " + index + " (block " + blk + ") lies past the end of the store");
        ByteBuffer b = read(ch, blk, 1);
        if (crc(b, 0, BLOCK) != g.mapCrc(index)) {
            throw new DamagedException("map page " + index + " (block " + blk + ") checksum mismatch");
        }
        return b;
    }

    /**
     * Every problem of generation {@code g}'s data pages, one line each (at most {@code limit});
     * empty when every page is whole. Map pages were checked when the store was opened.
     */
    public List<String> check(Generation g, int limit) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < g.mapPages() && problems.size() < limit; i++) {
            if (g.mapBlock(i) == 0) continue;
            ByteBuffer m;
            try {
                m = mapPage(g, i);
            } catch (DamagedException e) {
                problems.add("generation " + g.number() + ": " + e.getMessage());
                continue;
            }
            for (int e = 0; e < PER_MAP && problems.size() < limit; e++) {
                String p = entryProblem(g, m, (long) i * PER_MAP + e);
                if (p != null) problems.add(p);
            }
        }
        return problems;
    }

    /** Null when {@code page}'s entry in its map page {@code m} names no block (an all-zero page) or a whole one, else what is wrong with it. */
    private String entryProblem(Generation g, ByteBuffer m, long page) throws IOException {
        int e = (int) (page % PER_MAP);
        long blk = m.getLong(e * ENTRY);
        if (blk == 0) return null;
        return checkPage(g, page, blk, m.getInt(e * ENTRY + 8), blk < blockCount ? read(ch, blk, 1) : null);
    }

    /** Null when the block holding {@code page} is whole, else what is wrong with it. */
    private String checkPage(Generation g, long page, long blk, int expectedCrc, ByteBuffer data) {
        if (blk >= blockCount) return "generation " + g.number() + ": page " + page + " (block " + blk + ") lies past the end of the store";
        if (crc(data, 0, BLOCK) != expectedCrc) return "generation " + g.number() + ": page " + page + " (block " + blk + ") checksum mismatch";
        return null;
    }

    /**
     * Copies every page of generation {@code g} into {@code spaceFile}. The whole generation is
     * checked first: a damaged one throws {@link DamagedException} before {@code spaceFile} is
     * touched, so a generation is restored whole or not at all, never in part.
     */
    public long restoreInto(Generation g, Path spaceFile) throws IOException {
        try (FileChannel out = FileChannel.open(spaceFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            return restoreInto(g, out);
        }
    }

    /** Tests: as {@link #restoreInto(Generation, Path)}, with progress reports. */
    long restoreInto(Generation g, Path spaceFile, int every, java.util.function.LongConsumer progress) throws IOException {
        try (FileChannel out = FileChannel.open(spaceFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            return restoreInto(g, out, every, progress);
        }
    }

    /** As {@link #restoreInto(Generation, Path)}, through {@code out} (the space file, open and locked by its owner). */
    public long restoreInto(Generation g, FileChannel out) throws IOException {
        return restoreInto(g, out, PROGRESS_PAGES, n -> {});
    }

    static final int PROGRESS_PAGES = 4096;

    /** The same, telling {@code progress} the pages restored so far after every {@code every} pages (a big image takes minutes). */
    public long restoreInto(Generation g, FileChannel out, int every, java.util.function.LongConsumer progress) throws IOException {
        List<String> problems = check(g, 10);
        if (!problems.isEmpty()) throw new DamagedException(String.join("; ", problems));
        long pages = 0;
        out.truncate(0);
        out.write(ByteBuffer.allocate(1), g.capacity() - 1); // sparse, all zero
        for (int i = 0; i < g.mapPages(); i++) {
            if (g.mapBlock(i) == 0) continue;
            ByteBuffer m = mapPage(g, i);
            for (int e = 0; e < PER_MAP; e++) {
                long blk = m.getLong(e * ENTRY);
                if (blk == 0) continue;
                long page = (long) i * PER_MAP + e;
                ByteBuffer data = read(ch, blk, 1);
                // checked again: a block that reads differently now is not restored as if it were good
                String p = checkPage(g, page, blk, m.getInt(e * ENTRY + 8), data);
                if (p != null) throw new DamagedException(p);
                while (data.hasRemaining()) out.write(data, page * BLOCK + data.position());
                if (++pages % every == 0) progress.accept(pages);
            }
        }
        out.force(true);
        return pages;
    }

    /**
     * A lazy restart from generation {@code g} (docs/image-format.md, "Lazy restart"): checks its
     * header pages (0 and 1: the allocator state and the roots), then writes them into {@code out}
     * and cuts it at the generation's bump pointer (zero above, up to its capacity); the pages
     * between are stale until {@link #pages} reads them over. Nothing is written when they
     * fail their checks ({@link DamagedException}). Returns the pages the generation uses (its
     * bump pointer): every page from 2 up to it is read later, on first touch, through {@link #pages}.
     */
    public long prepareLazy(Generation g, FileChannel out) throws IOException {
        int head = (int) (phantom.api.space.ImageFormat.FIRST_OBJECT / BLOCK);
        ByteBuffer m = mapPage(g, 0);
        ByteBuffer[] pages = new ByteBuffer[head];
        for (int p = 0; p < head; p++) {
            long blk = m.getLong(p * ENTRY);
            if (blk == 0) throw new DamagedException("generation " + g.number() + ": header page " + p + " is missing");
            ByteBuffer data = read(ch, blk, 1);
            String problem = checkPage(g, p, blk, m.getInt(p * ENTRY + 8), data);
            if (problem != null) throw new DamagedException(problem);
            pages[p] = data;
        }
        long bump = pages[0].getLong(phantom.api.space.ImageFormat.A_PAGE_BUMP);
        if (bump < phantom.api.space.ImageFormat.FIRST_OBJECT || bump > g.capacity() || (bump & (BLOCK - 1)) != 0) {
            throw new DamagedException("generation " + g.number() + ": its bump pointer " + bump + " is not one of a space of " + g.capacity() + " bytes");
        }
        // pages from the bump pointer on are zero in the generation: cut off (only what was allocated since, not
        // the image: a truncation to 0 would drop every cached page of it); pages below it are overwritten as they
        // are read, and never read before
        if (out.size() > bump) out.truncate(bump);
        out.write(ByteBuffer.allocate(1), g.capacity() - 1); // sparse, all zero
        for (int p = 0; p < head; p++) {
            ByteBuffer d = pages[p];
            while (d.hasRemaining()) out.write(d, (long) p * BLOCK + d.position());
        }
        out.force(true);
        return bump / BLOCK;
    }

    /** CRC32C of a page of zeros: the checksum of a page a generation stores as block 0. */
    static final int ZERO_PAGE_CRC = crc(ByteBuffer.allocate(BLOCK), 0, BLOCK);

    /**
     * True when every page of generation {@code g} from {@code from} on has the checksum {@code sums}
     * gives it (pages past its end: a page of zeros). The map pages were checked at the open.
     */
    boolean sameAs(Generation g, int[] sums, int from) throws IOException {
        long pages = (long) g.mapPages() * PER_MAP;
        for (int i = 0; i < g.mapPages(); i++) {
            long base = (long) i * PER_MAP;
            if (g.mapBlock(i) == 0) {
                for (long p = Math.max(from, base); p < Math.min(sums.length, base + PER_MAP); p++) if (sums[(int) p] != ZERO_PAGE_CRC) return false;
                continue;
            }
            ByteBuffer m = mapPage(g, i);
            for (int e = 0; e < PER_MAP; e++) {
                long p = base + e;
                if (p < from) continue;
                int stored = m.getLong(e * ENTRY) == 0 ? ZERO_PAGE_CRC : m.getInt(e * ENTRY + 8);
                int live = p < sums.length ? sums[(int) p] : ZERO_PAGE_CRC;
                if (stored != live) return false;
            }
        }
        for (long p = Math.max(from, pages); p < sums.length; p++) if (sums[(int) p] != ZERO_PAGE_CRC) return false;
        return true;
    }

    /**
     * Null when page {@code page} of generation {@code h} reads whole now (or is all zero in it), else what is
     * wrong with it: its map page or its data block fails its check. Two kept generations share every block of a
     * page neither changed (docs/image-format.md), so a block found damaged in one is checked in the other this way.
     */
    String damageOf(Generation h, long page) {
        if (page < 0 || page / PER_MAP >= h.mapPages()) return null;
        try {
            return entryProblem(h, mapPage(h, (int) (page / PER_MAP)), page);
        } catch (DamagedException e) {
            return e.getMessage();
        } catch (IOException e) {
            return null; // not readable now (the store closes): nothing is known against it
        }
    }

    /** Reads the data pages of a generation for a lazy restart; see {@link StorePages}. */
    StorePages pages(Generation g, long pages, java.util.function.BiConsumer<Long, String> onDamage) {
        return new StorePages(g, pages, onDamage);
    }

    /**
     * The pages of one generation, read on demand: map pages are read (and checked) once each,
     * data blocks that lie one after another in the store are read together, and every page is
     * checked against its CRC before it is handed out. Safe for concurrent use.
     */
    final class StorePages implements phantom.api.space.LazyRestore {
        private final Generation g;
        private final long pages;
        private final ByteBuffer[] maps;
        private final java.util.function.BiConsumer<Long, String> onDamage;
        private volatile boolean closed;
        /** The page whose map page or data block failed its check last (a run names its first page only), or -1. */
        private volatile long damagedPage = -1;

        StorePages(Generation g, long pages, java.util.function.BiConsumer<Long, String> onDamage) {
            this.g = g;
            this.pages = pages;
            this.maps = new ByteBuffer[(int) ((pages + PER_MAP - 1) / PER_MAP)];
            this.onDamage = onDamage;
        }

        @Override public long generation() { return g.number(); }

        @Override public long pages() { return pages; }

        private synchronized ByteBuffer map(int index) throws IOException {
            if (closed) throw new IOException("the snapshot store is closed");
            ByteBuffer m = maps[index];
            if (m == null) maps[index] = m = mapPage(g, index);
            return m;
        }

        @Override public boolean read(long page, MemorySegment dst) throws IOException {
            return readRun(page, 1, dst) == 1;
        }

        @Override public int readRun(long page, int count, MemorySegment dst) throws IOException {
            if (page < 0 || page + count > pages) throw new IOException("page " + page + " lies past the generation's " + pages + " pages");
            long[] blk = new long[count];
            int[] crc = new int[count];
            for (int i = 0; i < count; i++) {
                long p = page + i;
                ByteBuffer m;
                try {
                    m = map((int) (p / PER_MAP));
                } catch (DamagedException e) {
                    damagedPage = p;
                    throw e;
                }
                int e = (int) (p % PER_MAP);
                blk[i] = m.getLong(e * ENTRY);
                crc[i] = m.getInt(e * ENTRY + 8);
            }
            int nonZero = 0;
            for (int i = 0; i < count; ) {
                if (blk[i] == 0) {
                    // all zero in the generation; the space file may hold anything there
                    dst.asSlice((long) i * BLOCK, BLOCK).fill((byte) 0);
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < count && blk[j] == blk[j - 1] + 1) j++;
                if (blk[j - 1] >= blockCount) {
                    damagedPage = page + j - 1;
                    throw new DamagedException("generation " + g.number() + ": page " + (page + j - 1) + " (block " + blk[j - 1] + ") lies past the end of the store");
                }
                ByteBuffer b = dst.asSlice((long) i * BLOCK, (long) (j - i) * BLOCK).asByteBuffer();
                ch.read(b, blk[i] * BLOCK);
                for (int k = i; k < j; k++) {
                    String problem = checkPage(g, page + k, blk[k], crc[k], dst.asSlice((long) k * BLOCK, BLOCK).asByteBuffer());
                    if (problem != null) {
                        damagedPage = page + k;
                        throw new DamagedException(problem);
                    }
                    nonZero++;
                }
                i = j;
            }
            return nonZero;
        }

        @Override public void damaged(long page, String problem) {
            long found = damagedPage;
            onDamage.accept(found >= 0 ? found : page, problem);
        }

        @Override public void close() throws IOException {
            synchronized (this) {
                if (closed) return;
                closed = true;
                java.util.Arrays.fill(maps, null);
            }
            SnapshotStore.this.close();
        }
    }

    /**
     * The live space was restored from {@code number} (not necessarily the newest): the next
     * generation is written beside it, over the other slot, so it stays on disk until a newer
     * whole one is durable.
     */
    public void descendsFrom(long number) {
        if (previous != null && previous.number() == number) keep = previous;
        else if (current != null && current.number() == number) keep = null;
    }

    // ------------------------------------------------------------------ writing

    /** A generation being written; {@link #commit} makes it durable, {@link #abandon} drops it. */
    public final class Writer {
        private final long number;
        private final MapTable maps;
        private final Map<Integer, ByteBuffer> dirtyMaps = new HashMap<>();
        private final BitSet usedNew = new BitSet();
        /** Blocks of the kept generations and of this one: never overwritten while this one is written. */
        private final BitSet busy = new BitSet();
        private int cursor = 2;
        private long pagesWritten;

        /** The generation that stays on disk beside this one, and its blocks. */
        private final Generation kept;
        private final BitSet keptUsed;

        /** {@code fresh}: share nothing with older generations (every page of the space is written). */
        Writer(boolean fresh) {
            writable();
            synchronized (SnapshotStore.this) {
                for (Pin p : pins) busy.or(p.blocks());
            }
            Generation k = keep;
            kept = k != null ? k : current;
            keptUsed = k != null ? usedPrevious : usedCurrent;
            // slot = number % 2: one past the newest overwrites the other slot; two past it, the newest's own
            number = current == null ? 1 : current.number() + (k != null ? 2 : 1);
            Generation base = fresh ? null : kept;
            maps = base == null ? MapTable.empty(mapPages) : base.maps().copy();
            if (base != null) {
                usedNew.or(keptUsed); // the new generation starts as its base
                for (int b = 0; b < base.rootBlocks(); b++) usedNew.clear((int) (base.rootBlock() + b));
            }
            busy.or(usedCurrent);
            busy.or(usedPrevious);
        }

        public long number() { return number; }

        public long pagesWritten() { return pagesWritten; }

        private long allocate() throws IOException {
            int b = busy.nextClearBit(cursor);
            if ((b + 1L) * BLOCK > maxBytes) throw new IOException("snapshot store full: its limit is " + maxBytes + " bytes");
            cursor = b + 1;
            busy.set(b);
            usedNew.set(b);
            if (b >= blockCount) blockCount = b + 1L;
            return b;
        }

        /** Writes one space page (4096 bytes from {@code src}) into this generation. */
        public void writePage(long page, MemorySegment src) throws IOException {
            int mi = (int) (page / PER_MAP), e = (int) (page % PER_MAP);
            ByteBuffer m = dirtyMaps.get(mi);
            if (m == null) {
                m = ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
                if (maps.block(mi) != 0) {
                    m.put(read(ch, maps.block(mi), 1));
                    m.clear();
                    usedNew.clear((int) maps.block(mi));
                }
                dirtyMaps.put(mi, m);
            }
            long old = m.getLong(e * ENTRY);
            if (old != 0) usedNew.clear((int) old);
            ByteBuffer data = src.asSlice(0, BLOCK).asByteBuffer();
            int c = crc(data, 0, BLOCK);
            long blk = allocate();
            batch(data, blk);
            m.putLong(e * ENTRY, blk);
            m.putInt(e * ENTRY + 8, c);
            pagesWritten++;
        }

        /** Data pages whose blocks follow one another, written together ({@value #RUN_BLOCKS} at most). */
        private ByteBuffer run;
        private long runStart = -1;
        private int runLength;
        private long writes;

        /** Adds a data page to the run being gathered, or writes that run and starts another one. */
        private void batch(ByteBuffer data, long block) throws IOException {
            if (run == null) run = ByteBuffer.allocateDirect(RUN_BLOCKS * BLOCK);
            if (runLength > 0 && (block != runStart + runLength || runLength == RUN_BLOCKS)) flush();
            if (runLength == 0) runStart = block;
            ByteBuffer d = data.duplicate();
            d.position(0).limit(BLOCK);
            run.position(runLength * BLOCK);
            run.put(d);
            runLength++;
        }

        private void flush() throws IOException {
            if (runLength == 0) return;
            run.position(0).limit(runLength * BLOCK);
            ch.write(run, runStart * BLOCK);
            run.clear();
            runLength = 0;
            writes++;
        }

        /** Writes issued for data pages so far (contiguous pages go in one). */
        public long dataWrites() { return writes + (runLength > 0 ? 1 : 0); }

        private void writeFully(ByteBuffer data, long block) throws IOException {
            ByteBuffer d = data.duplicate();
            d.position(0).limit(BLOCK);
            long pos = block * BLOCK;
            ch.write(d, pos);
        }

        /** Writes map pages and root, forces, writes the superblock, forces: the generation is durable. */
        public Generation commit() throws IOException {
            flush();
            for (Map.Entry<Integer, ByteBuffer> en : dirtyMaps.entrySet()) {
                long blk = allocate();
                ByteBuffer m = en.getValue();
                writeFully(m, blk);
                maps.set(en.getKey(), blk, crc(m, 0, BLOCK));
            }
            // an index page for every chunk of map pages that changed; the others are shared
            java.util.BitSet chunks = maps.toWrite();
            for (int c = chunks.nextSetBit(0); c >= 0; c = chunks.nextSetBit(c + 1)) {
                long old = maps.indexBlock(c);
                if (old > 0) usedNew.clear((int) old);
                if (maps.allZero(c)) {
                    maps.setIndex(c, 0, 0);
                    continue;
                }
                ByteBuffer page = maps.indexPage(c);
                long blk = allocate();
                writeFully(page, blk);
                maps.setIndex(c, blk, crc(page, 0, BLOCK));
            }
            int rootBytes = maps.chunkCount() * MapTable.ENTRY;
            int rootBlocks = (rootBytes + BLOCK - 1) / BLOCK;
            ByteBuffer root = ByteBuffer.allocate(rootBlocks * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
            for (int c = 0; c < maps.chunkCount(); c++) {
                root.putLong(c * MapTable.ENTRY, maps.indexBlock(c));
                root.putInt(c * MapTable.ENTRY + 8, maps.indexCrc(c));
            }
            long rootBlock = allocateRun(rootBlocks);
            long pos = rootBlock * BLOCK;
            root.position(0);
            ch.write(root, pos);
            ch.force();
            long now = System.currentTimeMillis();
            ByteBuffer sb = ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
            sb.putLong(0, MAGIC);
            sb.putInt(8, VERSION);
            sb.putInt(12, 12);
            sb.putLong(16, number);
            sb.putLong(24, now);
            sb.putLong(32, capacity);
            sb.putLong(40, rootBlock);
            sb.putInt(48, rootBlocks);
            sb.putInt(52, crc(root, 0, rootBytes));
            sb.putInt(SUPER_BYTES - 4, crc(sb, 0, SUPER_BYTES - 4));
            sb.position(0);
            long slot = number % 2;
            ch.write(sb, slot * BLOCK);
            ch.force();
            Generation g = new Generation(number, now, capacity, rootBlock, rootBlocks, maps);
            synchronized (SnapshotStore.this) {
                publish(g);
            }
            return g;
        }

        private void publish(Generation g) {
            BitSet k = (BitSet) keptUsed.clone();
            previous = kept;
            usedPrevious.clear();
            usedPrevious.or(k);
            current = g;
            usedCurrent.clear();
            usedCurrent.or(usedNew);
            keep = null;
        }

        private long allocateRun(int n) throws IOException {
            int start = busy.nextClearBit(2);
            while (true) {
                int end = busy.nextSetBit(start);
                if (end < 0 || end - start >= n) break;
                start = busy.nextClearBit(end);
            }
            if ((start + (long) n) * BLOCK > maxBytes) throw new IOException("snapshot store full: its limit is " + maxBytes + " bytes");
            busy.set(start, start + n);
            usedNew.set(start, start + n);
            if (start + n > blockCount) blockCount = start + (long) n;
            return start;
        }

        /** Drops this generation: its blocks were never named by a superblock, so they are simply free again. */
        public void abandon() { /* the bit sets of the kept generations never included them */ }
    }

    public Writer begin() { return new Writer(false); }

    /** A generation that shares nothing with the older ones: the caller writes every page of the space. */
    public Writer beginFresh() { return new Writer(true); }

    private void writable() {
        if (mapsLater) throw new IllegalStateException(path + " was opened for a restart: it is only read");
    }

    /**
     * Keeps the newest durable generation's blocks from reuse until {@link #unpin}; null when
     * there is none, or when the live space does not descend from it (restored from the one
     * before, see {@link #descendsFrom}): a reader such as the cycle collector must only see a
     * past of the live space, so it waits for the next generation.
     */
    public synchronized Pin pinCurrent() {
        if (current == null || keep != null) return null;
        BitSet b = new BitSet();
        b.or(usedCurrent);
        Pin p = new Pin(current, b);
        pins.add(p);
        return p;
    }

    public synchronized void unpin(Pin p) {
        pins.removeIf(x -> x == p);
    }

    @Override public void close() throws IOException { ch.close(); }

    public Path path() { return path; }

    /** The device the store lives on (readers map it). */
    BlockDevice device() { return ch; }

    static boolean exists(Path p) { return Files.exists(p); }
}
