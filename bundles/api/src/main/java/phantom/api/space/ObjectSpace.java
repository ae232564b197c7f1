package phantom.api.space;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The object memory. Every object of every program lives here, addressed by a 64-bit
 * reference (see {@link Ref}). An object has a class reference, a reference count and a body
 * of {@code refSlots} reference slots followed by {@code dataBytes} bytes of plain data.
 *
 * <p>Every store goes through the write barrier: reference stores keep reference counts right,
 * and every store marks its page written in the current snapshot epoch, calling the
 * {@link SnapshotHook} before the first write to a page in an epoch. There is no other way to
 * write the space.
 *
 * <p>Reference counting: {@link #allocate} returns an object whose count is 1, owned by the
 * caller. Storing a reference into a slot adds one; overwriting or clearing it removes one;
 * {@link #retain}/{@link #release} count references the caller holds outside the space.
 * When a count drops to zero the bound {@link Reclaimer} frees the object.
 *
 * <p>All methods are safe to call from several threads at once; two threads that store into
 * the same slot at once leave one of the two values there, with counts right.
 */
@ProviderType
public interface ObjectSpace {

    /** Bytes in one page of the space: the unit of dirty tracking and of snapshots. */
    int pageSize();

    /** The highest address the space can hold, in bytes. */
    long capacity();

    /** Allocates an object with count 1; fields are zero/null. Throws {@link SpaceFullException}. */
    long allocate(long classRef, int refSlots, int dataBytes);

    /** Frees an object at once, whatever its count. For collectors only: see {@link Reclaimer}. */
    void free(long obj);

    /**
     * For the cycle collector, which decides from a snapshot, step one: if {@code obj} is still
     * the object the snapshot saw there (allocated, with {@code incarnation}), sets every
     * reference slot of it to null. A child for which {@code garbage} is false loses the count
     * {@code obj} held (tier one may then reclaim it); a garbage child keeps it (it is freed
     * itself). After this no garbage object points at another, so freeing them in any order,
     * or only some before a crash, never leaves a dangling reference. Atomic with respect to
     * every free and allocation of that address.
     *
     * @return false, changing nothing, when the address was freed or reused since
     */
    boolean clearIfSame(long obj, long incarnation, java.util.function.LongPredicate garbage);

    /**
     * Step two: frees {@code obj} if it is still the object the snapshot saw (see
     * {@link #clearIfSame}); its slots are not released.
     *
     * @return the bytes freed (size-class rounded), or 0 when the address was freed or reused since
     */
    long freeIfSame(long obj, long incarnation);

    /** The class of any reference; for an immediate integer, the int class root. */
    long classOf(long ref);

    /** Changes the class of an object (bootstrap of the class of classes, class versions). */
    void setClassOf(long obj, long classRef);

    int refSlots(long obj);

    /** Owners are 1..MAX_OWNER (0: the system, never limited); the VM maps each program to one. */
    int MAX_OWNER = 127;

    /**
     * Makes {@code owner} the one charged for what the calling thread allocates from now on
     * (its footprint is counted until the object is freed, by whichever thread frees it);
     * returns the previous owner. 0 charges nobody.
     */
    default int setAllocationOwner(int owner) { throw new UnsupportedOperationException("this space keeps no owners"); }

    /** Bytes held now by objects {@code owner} allocated. */
    default long ownerBytes(int owner) { return 0; }

    /**
     * The most any one owner may hold (0: no limit): an allocation past it fails with
     * {@link SpaceFullException} and changes nothing, so one program cannot take the whole space.
     */
    default void setOwnerQuota(long bytes) { throw new UnsupportedOperationException("this space keeps no owners"); }

    int dataBytes(long obj);

    /**
     * Visits allocated objects in address order from {@code from} (0: the first), until
     * {@code visitor} returns false or the heap ends. Returns the address to go on from, or 0
     * when the heap was walked to its end. Not atomic: objects allocated or freed meanwhile may
     * or may not be visited; call it at a safepoint for an exact walk. For statistics and tools
     * (instances per class), never a hot path.
     */
    default long forEachObject(long from, java.util.function.LongPredicate visitor) {
        throw new UnsupportedOperationException("this space cannot be walked");
    }

    int refCount(long obj);

    /** A number that differs between two objects allocated at the same address (see docs/object-layout.md). */
    long incarnation(long obj);

    long getRef(long obj, int slot);

    /** Stores a reference through the barrier; the old value is released. */
    void setRef(long obj, int slot, long value);

    /** Stores {@code value} only if the slot holds {@code expected}; counts as {@link #setRef}. */
    boolean compareAndSetRef(long obj, int slot, long expected, long value);

    /**
     * Stores {@code value} and returns the slot's old value, changing no counts: the caller's
     * count on {@code value} moves into the slot, and the slot's count on the old value moves
     * to the caller. For owners that keep references outside the space for a while (the
     * interpreter's top frame) and put them back.
     */
    long exchangeRef(long obj, int slot, long value);

    void retain(long ref);

    void release(long ref);

    /**
     * Removes one count without reclaiming: returns true when the count reached zero, and the
     * caller then owns freeing the object. For {@link Reclaimer} implementations, which free
     * whole structures with a work list instead of recursing.
     */
    boolean dropRef(long ref);

    byte getByte(long obj, int offset);

    void setByte(long obj, int offset, byte value);

    int getInt(long obj, int offset);

    void setInt(long obj, int offset, int value);

    long getLong(long obj, int offset);

    void setLong(long obj, int offset, long value);

    double getDouble(long obj, int offset);

    void setDouble(long obj, int offset, double value);

    void readBytes(long obj, int offset, byte[] dst, int dstOffset, int length);

    /** Reads {@code count} 8-byte values starting at data byte {@code offset}. */
    void readLongs(long obj, int offset, long[] dst, int dstOffset, int count);

    void writeLongs(long obj, int offset, long[] src, int srcOffset, int count);

    void writeBytes(long obj, int offset, byte[] src, int srcOffset, int length);

    /**
     * Copies {@code length} data bytes of {@code src} from {@code srcOffset} to {@code dst}'s at
     * {@code dstOffset} (objects may be the same; ranges may overlap), without a Java array
     * between them. Throws as {@link #readBytes} and {@link #writeBytes} do, copying nothing.
     */
    default void copyBytes(long src, int srcOffset, long dst, int dstOffset, int length) {
        byte[] b = new byte[length];
        readBytes(src, srcOffset, b, 0, length);
        writeBytes(dst, dstOffset, b, 0, length);
    }

    /**
     * True when every data byte of {@code obj} in {@code [offset, offset + length)} is below
     * 0x80 (ASCII), read in place. Throws as {@link #readBytes} does.
     */
    default boolean isAscii(long obj, int offset, int length) {
        byte[] b = new byte[length];
        readBytes(obj, offset, b, 0, length);
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    /** Number of well-known root slots. */
    int rootCount();

    /** A well-known root (see {@link Roots}); roots are counted references. */
    long root(int index);

    void setRoot(int index, long ref);

    SpaceStats stats();

    /** The snapshot epoch the barrier currently records writes in. */
    long epoch();

    /**
     * Starts a new snapshot epoch and returns it. Only at a safepoint: no thread may be inside
     * a store while the epoch changes. Costs the same whatever the size of the space.
     */
    long advanceEpoch();

    /**
     * The epoch in which {@code page} was last written, 0 when not since the space was opened,
     * or -1 while a writer holds the page for its first write in the current epoch.
     */
    long pageEpoch(long page);

    /** Pages per group of the dirty summary ({@link #groupEpoch}); groups per super-group likewise. */
    int GROUP_PAGES = 512;

    /**
     * The latest epoch in which a page of group {@code group} (pages {@code group * GROUP_PAGES}
     * on) had its first write, 0 when none since the open: a snapshot skips a group whose epoch
     * is not after the last durable one. Never lower than any of its pages' epochs. The default,
     * for a space without a summary, makes every group look written.
     */
    default long groupEpoch(long group) { return Long.MAX_VALUE; }

    /** As {@link #groupEpoch}, over {@code GROUP_PAGES} groups (super-group {@code s} holds groups {@code s * GROUP_PAGES} on). */
    default long superGroupEpoch(long superGroup) { return Long.MAX_VALUE; }

    /** Number of pages the space can hold: {@code capacity() / pageSize()}. */
    default long pageCount() { return capacity() / pageSize(); }

    /**
     * Copies page {@code page} into {@code dst} (at least a page long) and returns the epoch the
     * page was in during the copy; if that epoch changed while copying, a writer got in and the
     * copy must not be trusted (the snapshot hook has the old contents). For the snapshotter.
     */
    long copyPage(long page, java.lang.foreign.MemorySegment dst);

    /** Forces written pages of the mapping to the backing file. */
    void sync();

    /**
     * True while the space is being paged in after a lazy restart (see {@link LazyRestore}):
     * threads run already, and pages not touched yet are still read from the restored generation
     * on first touch. A snapshot of such a space must wait ({@link #awaitPagedIn}) so that the
     * generation it came from, and the one before, stay on disk until every page was checked.
     */
    default boolean pagingIn() { return false; }

    /**
     * Returns once every page of a lazy restart is in (at once for a space opened otherwise).
     *
     * @throws IllegalStateException when a page of the restored generation was found damaged: this
     *         life of the space must never be snapshotted (the next start falls back to an older generation)
     */
    default void awaitPagedIn() throws InterruptedException {}

    /**
     * Deferred freeing (for the interpreter's uncounted registers, Deutsch and Bobrow's
     * zero-count table): while a gate is set, an object whose count drops to zero is not
     * reclaimed at once but recorded, and the gate is run; the gate's owner frees the table with
     * {@link #reclaimDeferred} once no reference outside the space can be uncounted (at once
     * when none can be now). One gate at a time: a second replaces the first.
     */
    default void setDeferredFrees(Runnable gate) { throw new UnsupportedOperationException("this space cannot defer frees"); }

    /** Ends deferred freeing if {@code gate} is the gate set (a newer owner's stays); returns whether it was. */
    default boolean clearDeferredFrees(Runnable gate) { return false; }

    /**
     * The calling thread starts a slice: work that ends, with {@link #endSlice}, before any
     * safepoint (a snapshot, a reclaiming of the zero-count table). Until then the space may keep
     * state of that thread's own: the zero counts it makes, recorded without a lock per object
     * and moved to the shared table when they grow; small free blocks it allocates from without
     * a lock. None of it is in the space's image until the slice ends.
     */
    default void beginSlice() {}

    /** Ends the calling thread's slice: what it recorded goes to the shared table, its unused blocks back to the free lists. */
    default void endSlice() {}

    /** Objects recorded at zero count and not yet looked at by {@link #reclaimDeferred}. */
    default int deferredCount() { return 0; }

    /** Bytes the objects counted by {@link #deferredCount} take in the space. */
    default long deferredBytes() { return 0; }

    /**
     * Frees every recorded object that is still the same object (not freed or reused since)
     * with a count of zero, with its children that drop to zero, and returns how many were
     * freed. Only while no uncounted reference exists (no interpreter slice runs).
     */
    default long reclaimDeferred() { return 0; }
}
