package phantom.space.impl;

import static phantom.space.impl.Layout.*;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;

import phantom.api.space.SpaceFormatException;

/**
 * Creates, checks and maps the file behind a space. A file is validated from a plain read of
 * its header before it is mapped writable, so a foreign or damaged file is refused unchanged.
 */
final class SpaceFile {
    final Path path;
    final FileChannel channel;
    final Arena arena;
    final MemorySegment segment;
    final long capacity;
    final boolean created;
    final boolean wasClean;
    /** Page checksums known good at open (pages past its end are zero), or null: the close computes every one. */
    private final int[] baseline;

    private SpaceFile(Path path, FileChannel channel, Arena arena, MemorySegment segment,
                      long capacity, boolean created, boolean wasClean, int[] baseline) {
        this.path = path;
        this.channel = channel;
        this.arena = arena;
        this.segment = segment;
        this.capacity = capacity;
        this.created = created;
        this.wasClean = wasClean;
        this.baseline = baseline;
    }

    /**
     * Opens {@code path}, formatting a new space of {@code capacity} bytes when the file does
     * not exist or is empty. An existing space smaller than {@code capacity} is grown to it.
     */
    static SpaceFile open(Path path, long capacity) throws IOException {
        return open(path, capacity, false);
    }

    /** What the file on disk can be trusted for, from plain reads: nothing is mapped or changed. */
    enum State { ABSENT, CLEAN, NOT_CLEAN, DAMAGED }

    /** The {@link State} of a file; for {@code DAMAGED} what is wrong with it; for {@code CLEAN} its verified page checksums. */
    record Inspection(State state, String problem, int[] sums) {
        Inspection(State state, String problem) { this(state, problem, null); }
    }

    /**
     * Checks {@code path} without changing it: absent, closed cleanly and intact (header,
     * allocator state and every page below the bump pointer against its checksum), not closed
     * cleanly, or damaged.
     */
    static Inspection inspect(Path path) {
        try {
            if (!Files.exists(path) || Files.size(path) == 0) return new Inspection(State.ABSENT, null);
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                return inspect(ch, path);
            }
        } catch (IOException e) {
            return new Inspection(State.DAMAGED, path + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * As {@link #inspect(Path)}, reading through {@code ch}: a file this process holds locked is
     * read only through its locked channel, since closing any other channel on it would drop the
     * process's OS lock.
     */
    static Inspection inspect(FileChannel ch, Path path) {
        try {
            if (ch.size() == 0) return new Inspection(State.ABSENT, null);
            checkHeader(ch, path, false);
            ByteBuffer b = readStart(ch, STATE_END);
            if (b.getInt(S_CLEAN) != 1) return new Inspection(State.NOT_CLEAN, null);
            String claim = path + " claims a clean close, but ";
            if (b.getInt(S_STATE_CRC) != stateCrc(MemorySegment.ofBuffer(b))) {
                return new Inspection(State.DAMAGED, claim + "its allocator state checksum does not match");
            }
            int[] sums;
            try {
                sums = PageSums.read(PageSums.pathOf(path), b.getLong(S_CREATED));
            } catch (IOException e) {
                return new Inspection(State.DAMAGED, claim + e.getMessage());
            }
            long used = b.getLong(A_PAGE_BUMP) >>> PAGE_SHIFT;
            if (sums.length != used) {
                return new Inspection(State.DAMAGED, claim + "its page checksums cover " + sums.length + " pages and it uses " + used);
            }
            List<String> bad = PageSums.check(ch, path, sums, 6);
            if (!bad.isEmpty()) {
                return new Inspection(State.DAMAGED, claim + String.join("; ", bad.subList(0, Math.min(5, bad.size())))
                    + (bad.size() > 5 ? "; and more" : ""));
            }
            return new Inspection(State.CLEAN, null, sums);
        } catch (SpaceFormatException e) {
            return new Inspection(State.DAMAGED, e.getMessage());
        } catch (IOException e) {
            return new Inspection(State.DAMAGED, path + " cannot be read: " + e.getMessage());
        }
    }

    /** The first {@code bytes} of the file (zero past its end). */
    private static ByteBuffer readStart(FileChannel ch, int bytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining() && ch.read(b, b.position()) >= 0) { /* fill */ }
        return b.clear();
    }

    /**
     * As {@link #open(Path, long)}; {@code asIs}: the allocator-state checksum of a file that
     * claims a clean close is not checked (the user asked to open the space as it is).
     */
    static SpaceFile open(Path path, long capacity, boolean asIs) throws IOException {
        FileChannel ch = openLocked(path);
        try {
            Inspection in = inspect(ch, path);
            if (in.state() == State.DAMAGED && !asIs) throw new SpaceFormatException(in.problem());
            return open(ch, path, capacity, asIs, in.sums());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Opens {@code path} (created empty if absent) and locks it for this process until the
     * channel closes: an OS lock, so a second opener is refused here, before anything changes,
     * even if the data directory's lock file was deleted. The lock belongs to the process and
     * any close of the file drops it, so a process opens its space once (SpaceComponent) and
     * reads it only through this channel while it is open.
     */
    static FileChannel openLocked(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process has it open already
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new IOException(path + " is in use by another Phantom process (it holds the file's lock); nothing was changed");
        }
        return ch;
    }

    /**
     * As {@link #open(Path, long, boolean)} on a channel from {@link #openLocked}; the caller
     * closes it on failure. {@code sums}: the page checksums {@link #inspect} verified, if any.
     */
    static SpaceFile open(FileChannel ch, Path path, long capacity, boolean asIs, int[] sums) throws IOException {
        if (capacity < FIRST_OBJECT_PAGE + PAGE_SIZE || (capacity & (PAGE_SIZE - 1)) != 0) {
            throw new IllegalArgumentException("space capacity must be a multiple of " + PAGE_SIZE
                + " bytes and at least " + (FIRST_OBJECT_PAGE + PAGE_SIZE) + ": " + capacity);
        }
        boolean exists = ch.size() > 0;
        long fileCapacity = exists ? checkHeader(ch, path, asIs) : 0;
        long mapped = Math.max(capacity, fileCapacity);
        Arena arena = Arena.ofShared();
        try {
            if (ch.size() < mapped) {
                // sparse: untouched pages take no disk and read as zero
                ch.write(ByteBuffer.allocate(1), mapped - 1);
            }
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_WRITE, 0, mapped, arena);
            boolean wasClean = true;
            if (!exists) {
                format(seg, mapped);
            } else {
                wasClean = seg.get(INT, S_CLEAN) == 1;
                if (wasClean && !asIs && seg.get(INT, S_STATE_CRC) != stateCrc(seg)) {
                    throw new SpaceFormatException(path + ": allocator state checksum mismatch; the space is damaged");
                }
                if (mapped != fileCapacity || asIs) {
                    seg.set(LONG, S_CAPACITY, mapped);
                    seg.set(INT, S_HEADER_CRC, headerCrc(seg));
                }
            }
            seg.set(INT, S_CLEAN, 0);
            seg.asSlice(0, PAGE_SIZE).force();
            return new SpaceFile(path, ch, arena, seg, mapped, !exists, wasClean, exists ? sums : new int[0]);
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    /** Reads and checks the header without mapping; returns the capacity recorded in it. */
    static long checkHeader(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            return checkHeader(ch, path, false);
        }
    }

    /**
     * As {@link #checkHeader(Path)}, reading through {@code ch} (positioned reads: its position
     * is not moved). {@code asIs}: the header checksum and the length are not checked (the user
     * asked to open the space as it is; the header is rewritten with its checksum, a short file
     * is extended with zeros); what identifies a space (magic, version, page size, byte order) is.
     */
    static long checkHeader(FileChannel ch, Path path, boolean asIs) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(STATE_START).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining() && ch.read(b, b.position()) >= 0) { /* fill */ }
        if (b.hasRemaining() || b.getLong(S_MAGIC) != MAGIC) {
            throw new SpaceFormatException(path + " is not a Phantom object space (bad magic number)");
        }
        int version = b.getInt(S_VERSION);
        if (version != FORMAT_VERSION) {
            throw new SpaceFormatException(path + " has space format version " + version
                + "; this build reads version " + FORMAT_VERSION);
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, S_HEADER_CRC_END);
        if (!asIs && (int) crc.getValue() != b.getInt(S_HEADER_CRC)) {
            throw new SpaceFormatException(path + ": header checksum mismatch; the space is damaged");
        }
        if (b.getInt(S_PAGE_SHIFT) != PAGE_SHIFT || b.getInt(S_BOM) != BYTE_ORDER_MARK) {
            throw new SpaceFormatException(path + ": unsupported page size or byte order");
        }
        long cap = b.getLong(S_CAPACITY);
        // as it is: a capacity that cannot be one is taken from the file's length
        if (asIs && !validCapacity(cap)) cap = ch.size() & ~(PAGE_SIZE - 1L);
        if (!validCapacity(cap)) {
            throw new SpaceFormatException(path + ": the header's capacity " + cap + " is not a space's; the space is damaged");
        }
        if (!asIs && ch.size() < cap) {
            throw new SpaceFormatException(path + " is truncated: " + ch.size() + " bytes, the header says " + cap);
        }
        return cap;
    }

    private static boolean validCapacity(long cap) {
        return cap >= FIRST_OBJECT_PAGE + PAGE_SIZE && (cap & (PAGE_SIZE - 1)) == 0;
    }

    private static void format(MemorySegment seg, long capacity) {
        seg.set(LONG, S_MAGIC, MAGIC);
        seg.set(INT, S_VERSION, FORMAT_VERSION);
        seg.set(INT, S_PAGE_SHIFT, PAGE_SHIFT);
        seg.set(LONG, S_CAPACITY, capacity);
        seg.set(LONG, S_CREATED, System.currentTimeMillis());
        seg.set(INT, S_BOM, BYTE_ORDER_MARK);
        seg.set(INT, S_HEADER_CRC, headerCrc(seg));
        seg.set(LONG, A_PAGE_BUMP, FIRST_OBJECT_PAGE);
    }

    static int headerCrc(MemorySegment seg) {
        CRC32C crc = new CRC32C();
        crc.update(seg.asSlice(0, S_HEADER_CRC_END).asByteBuffer());
        return (int) crc.getValue();
    }

    static int stateCrc(MemorySegment seg) {
        CRC32C crc = new CRC32C();
        crc.update(seg.asSlice(STATE_START, STATE_END - STATE_START).asByteBuffer());
        return (int) crc.getValue();
    }

    /**
     * Marks the file cleanly closed and unmaps it. {@code written}: the pages written since it
     * was opened (the others keep the checksum they had). Nothing is marked clean that is not:
     * when forcing the data or writing the checksums fails, the flag stays 0 and the next start
     * recovers the space from the snapshot store.
     */
    void close(java.util.function.LongPredicate written) throws IOException {
        try {
            markClean(written);
        } finally {
            arena.close();
            channel.close();
        }
    }

    /** Unmaps the file without marking it clean: the next start recovers it from the snapshot store. */
    void closeUnclean() throws IOException {
        try {
            arena.close();
        } finally {
            channel.close();
        }
    }

    /** The data, then the page checksums, then the clean flag: each forced before the next is written. */
    private void markClean(java.util.function.LongPredicate written) throws IOException {
        segment.set(INT, S_STATE_CRC, stateCrc(segment));
        try {
            segment.force();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        PageSums.write(PageSums.pathOf(path), segment.get(LONG, S_CREATED), sums(written));
        segment.set(INT, S_CLEAN, 1);
        segment.asSlice(0, PAGE_SIZE).force();
    }

    /** A checksum per page below the bump pointer: computed for pages written since open, else the one known at open. */
    private int[] sums(java.util.function.LongPredicate written) {
        int[] t = new int[(int) (segment.get(LONG, A_PAGE_BUMP) >>> PAGE_SHIFT)];
        for (int p = 0; p < t.length; p++) {
            // pages 0 and 1 (header, allocator state) change outside the write barrier
            boolean known = baseline != null && p > 1 && !written.test(p);
            t[p] = !known ? PageSums.pageCrc(segment, p) : p < baseline.length ? baseline[p] : PageSums.ZERO_PAGE;
        }
        return t;
    }
}
