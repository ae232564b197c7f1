package phantom.space.impl;

import static phantom.space.impl.Layout.*;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Reclaimer;
import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.api.space.SnapshotHook;
import phantom.api.space.SpaceFullException;
import phantom.api.space.SpaceStats;

/**
 * The object space on a memory-mapped file. References are byte offsets into the mapping.
 *
 * <p>Write barrier: every store calls {@link #touch} for the page it writes. A page whose entry
 * in the (off-heap, not persistent) epoch table is not the current epoch takes the slow path:
 * it is claimed with a CAS, the {@link SnapshotHook} sees it unchanged, then the entry is set to
 * the current epoch. So the hook runs exactly once per page per epoch, before any write.
 *
 * <p>Allocator: size classes carve objects from 16-page runs, large objects take page runs;
 * free lists and cursors live in the space header, each size class under its own lock.
 */
public final class MappedObjectSpace implements ObjectSpace, AutoCloseable {
    private static final VarHandle COUNT = INT.varHandle();
    private static final VarHandle WORD = LONG.varHandle();
    private static final VarHandle EPOCH = java.lang.foreign.ValueLayout.JAVA_INT.varHandle();
    private static final int BUSY = -1;

    private final SpaceFile file;
    private final MemorySegment seg;
    private final long capacity;
    private final Arena epochArena;
    private final MemorySegment epochs;
    private final ReentrantLock[] classLocks = new ReentrantLock[CLASSES];
    private final ReentrantLock pageLock = new ReentrantLock();

    /** Disk blocks are reserved this far ahead of the bump pointer, so a page is never written without one. */
    private static final long RESERVE_AHEAD = 4L << 20;
    private volatile DiskReservation disk;
    private long reserved; // guarded by pageLock: bytes [0, reserved) have disk blocks

    private volatile int epoch = 1;
    private volatile Reclaimer reclaimer;
    private volatile SnapshotHook hook;
    private volatile Runnable leakListener = () -> {};
    /** Pages of a lazy restart not read yet; null once every page is in (or for a space opened otherwise). */
    private volatile LazyPages lazy;
    /** Entries (two longs each) and bytes a thread's own zero-count table holds before it moves them to the shared one. */
    private static final int LOCAL_ZCT = 1024;
    /** Most blocks of a size class a slice takes at once, and most bytes: small classes 16 blocks, big ones fewer. */
    private static final int CACHE = 16, CACHE_BYTES = 16 << 10;
    /** Most footprint a slice allocates before its owner is charged (so two carriers overshoot a quota by at most this each). */
    private static final long PENDING_CHARGE = 64 << 10;
    private static final long[] NO_CHILDREN = {};
    private static final long LOCAL_ZCT_BYTES = 256 << 10;
    /** Set when a lazy restart found a damaged page: this life is never marked clean. */
    private volatile String damaged;

    private MappedObjectSpace(SpaceFile file) {
        this.file = file;
        this.seg = file.segment;
        this.capacity = file.capacity;
        this.epochArena = Arena.ofShared();
        long pages = capacity >>> PAGE_SHIFT;
        this.groups = (pages + GROUP_PAGES - 1) / GROUP_PAGES;
        this.superGroups = (groups + GROUP_PAGES - 1) / GROUP_PAGES;
        this.epochs = epochTable(file.path, 4L * (pages + groups + superGroups), epochArena);
        this.groupBase = pages << 2;
        this.superBase = (pages + groups) << 2;
        // the open itself wrote the header pages (clean flag, capacity) past the barrier: they count as written now
        for (long p = 0; p < Math.min(pages, FIRST_OBJECT_PAGE >>> PAGE_SHIFT); p++) {
            EPOCH.set(epochs, p << 2, epoch);
            raise(groupBase + ((p / GROUP_PAGES) << 2), epoch);
            raise(superBase + ((p / ((long) GROUP_PAGES * GROUP_PAGES)) << 2), epoch);
        }
        for (int i = 0; i < CLASSES; i++) classLocks[i] = new ReentrantLock();
    }

    // ------------------------------------------------------------------ owners and quota

    /** One 64-byte line per owner (no false sharing between programs on different carriers): bytes held. */
    private static final int OWNER_STRIDE = 64;
    /**
     * The owner table: an object in the space (root OWNERS), made at the first owned allocation,
     * so what each owner holds is snapshotted and restored with the objects themselves.
     */
    private volatile long owners;
    private final Object ownersLock = new Object();
    private final ThreadLocal<PerThread> threads = ThreadLocal.withInitial(() -> new PerThread(Thread.currentThread()));
    /** The last thread's state: a carrier making many calls in a row finds it without the ThreadLocal's hash lookup. */
    private PerThread recent = new PerThread(null);

    private PerThread perThread() {
        PerThread r = recent; // a racy read of a whole object: either thread's, checked below
        if (r.thread == Thread.currentThread()) return r;
        r = threads.get();
        recent = r;
        return r;
    }

    /** What the space keeps for each calling thread: its allocation owner and, inside a slice, its own zero-count table. */
    private static final class PerThread {
        final Thread thread;
        int owner;
        /** In a slice: zero counts go to zct, small blocks come from blocks. */
        boolean deferring;
        long[] zct = new long[LOCAL_ZCT];
        int n;
        long bytes;
        /** Per size class: up to CACHE free blocks taken from its list (have[c] of them, at c * CACHE), made by this slice since. */
        long[] blocks;
        int[] have;
        /** Per size class: objects and bytes allocated, not yet in the class's counters. */
        long[] live, requested;
        boolean allocated;
        /** Footprint allocated in the slice for owner, not yet in the owner table (one atomic add when the slice ends). */
        long pendingCharge;

        PerThread(Thread thread) { this.thread = thread; }
    }
    private volatile long ownerQuota;

    private long ownerTable() {
        long t = owners;
        if (t != Ref.NULL) return t;
        synchronized (ownersLock) {
            t = root(phantom.api.space.Roots.OWNERS);
            if (t == Ref.NULL) {
                PerThread cell = perThread();
                int was = cell.owner;
                cell.owner = 0; // the table is the system's
                try {
                    t = allocate(Ref.NULL, 0, (ObjectSpace.MAX_OWNER + 1) * OWNER_STRIDE);
                } finally {
                    cell.owner = was;
                }
                setRoot(phantom.api.space.Roots.OWNERS, t);
                release(t);
            }
            owners = t;
            return t;
        }
    }

    @Override public int setAllocationOwner(int owner) {
        if (owner < 0 || owner > ObjectSpace.MAX_OWNER) throw new IllegalArgumentException("owner " + owner + " is not 0.." + ObjectSpace.MAX_OWNER);
        PerThread cell = perThread();
        int prev = cell.owner;
        settleCharge(cell);
        cell.owner = owner;
        return prev;
    }

    @Override public long ownerBytes(int owner) {
        long t = owners != Ref.NULL ? owners : root(phantom.api.space.Roots.OWNERS);
        if (t == Ref.NULL) return 0;
        in(t + HEADER + (long) owner * OWNER_STRIDE, 8);
        return (long) WORD.getVolatile(seg, t + HEADER + (long) owner * OWNER_STRIDE);
    }

    @Override public void setOwnerQuota(long bytes) { ownerQuota = Math.max(0, bytes); }

    /** What the thread's slice allocated for its owner, into the owner table. */
    private void settleCharge(PerThread t) {
        if (t.pendingCharge == 0) return;
        charge(t.owner, t.pendingCharge);
        t.pendingCharge = 0;
    }

    private void charge(int owner, long bytes) {
        long a = ownerTable() + HEADER + (long) owner * OWNER_STRIDE;
        touch(a);
        WORD.getAndAdd(seg, a, bytes);
    }

    /** The footprint an allocation of {@code bytes} takes: its size class, or its page run. */
    private static long footprint(long bytes) {
        int c = sizeClass(bytes);
        return c >= 0 ? CLASS_SIZES[c] : pagesFor(bytes) << PAGE_SHIFT;
    }

    /** Opens the space at {@code path}, formatting it if new; see {@link SpaceFile#open}. */
    public static MappedObjectSpace open(Path path, long capacity) throws IOException {
        return new MappedObjectSpace(SpaceFile.open(path, capacity));
    }

    /**
     * Opens the space on {@code locked} (from {@link SpaceFile#openLocked}); {@code asIs}: a space
     * that could not be restored, opened as it is because the user asked (no allocator-state check).
     */
    static MappedObjectSpace open(java.nio.channels.FileChannel locked, Path path, long capacity, boolean asIs, int[] sums)
            throws IOException {
        return new MappedObjectSpace(SpaceFile.open(locked, path, capacity, asIs, sums));
    }

    /**
     * From now on every page the allocator hands out has its disk blocks first (see {@link
     * DiskReservation}); the pages in use get theirs now. Returns null, or why the space runs
     * without (a host with no posix_fallocate, or a disk already too full for the pages in use).
     */
    String reserveDisk() {
        String[] why = new String[1];
        DiskReservation d = DiskReservation.open(file.path, why);
        if (d == null) return why[0];
        pageLock.lock();
        try {
            // kept open to the close even when the disk is full now: closing it would drop the file's OS lock
            disk = d;
            long bump = seg.get(LONG, A_PAGE_BUMP);
            d.reserve(0, bump);
            reserved = bump;
            return null;
        } catch (IOException e) {
            return "the disk has no room for the " + (seg.get(LONG, A_PAGE_BUMP) >> 20) + " MiB the space uses, so allocations"
                + " fail until there is: " + e.getMessage();
        } finally {
            pageLock.unlock();
        }
    }

    /** Reserves disk blocks up to {@code end} (and some ahead); the caller holds the page lock. */
    private void reserveTo(long end) {
        DiskReservation d = disk;
        if (d == null || end <= reserved) return;
        try {
            long ahead = Math.min(capacity, end + RESERVE_AHEAD);
            try {
                d.reserve(reserved, ahead);
                reserved = ahead;
            } catch (IOException roomForLess) {
                d.reserve(reserved, end);
                reserved = end;
            }
        } catch (IOException e) {
            throw new SpaceFullException("no room on the disk for " + (end - reserved) + " more bytes of the object space "
                + file.path + ": " + e.getMessage());
        }
    }

    public boolean created() { return file.created; }

    /** False when the file was not closed cleanly the last time: its contents may be torn. */
    public boolean wasCleanlyClosed() { return file.wasClean; }

    public Path path() { return file.path; }

    public void setReclaimer(Reclaimer r) { this.reclaimer = r; }

    public void setSnapshotHook(SnapshotHook h) { this.hook = h; }

    /** Called when a count drops to zero while no reclaimer is bound (the object is left for the cycle collector). */
    public void setLeakListener(Runnable r) { this.leakListener = r == null ? () -> {} : r; }

    // ------------------------------------------------------------------ barrier

    /** Every page of {@code [addr, addr + length)} is in (read from the restored generation if need be). */
    private void in(long addr, long length) {
        LazyPages l = lazy;
        if (l != null) l.ensure(addr, length);
    }

    private void touch(long addr) {
        in(addr, 1);
        long page = addr >>> PAGE_SHIFT;
        if ((int) EPOCH.getAcquire(epochs, page << 2) != epoch) firstWrite(page);
    }

    private void touchRange(long addr, long length) {
        if (length <= 0) return;
        in(addr, length);
        long last = (addr + length - 1) >>> PAGE_SHIFT;
        for (long p = addr >>> PAGE_SHIFT; p <= last; p++) {
            if ((int) EPOCH.getAcquire(epochs, p << 2) != epoch) firstWrite(p);
        }
    }

    private void firstWrite(long page) {
        int current = epoch;
        long off = page << 2;
        while (true) {
            int e = (int) EPOCH.getVolatile(epochs, off);
            if (e == current) return;
            if (e == BUSY) { Thread.onSpinWait(); continue; }
            if (EPOCH.compareAndSet(epochs, off, e, BUSY)) {
                try {
                    SnapshotHook h = hook;
                    if (h != null) h.beforeFirstWrite(this, page, current, e & 0xFFFFFFFFL);
                } finally {
                    // the summary first: a snapshot that sees the page's epoch must not skip its group
                    raise(groupBase + ((page / GROUP_PAGES) << 2), current);
                    raise(superBase + ((page / ((long) GROUP_PAGES * GROUP_PAGES)) << 2), current);
                    EPOCH.setRelease(epochs, off, current);
                }
                return;
            }
        }
    }

    /** Raises a summary entry to {@code e} (a max: first writes of two epochs may race). */
    private void raise(long off, int e) {
        while (true) {
            int g = (int) EPOCH.getVolatile(epochs, off);
            if (Integer.compareUnsigned(g, e) >= 0) return;
            if (EPOCH.compareAndSet(epochs, off, g, e)) return;
        }
    }

    // ------------------------------------------------------------------ the epoch table

    /** Pages, then groups of GROUP_PAGES pages, then super-groups of GROUP_PAGES groups: one int each. */
    private final long groups, superGroups, groupBase, superBase;

    /**
     * The epoch table in a mapping of a file that is deleted at once: the kernel gives it pages
     * only where they are written, so a terabyte of capacity costs no memory until it is used
     * (an allocated and zeroed table costs 4 bytes per page up front).
     */
    private static MemorySegment epochTable(Path spaceFile, long bytes, Arena arena) {
        Path dir = spaceFile.toAbsolutePath().getParent();
        try {
            Path tmp = java.nio.file.Files.createTempFile(dir, ".epochs-", ".tmp");
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
                return ch.map(java.nio.channels.FileChannel.MapMode.READ_WRITE, 0, bytes, arena);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp); // the mapping stays; nothing is left behind a kill
            }
        } catch (IOException e) {
            // no room for a file beside the space: the plain table (memory up front, same behaviour)
            return arena.allocate(bytes, 8);
        }
    }

    @Override public long groupEpoch(long group) {
        if (group < 0 || group >= groups) throw new IndexOutOfBoundsException("group " + group + " of " + groups);
        return (int) EPOCH.getVolatile(epochs, groupBase + (group << 2)) & 0xFFFFFFFFL;
    }

    @Override public long superGroupEpoch(long superGroup) {
        if (superGroup < 0 || superGroup >= superGroups) throw new IndexOutOfBoundsException("super-group " + superGroup + " of " + superGroups);
        return (int) EPOCH.getVolatile(epochs, superBase + (superGroup << 2)) & 0xFFFFFFFFL;
    }

    @Override public long epoch() { return epoch; }

    @Override public long advanceEpoch() {
        int next = epoch + 1;
        if (next == BUSY || next == 0) next = 1;
        epoch = next;
        return next;
    }

    @Override public long copyPage(long page, MemorySegment dst) {
        in(page << PAGE_SHIFT, PAGE_SIZE);
        long off = page << 2;
        int before = (int) EPOCH.getAcquire(epochs, off);
        MemorySegment.copy(seg, page << PAGE_SHIFT, dst, 0, PAGE_SIZE);
        VarHandle.acquireFence();
        int after = (int) EPOCH.getAcquire(epochs, off);
        // a writer first claims the page (BUSY), then sets the new epoch: either shows as a change
        return before == after && before != BUSY ? before & 0xFFFFFFFFL : -1;
    }

    @Override public long pageEpoch(long page) {
        int e = (int) EPOCH.getVolatile(epochs, page << 2);
        return e == BUSY ? -1 : e & 0xFFFFFFFFL;
    }

    // ------------------------------------------------------------------ allocation

    @Override public int pageSize() { return PAGE_SIZE; }

    @Override public long capacity() { return capacity; }

    @Override public long allocate(long classRef, int refSlots, int dataBytes) {
        if (refSlots < 0 || dataBytes < 0) throw new IllegalArgumentException("negative object size");
        long bytes = objectBytes(refSlots, dataBytes);
        PerThread t = perThread();
        int owner = t.owner;
        long charged = owner == 0 ? 0 : footprint(bytes);
        if (owner != 0) checkQuota(owner, charged + t.pendingCharge);
        int c = sizeClass(bytes);
        // the header's pages are touched already: by allocSmall for a block, by allocLarge for a page run (the header on its first page)
        long addr = c < 0 ? allocLarge(bytes) : t.deferring ? allocInSlice(t, c, bytes) : allocSmall(c, bytes);
        seg.set(LONG, addr + H_CLASS, classRef);
        seg.set(INT, addr + H_COUNT, 1);
        seg.set(SHORT, addr + H_FLAGS, (short) (owner << OWNER_SHIFT));
        if (owner != 0) {
            if (t.deferring) {
                // in the table when the slice ends, or sooner: other carriers' quota checks must see most of it
                t.pendingCharge += charged;
                if (t.pendingCharge >= PENDING_CHARGE) settleCharge(t);
            }
            else charge(owner, charged);
        }
        seg.set(INT, addr + H_REFS, refSlots);
        seg.set(INT, addr + H_DATA, dataBytes);
        return addr;
    }

    private long classEntry(int c) { return CLASS_TABLE + (long) c * CLASS_ENTRY; }

    /** Adds {@code delta} to the allocator's counter at {@code a} (the caller holds its lock and touched its page). */
    private void add(long a, long delta) { seg.set(LONG, a, seg.get(LONG, a) + delta); }

    private long allocSmall(int c, long requested) {
        long e = classEntry(c);
        int size = CLASS_SIZES[c];
        ReentrantLock lock = classLocks[c];
        lock.lock();
        try {
            touch(e);
            long addr = seg.get(LONG, e + C_FREE_HEAD);
            if (addr != 0) {
                in(addr, size);
                seg.set(LONG, e + C_FREE_HEAD, seg.get(LONG, addr + H_CLASS));
                add(e + C_FREE_COUNT, -1);
                touchRange(addr, size);
                seg.asSlice(addr, size).fill((byte) 0);
            } else {
                addr = carve(e, size, true);
            }
            long serial = seg.get(LONG, e + C_SERIAL) + 1;
            seg.set(LONG, e + C_SERIAL, serial);
            add(e + C_LIVE, 1);
            add(e + C_REQUESTED, requested);
            seg.set(SHORT, addr + H_SIZE_CLASS, (short) c);
            seg.set(LONG, addr + H_INCARNATION, serial << 6 | c);
            return addr;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A block of size class {@code c} for a thread in a slice, from the blocks it took, without
     * a lock: taken {@link #CACHE} at a time, they are free blocks off their list until the
     * slice ends (still marked free, so a heap walk skips them), and the class's counters learn
     * of what the slice made when it ends. Nothing of it is seen at a safepoint.
     */
    private long allocInSlice(PerThread t, int c, long requested) {
        if (t.blocks == null) {
            t.blocks = new long[CLASSES * CACHE];
            t.have = new int[CLASSES];
            t.live = new long[CLASSES];
            t.requested = new long[CLASSES];
        }
        int n = t.have[c];
        if (n == 0) n = takeBlocks(t, c);
        long addr = t.blocks[c * CACHE + n - 1];
        int size = CLASS_SIZES[c];
        // its new incarnation was written under the class lock when it was taken: a collector's record
        // of the block's last object (checked under that lock) can no longer match it, whatever it sees now
        long inc = seg.get(LONG, addr + H_INCARNATION);
        touchRange(addr, size);
        seg.asSlice(addr, size).fill((byte) 0);
        seg.set(SHORT, addr + H_SIZE_CLASS, (short) c);
        seg.set(LONG, addr + H_INCARNATION, inc);
        t.have[c] = n - 1; // only now: a block whose page-in failed above is still the slice's, given back at its end
        t.live[c]++;
        t.requested[c] += requested;
        t.allocated = true;
        return addr;
    }

    /**
     * The next block of the class at entry {@code e} from its run, its header's pages touched
     * (a block may cross a page, its incarnation on the next one); when the run is used up, a
     * fresh run if {@code freshRun}, else 0. The caller holds the class's lock.
     */
    private long carve(long e, int size, boolean freshRun) {
        long cursor = seg.get(LONG, e + C_CURSOR);
        if (cursor == 0 || cursor + size > seg.get(LONG, e + C_LIMIT)) {
            if (!freshRun) return 0;
            long run = allocPages(RUN_PAGES);
            seg.set(LONG, e + C_LIMIT, run + ((long) RUN_PAGES << PAGE_SHIFT));
            cursor = run;
            touch(A_RUN_BYTES);
            add(A_RUN_BYTES, (long) RUN_PAGES << PAGE_SHIFT);
        }
        seg.set(LONG, e + C_CURSOR, cursor + size);
        touchRange(cursor, HEADER);
        return cursor;
    }

    /** Takes free blocks of class {@code c} (from its list, else from its run) under one taking of its lock, with a serial each. */
    private int takeBlocks(PerThread t, int c) {
        long e = classEntry(c);
        int size = CLASS_SIZES[c];
        int want = Math.max(1, Math.min(CACHE, CACHE_BYTES / size));
        ReentrantLock lock = classLocks[c];
        lock.lock();
        try {
            touch(e);
            int n = 0;
            while (n < want) {
                long addr = seg.get(LONG, e + C_FREE_HEAD);
                if (addr != 0) {
                    in(addr, size);
                    seg.set(LONG, e + C_FREE_HEAD, seg.get(LONG, addr + H_CLASS));
                    add(e + C_FREE_COUNT, -1);
                } else {
                    addr = carve(e, size, n == 0); // a fresh run only when there is no block at all
                    if (addr == 0) break;
                    // a fresh block is marked free until it is allocated: past the cursor, a heap walk looks at it
                    seg.set(SHORT, addr + H_SIZE_CLASS, (short) c);
                    seg.set(SHORT, addr + H_FLAGS, F_FREE);
                }
                t.blocks[c * CACHE + n++] = addr;
            }
            long serial = seg.get(LONG, e + C_SERIAL);
            seg.set(LONG, e + C_SERIAL, serial + n);
            for (int i = 0; i < n; i++) {
                // still marked free; the incarnation it will have, so no record of an earlier object in it matches
                long addr = t.blocks[c * CACHE + i];
                touchRange(addr, HEADER);
                seg.set(LONG, addr + H_INCARNATION, (serial + 1 + i) << 6 | c);
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** At a slice's end: the blocks it did not use go back on their lists, and the counters learn what it made. */
    private void returnBlocks(PerThread t) {
        if (!t.allocated && t.blocks == null) return;
        RuntimeException failed = null;
        for (int c = 0; c < CLASSES; c++) {
            int n = t.have[c];
            if (n == 0 && t.live[c] == 0 && t.requested[c] == 0) continue;
            long e = classEntry(c);
            ReentrantLock lock = classLocks[c];
            lock.lock();
            try {
                touch(e);
                for (int i = 0; i < n; i++) {
                    long addr = t.blocks[c * CACHE + i];
                    touchRange(addr, HEADER);
                    seg.set(SHORT, addr + H_FLAGS, F_FREE);
                    seg.set(INT, addr + H_COUNT, 0);
                    seg.set(LONG, addr + H_CLASS, seg.get(LONG, e + C_FREE_HEAD));
                    seg.set(LONG, e + C_FREE_HEAD, addr);
                }
                add(e + C_FREE_COUNT, n);
                add(e + C_LIVE, t.live[c]);
                add(e + C_REQUESTED, t.requested[c]);
            } catch (RuntimeException ex) {
                // one class's failure (a page that cannot be read in) leaves the other classes' blocks to go back
                if (failed == null) failed = ex;
                continue;
            } finally {
                lock.unlock();
            }
            t.have[c] = 0;
            t.live[c] = 0;
            t.requested[c] = 0;
        }
        t.allocated = false;
        if (failed != null) throw failed;
    }

    private long allocLarge(long bytes) {
        long pages = pagesFor(bytes);
        pageLock.lock();
        try {
            long addr = allocPages(pages);
            touch(A_LARGE_LIVE);
            add(A_LARGE_LIVE, 1);
            add(A_LARGE_LIVE_BYTES, pages << PAGE_SHIFT);
            add(A_LARGE_REQUESTED, bytes);
            long serial = seg.get(LONG, A_LARGE_SERIAL) + 1;
            seg.set(LONG, A_LARGE_SERIAL, serial);
            touch(addr);
            seg.set(SHORT, addr + H_SIZE_CLASS, LARGE);
            seg.set(LONG, addr + H_INCARNATION, serial << 6 | LARGE);
            return addr;
        } finally {
            pageLock.unlock();
        }
    }

    /** First fit on the free page-run list, else fresh pages; the run returned is zeroed. */
    private long allocPages(long pages) {
        pageLock.lock();
        try {
            touch(A_PAGE_BUMP);
            long prevLink = A_LARGE_FREE;
            long run = seg.get(LONG, A_LARGE_FREE);
            while (run != 0) {
                in(run, HEADER);
                long have = seg.get(LONG, run + H_RUN_PAGES);
                long next = seg.get(LONG, run + H_CLASS);
                if (have >= pages) {
                    long addr;
                    if (have == pages) {
                        touch(prevLink);
                        seg.set(LONG, prevLink, next);
                        addr = run;
                    } else {
                        touch(run);
                        seg.set(LONG, run + H_RUN_PAGES, have - pages);
                        addr = run + ((have - pages) << PAGE_SHIFT);
                    }
                    add(A_LARGE_FREE_BYTES, -(pages << PAGE_SHIFT));
                    long len = pages << PAGE_SHIFT;
                    touchRange(addr, len);
                    seg.asSlice(addr, len).fill((byte) 0);
                    return addr;
                }
                prevLink = run + H_CLASS;
                run = next;
            }
            long bump = seg.get(LONG, A_PAGE_BUMP);
            long end = bump + (pages << PAGE_SHIFT);
            if (pages > (capacity >>> PAGE_SHIFT) || end > capacity) {
                throw new SpaceFullException("object space full: " + (pages << PAGE_SHIFT)
                    + " bytes requested, " + (capacity - bump) + " of " + capacity + " left");
            }
            reserveTo(end); // a full disk fails here, before anything changed
            seg.set(LONG, A_PAGE_BUMP, end);
            return bump; // never used since the space was formatted: already zero
        } finally {
            pageLock.unlock();
        }
    }

    @Override public void free(long obj) {
        checkObject(obj);
        int c = seg.get(SHORT, obj + H_SIZE_CLASS);
        if (c != LARGE && (c < 0 || c >= CLASSES)) throw new IllegalStateException("corrupt header at " + Ref.toString(obj));
        ReentrantLock lock = c == LARGE ? pageLock : classLocks[c];
        lock.lock();
        try {
            if ((seg.get(SHORT, obj + H_FLAGS) & F_FREE) != 0) throw new IllegalStateException("double free of " + Ref.toString(obj));
            freeLocked(obj, c);
        } finally {
            lock.unlock();
        }
    }

    @Override public boolean clearIfSame(long obj, long incarnation, java.util.function.LongPredicate garbage) {
        checkObject(obj);
        int c = (int) (incarnation & 0x3F);
        if (c != LARGE && c >= CLASSES) return false;
        long[] children;
        ReentrantLock lock = c == LARGE ? pageLock : classLocks[c];
        lock.lock();
        try {
            // under the lock of the class the snapshot saw, nobody frees or carves this address
            if (!same(obj, incarnation)) return false;
            int refs = seg.get(INT, obj + H_REFS);
            children = new long[refs];
            touchRange(obj + HEADER, 8L * refs); // the slots' pages are in (and saved for a snapshot) before they are read
            MemorySegment.copy(seg, LONG, obj + HEADER, children, 0, refs);
            seg.asSlice(obj + HEADER, 8L * refs).fill((byte) 0);
        } finally {
            lock.unlock();
        }
        // outside the lock: a release may reclaim, and reclaiming takes allocator locks
        for (long child : children) {
            if (Ref.isObject(child) && child != obj && !garbage.test(child)) release(child);
        }
        return true;
    }

    @Override public long freeIfSame(long obj, long incarnation) {
        checkObject(obj);
        int c = (int) (incarnation & 0x3F);
        if (c != LARGE && c >= CLASSES) return 0;
        ReentrantLock lock = c == LARGE ? pageLock : classLocks[c];
        lock.lock();
        try {
            if (!same(obj, incarnation)) return 0;
            long bytes = blockBytes(obj, c);
            freeLocked(obj, c);
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes the block of {@code obj} (of size class {@code c}) takes: its class's size, or its page run (LARGE). */
    private long blockBytes(long obj, int c) {
        return c < CLASSES ? CLASS_SIZES[c] : pagesFor(objectBytes(seg.get(INT, obj + H_REFS), seg.get(INT, obj + H_DATA))) << PAGE_SHIFT;
    }

    private boolean same(long obj, long incarnation) {
        return (seg.get(SHORT, obj + H_FLAGS) & F_FREE) == 0 && seg.get(LONG, obj + H_INCARNATION) == incarnation;
    }

    /** Frees {@code obj} of size class {@code c}; the caller holds that class's lock (the page lock for LARGE). */
    private void checkQuota(int owner, long footprint) {
        long quota = ownerQuota;
        if (quota > 0 && ownerBytes(owner) + footprint > quota) {
            throw new SpaceFullException("space quota of owner " + owner + " reached: " + ownerBytes(owner) + " of " + quota
                + " bytes held, " + footprint + " more requested");
        }
    }

    private void freeLocked(long obj, int c) { freeLocked(obj, c, null); }

    /** {@code owed}: the owners' footprints freed, added up by the caller for one add each, or null to charge them now. */
    private void freeLocked(long obj, int c, long[] owed) {
        touch(obj);
        long requested = objectBytes(seg.get(INT, obj + H_REFS), seg.get(INT, obj + H_DATA));
        int owner = (seg.get(SHORT, obj + H_FLAGS) >>> OWNER_SHIFT) & ObjectSpace.MAX_OWNER;
        if (owner != 0) {
            if (owed != null) owed[owner] += footprint(requested);
            else charge(owner, -footprint(requested));
        }
        // two small methods, not one big one: a big one's first compile can fail, and stay slow for the whole run
        if (c == LARGE) freeLargeLocked(obj, requested);
        else freeSmallLocked(obj, c, requested);
    }

    private void freeLargeLocked(long obj, long requested) {
        long pages = pagesFor(requested);
        seg.set(SHORT, obj + H_FLAGS, F_FREE);
        seg.set(INT, obj + H_COUNT, 0);
        seg.set(LONG, obj + H_INCARNATION, 0);
        seg.set(LONG, obj + H_RUN_PAGES, pages);
        seg.set(LONG, obj + H_CLASS, seg.get(LONG, A_LARGE_FREE));
        touch(A_LARGE_FREE);
        seg.set(LONG, A_LARGE_FREE, obj);
        add(A_LARGE_FREE_BYTES, pages << PAGE_SHIFT);
        add(A_LARGE_LIVE, -1);
        add(A_LARGE_LIVE_BYTES, -(pages << PAGE_SHIFT));
        add(A_LARGE_REQUESTED, -requested);
    }

    private void freeSmallLocked(long obj, int c, long requested) {
        long e = classEntry(c);
        seg.set(SHORT, obj + H_FLAGS, F_FREE);
        seg.set(INT, obj + H_COUNT, 0);
        seg.set(LONG, obj + H_CLASS, seg.get(LONG, e + C_FREE_HEAD));
        touch(e);
        seg.set(LONG, e + C_FREE_HEAD, obj);
        add(e + C_FREE_COUNT, 1);
        add(e + C_LIVE, -1);
        add(e + C_REQUESTED, -requested);
    }

    // ------------------------------------------------------------------ object access

    private void checkObject(long obj) {
        checkAddress(obj);
        in(obj, HEADER);
    }

    private void checkAddress(long obj) {
        if ((obj & 7) != 0 || obj < FIRST_OBJECT_PAGE || obj >= capacity) {
            throw new IllegalArgumentException("not an object reference: " + Ref.toString(obj));
        }
    }

    private long slotAddress(long obj, int slot) {
        checkAddress(obj);
        LazyPages l = lazy; // one read of the field per access (the reference load is the hottest path)
        if (l != null) l.ensure(obj, HEADER);
        if (Integer.compareUnsigned(slot, seg.get(INT, obj + H_REFS)) >= 0) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + Ref.toString(obj));
        }
        long a = obj + HEADER + ((long) slot << 3);
        if (l != null) l.ensure(a, 8);
        return a;
    }

    private long dataAddress(long obj, int offset, int length) {
        checkAddress(obj);
        LazyPages l = lazy;
        if (l != null) l.ensure(obj, HEADER);
        int data = seg.get(INT, obj + H_DATA);
        if (offset < 0 || length < 0 || (long) offset + length > data) {
            throw new IndexOutOfBoundsException("data [" + offset + ", " + ((long) offset + length)
                + ") of " + Ref.toString(obj) + " with " + data + " bytes");
        }
        long a = obj + HEADER + ((long) seg.get(INT, obj + H_REFS) << 3) + offset;
        if (l != null) l.ensure(a, length);
        return a;
    }

    @Override public long classOf(long ref) {
        if (Ref.isInt(ref)) return root(Roots.INT_CLASS);
        if (ref == Ref.NULL) return Ref.NULL;
        checkObject(ref);
        return seg.get(LONG, ref + H_CLASS);
    }

    @Override public void setClassOf(long obj, long classRef) {
        checkObject(obj);
        touch(obj);
        seg.set(LONG, obj + H_CLASS, classRef);
    }

    @Override public long forEachObject(long from, java.util.function.LongPredicate visitor) {
        long heapEnd = Math.min(capacity, seg.get(LONG, A_PAGE_BUMP));
        // runs start on RUN_PAGES or page boundaries: begin at the run or page run holding `from`
        long pos = Math.max(FIRST_OBJECT_PAGE, from);
        long start = FIRST_OBJECT_PAGE;
        while (start < heapEnd) {
            long next = start + runLength(start);
            if (next > pos) break;
            start = next;
        }
        for (pos = start; pos < heapEnd; ) {
            in(pos, HEADER);
            int sc = seg.get(SHORT, pos + H_SIZE_CLASS);
            short flags = seg.get(SHORT, pos + H_FLAGS);
            long len = runLength(pos);
            if (len <= 0) return 0; // a header being written right now: the walk ends here
            if (sc == LARGE) {
                if ((flags & F_FREE) == 0 && pos >= from && !visitor.test(pos)) return pos + len;
            } else {
                int size = CLASS_SIZES[sc];
                long limit = pos + len;
                long e = classEntry(sc);
                if (seg.get(LONG, e + C_LIMIT) == limit) limit = Math.min(limit, seg.get(LONG, e + C_CURSOR));
                for (long a = pos; a + size <= limit; a += size) {
                    in(a, HEADER);
                    if (a < from || (seg.get(SHORT, a + H_FLAGS) & F_FREE) != 0 || seg.get(SHORT, a + H_SIZE_CLASS) != sc) continue;
                    if (!visitor.test(a)) return a + size;
                }
            }
            pos += len;
        }
        return 0;
    }

    /** Bytes of the size-class run or page run starting at {@code pos}; 0 if no run starts there. */
    private long runLength(long pos) {
        in(pos, HEADER);
        int sc = seg.get(SHORT, pos + H_SIZE_CLASS);
        if (sc == LARGE) {
            long pages = (seg.get(SHORT, pos + H_FLAGS) & F_FREE) != 0 ? seg.get(LONG, pos + H_RUN_PAGES)
                : (objectBytes(seg.get(INT, pos + H_REFS), seg.get(INT, pos + H_DATA)) + PAGE_SIZE - 1) >>> PAGE_SHIFT;
            return pages > 0 ? pages << PAGE_SHIFT : 0;
        }
        return sc >= 0 && sc < CLASSES ? (long) RUN_PAGES << PAGE_SHIFT : 0;
    }

    @Override public int refSlots(long obj) { checkObject(obj); return seg.get(INT, obj + H_REFS); }

    @Override public int dataBytes(long obj) { checkObject(obj); return seg.get(INT, obj + H_DATA); }

    @Override public int refCount(long obj) { checkObject(obj); return (int) COUNT.getVolatile(seg, obj + H_COUNT); }

    @Override public long incarnation(long obj) { checkObject(obj); return seg.get(LONG, obj + H_INCARNATION); }

    /** True when {@code obj} is on a free list. */
    public boolean isFree(long obj) { checkObject(obj); return (seg.get(SHORT, obj + H_FLAGS) & F_FREE) != 0; }

    @Override public long getRef(long obj, int slot) {
        return (long) WORD.getVolatile(seg, slotAddress(obj, slot));
    }

    @Override public void setRef(long obj, int slot, long value) {
        long a = slotAddress(obj, slot);
        retain(value);
        touch(a);
        long old = (long) WORD.getAndSet(seg, a, value);
        release(old);
    }

    @Override public boolean compareAndSetRef(long obj, int slot, long expected, long value) {
        long a = slotAddress(obj, slot);
        retain(value);
        touch(a);
        if (WORD.compareAndSet(seg, a, expected, value)) {
            release(expected);
            return true;
        }
        release(value);
        return false;
    }

    @Override public long exchangeRef(long obj, int slot, long value) {
        long a = slotAddress(obj, slot);
        touch(a);
        return (long) WORD.getAndSet(seg, a, value);
    }

    @Override public void retain(long ref) {
        if (!Ref.isObject(ref)) return;
        checkObject(ref);
        long a = ref + H_COUNT;
        touch(a);
        int old = (int) COUNT.getAndAdd(seg, a, 1);
        if (old >= STICKY) COUNT.setVolatile(seg, a, STICKY);
    }

    @Override public boolean dropRef(long ref) {
        if (!Ref.isObject(ref)) return false;
        checkObject(ref);
        long a = ref + H_COUNT;
        touch(a);
        if ((int) COUNT.getVolatile(seg, a) >= STICKY) return false;
        int old = (int) COUNT.getAndAdd(seg, a, -1);
        if (old <= 0) {
            COUNT.getAndAdd(seg, a, 1);
            throw new IllegalStateException("reference count underflow at " + Ref.toString(ref));
        }
        return old == 1;
    }

    @Override public void release(long ref) {
        if (dropRef(ref)) {
            Runnable gate = deferralGate;
            if (gate != null) {
                defer(ref);
                gate.run();
                return;
            }
            Reclaimer r = reclaimer;
            if (r != null) r.reclaim(this, ref);
            else leakListener.run();
        }
    }

    // ------------------------------------------------------------------ deferred frees (the zero-count table)

    /** Told of each object recorded; null: counts at zero are reclaimed at once. */
    private volatile Runnable deferralGate;
    private final Object zctLock = new Object();
    /** Pairs of object and incarnation recorded at zero count, guarded by zctLock. */
    private long[] zct = new long[2048];
    /** Written under zctLock; read without it by deferredCount. */
    private volatile int zctSize;

    @Override public void setDeferredFrees(Runnable gate) { deferralGate = java.util.Objects.requireNonNull(gate, "gate"); }

    @Override public boolean clearDeferredFrees(Runnable gate) {
        synchronized (zctLock) {
            if (deferralGate != gate) return false;
            deferralGate = null;
            return true;
        }
    }

    @Override public int deferredCount() { return zctSize >> 1; }

    /** Bytes the recorded objects take (their blocks), written under zctLock. */
    private volatile long zctBytes;

    @Override public long deferredBytes() { return zctBytes; }

    private void defer(long ref) {
        long inc = seg.get(LONG, ref + H_INCARNATION);
        long bytes = blockBytes(ref, (int) (inc & 0x3F));
        PerThread t = perThread();
        if (t.deferring) {
            // inside a slice: the thread's own table, moved to the shared one when it ends or grows
            int n = t.n;
            t.zct[n] = ref;
            t.zct[n + 1] = inc;
            t.n = n + 2;
            t.bytes += bytes;
            if (t.n == t.zct.length || t.bytes >= LOCAL_ZCT_BYTES) moveLocal(t);
            return;
        }
        synchronized (zctLock) {
            append(ref, inc, bytes);
        }
    }

    /** One record in the shared table; the caller holds zctLock. */
    private void append(long ref, long inc, long bytes) {
        zctBytes += bytes;
        int n = zctSize;
        if (n == zct.length) zct = java.util.Arrays.copyOf(zct, n * 2);
        zct[n] = ref;
        zct[n + 1] = inc;
        zctSize = n + 2;
    }

    /** The thread's records, moved to the shared table under one lock. */
    private void moveLocal(PerThread t) {
        if (t.n == 0) return;
        synchronized (zctLock) {
            int n = zctSize;
            if (n + t.n > zct.length) zct = java.util.Arrays.copyOf(zct, Math.max(zct.length * 2, n + t.n));
            System.arraycopy(t.zct, 0, zct, n, t.n);
            zctSize = n + t.n;
            zctBytes += t.bytes;
        }
        t.n = 0;
        t.bytes = 0;
    }

    @Override public void beginSlice() { perThread().deferring = true; }

    @Override public void endSlice() {
        PerThread t = perThread();
        t.deferring = false;
        moveLocal(t); // first: it cannot fail, and what it moves must be found by the next reclaiming
        try {
            settleCharge(t);
        } finally {
            returnBlocks(t);
        }
    }

    @Override public long reclaimDeferred() {
        long[] work;
        int top;
        synchronized (zctLock) {
            if (zctSize == 0) return 0;
            work = zct;
            top = zctSize;
            zct = new long[Math.max(2048, Math.min(work.length, 1 << 16))];
            zctSize = 0;
            zctBytes = 0;
        }
        long freed = 0;
        long[] owed = new long[ObjectSpace.MAX_OWNER + 1];
        try {
            freed = reclaim(work, top, owed);
        } finally {
            for (int o = 1; o < owed.length; o++) if (owed[o] != 0) charge(o, -owed[o]);
        }
        return freed;
    }

    /** Frees what the records {@code work[0, top)} name, and what drops to zero with them; the owners' footprints go to {@code owed}. */
    private long reclaim(long[] work, int top, long[] owed) {
        long freed = 0;
        while (top > 0) {
            int c = (int) (work[top - 1] & 0x3F);
            if (c != LARGE && c >= CLASSES) { top -= 2; continue; }
            // a run of records of one size class (the usual case) is freed under one taking of its lock
            ReentrantLock lock = c == LARGE ? pageLock : classLocks[c];
            lock.lock();
            try {
                while (top > 0 && (int) (work[top - 1] & 0x3F) == c) {
                    long inc = work[--top], obj = work[--top];
                    long[] children = freeIfUncounted(obj, inc, c, owed);
                    if (children == null) continue;
                    freed++;
                    // no uncounted reference exists now: a child whose count drops to zero is garbage too
                    for (long child : children) {
                        if (Ref.isObject(child) && child != obj && dropRef(child)) {
                            if (top + 2 > work.length) work = java.util.Arrays.copyOf(work, work.length * 2);
                            work[top++] = child;
                            work[top++] = seg.get(LONG, child + H_INCARNATION);
                        }
                    }
                }
            } finally {
                lock.unlock();
            }
        }
        return freed;
    }

    /**
     * Frees {@code obj} of size class {@code c} if it is still the object recorded (same
     * incarnation, not freed: the cycle collector may have freed it) and its count is zero;
     * returns its reference slots' old values, whose counts the caller drops, or null when it
     * was left alone. The caller holds the class's lock.
     */
    private long[] freeIfUncounted(long obj, long incarnation, int c, long[] owed) {
        in(obj, HEADER);
        if (!same(obj, incarnation) || (int) COUNT.getVolatile(seg, obj + H_COUNT) != 0) return null;
        int refs = seg.get(INT, obj + H_REFS);
        long[] children = NO_CHILDREN;
        if (refs > 0) {
            in(obj + HEADER, 8L * refs);
            children = new long[refs];
            MemorySegment.copy(seg, LONG, obj + HEADER, children, 0, refs);
        }
        freeLocked(obj, c, owed);
        return children;
    }

    @Override public byte getByte(long obj, int offset) { return seg.get(BYTE, dataAddress(obj, offset, 1)); }

    @Override public void setByte(long obj, int offset, byte value) {
        long a = dataAddress(obj, offset, 1);
        touch(a);
        seg.set(BYTE, a, value);
    }

    @Override public int getInt(long obj, int offset) { return seg.get(INT_U, dataAddress(obj, offset, 4)); }

    @Override public void setInt(long obj, int offset, int value) {
        long a = dataAddress(obj, offset, 4);
        touchRange(a, 4);
        seg.set(INT_U, a, value);
    }

    @Override public long getLong(long obj, int offset) { return seg.get(LONG_U, dataAddress(obj, offset, 8)); }

    @Override public void setLong(long obj, int offset, long value) {
        long a = dataAddress(obj, offset, 8);
        touchRange(a, 8);
        seg.set(LONG_U, a, value);
    }

    @Override public double getDouble(long obj, int offset) { return seg.get(DOUBLE_U, dataAddress(obj, offset, 8)); }

    @Override public void setDouble(long obj, int offset, double value) {
        long a = dataAddress(obj, offset, 8);
        touchRange(a, 8);
        seg.set(DOUBLE_U, a, value);
    }

    @Override public void readBytes(long obj, int offset, byte[] dst, int dstOffset, int length) {
        long a = dataAddress(obj, offset, length);
        MemorySegment.copy(seg, BYTE, a, dst, dstOffset, length);
    }

    @Override public void readLongs(long obj, int offset, long[] dst, int dstOffset, int count) {
        long a = dataAddress(obj, offset, count << 3);
        MemorySegment.copy(seg, LONG_U, a, dst, dstOffset, count);
    }

    @Override public void writeLongs(long obj, int offset, long[] src, int srcOffset, int count) {
        long a = dataAddress(obj, offset, count << 3);
        touchRange(a, (long) count << 3);
        MemorySegment.copy(src, srcOffset, seg, LONG_U, a, count);
    }

    @Override public void copyBytes(long src, int srcOffset, long dst, int dstOffset, int length) {
        long from = dataAddress(src, srcOffset, length), to = dataAddress(dst, dstOffset, length);
        touchRange(to, length);
        MemorySegment.copy(seg, from, seg, to, length);
    }

    @Override public boolean isAscii(long obj, int offset, int length) {
        long a = dataAddress(obj, offset, length);
        int i = 0;
        for (; i + 8 <= length; i += 8) if ((seg.get(LONG_U, a + i) & 0x8080808080808080L) != 0) return false;
        for (; i < length; i++) if (seg.get(BYTE, a + i) < 0) return false;
        return true;
    }

    @Override public void writeBytes(long obj, int offset, byte[] src, int srcOffset, int length) {
        long a = dataAddress(obj, offset, length);
        touchRange(a, length);
        MemorySegment.copy(src, srcOffset, seg, BYTE, a, length);
    }

    // ------------------------------------------------------------------ roots, stats, lifecycle

    @Override public int rootCount() { return ROOT_COUNT; }

    private long rootAddress(int index) {
        if (index < 0 || index >= ROOT_COUNT) throw new IndexOutOfBoundsException("root " + index);
        return ROOTS + 8L * index;
    }

    @Override public long root(int index) { return (long) WORD.getVolatile(seg, rootAddress(index)); }

    @Override public void setRoot(int index, long ref) {
        long a = rootAddress(index);
        retain(ref);
        touch(a);
        release((long) WORD.getAndSet(seg, a, ref));
    }

    @Override public SpaceStats stats() {
        long live = 0, liveBytes = 0, requested = 0, freeBytes = 0;
        for (int c = 0; c < CLASSES; c++) {
            long e = classEntry(c);
            classLocks[c].lock();
            try {
                long n = seg.get(LONG, e + C_LIVE);
                live += n;
                liveBytes += n * CLASS_SIZES[c];
                requested += seg.get(LONG, e + C_REQUESTED);
                // the uncarved rest of a class's current run is reserve, not fragmentation
                freeBytes += seg.get(LONG, e + C_FREE_COUNT) * CLASS_SIZES[c];
            } finally {
                classLocks[c].unlock();
            }
        }
        pageLock.lock();
        try {
            live += seg.get(LONG, A_LARGE_LIVE);
            liveBytes += seg.get(LONG, A_LARGE_LIVE_BYTES);
            requested += seg.get(LONG, A_LARGE_REQUESTED);
            freeBytes += seg.get(LONG, A_LARGE_FREE_BYTES);
            long used = seg.get(LONG, A_PAGE_BUMP) - FIRST_OBJECT_PAGE;
            return new SpaceStats(capacity, used, live, liveBytes, requested, freeBytes);
        } finally {
            pageLock.unlock();
        }
    }

    @Override public void sync() { seg.force(); }

    // ------------------------------------------------------------------ lazy restart

    /**
     * Opens the space on {@code locked} as a lazy restart from {@code source}: the file holds the
     * generation's header pages (the restore wrote them) and zero elsewhere; every other page of
     * the generation is read on first touch. {@link #startPageIn} starts the background reader.
     */
    static MappedObjectSpace openLazily(java.nio.channels.FileChannel locked, Path path, long capacity,
                                        phantom.api.space.LazyRestore source) throws IOException {
        MappedObjectSpace s = new MappedObjectSpace(SpaceFile.open(locked, path, capacity, false, null));
        long end = Math.min(source.pages(), s.capacity >>> PAGE_SHIFT);
        LazyPages l = new LazyPages(source, s.seg, FIRST_OBJECT_PAGE >>> PAGE_SHIFT, end, () -> s.lazy = null);
        if (l.remaining() > 0) s.lazy = l;
        s.pager = l;
        return s;
    }

    /** The lazy restart's pages, kept after they are all in (for its figures); null when not restarted lazily. */
    private LazyPages pager;

    /** Reads the pages not touched yet in the background, lowest priority (after a lazy restart). */
    public void startPageIn() {
        startPageIn(0);
    }

    /** As {@link #startPageIn()}, after {@code delayMillis}. */
    public void startPageIn(long delayMillis) {
        LazyPages l = lazy;
        if (l != null) l.startBackground(delayMillis);
    }

    /** Called once, with the reason, when a lazy restart finds a damaged page (the caller stops the system). */
    public void setDamageListener(java.util.function.Consumer<String> l) {
        LazyPages p = pager;
        if (p != null) p.setDamageListener(m -> {
            damaged = m;
            if (l != null) l.accept(m);
        });
    }

    /** Pages of a lazy restart not in yet (0 when all are, or the space was not restarted lazily). */
    public long pagesNotIn() {
        LazyPages l = lazy;
        return l == null ? 0 : l.remaining();
    }

    /** Pages a lazy restart read because they were touched before the background reader got to them. */
    public long pagesReadAtFirstTouch() {
        LazyPages p = pager;
        return p == null ? 0 : p.faulted();
    }

    @Override public boolean pagingIn() { return lazy != null; }

    @Override public void awaitPagedIn() throws InterruptedException {
        LazyPages p = pager;
        if (p == null) return;
        if (p.damage() != null) throw new IllegalStateException(p.damage());
        if (lazy != null) p.await();
    }

    @Override public void close() throws IOException {
        LazyPages p = pager;
        if (p != null && p.damage() != null) {
            // descends from a damaged generation: never marked clean, the next start falls back
            p.close();
            try {
                file.closeUnclean();
            } finally {
                DiskReservation d = disk;
                if (d != null) d.close();
                epochArena.close();
            }
            return;
        }
        if (lazy != null) {
            try {
                p.pageInAll(); // the file must hold every page before it is marked clean
            } catch (IllegalStateException e) {
                if (p.damage() == null) throw e;
                close(); // damaged: closed without the clean mark
                return;
            }
        }
        if (p != null) p.close();
        try {
            // a page whose epoch entry is not 0 was written since the space was opened
            file.close(q -> (int) EPOCH.getVolatile(epochs, q << 2) != 0);
        } finally {
            DiskReservation d = disk;
            if (d != null) d.close();
            epochArena.close();
        }
    }

    private static final java.lang.foreign.ValueLayout.OfInt INT_U = INT.withByteAlignment(1);
    private static final java.lang.foreign.ValueLayout.OfLong LONG_U = LONG.withByteAlignment(1);
    private static final java.lang.foreign.ValueLayout.OfDouble DOUBLE_U = DOUBLE.withByteAlignment(1);
}
