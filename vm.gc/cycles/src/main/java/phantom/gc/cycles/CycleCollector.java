package phantom.gc.cycles;

import static phantom.api.space.ImageFormat.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import phantom.api.kernel.SnapshotImage;
import phantom.api.space.CollectionReport;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * One collection, apart from OSGi. Mark: from the root slots of a durable snapshot, reading
 * the snapshot's pages (never the live space), with mark bits in a sparse scratch file and a
 * work list that spills to disk. Sweep: walk the snapshot's heap in address order; an object
 * allocated in it and unmarked was unreachable at the snapshot, so it is unreachable now
 * (verified code cannot forge a reference). It is handled in the live space unless its
 * address was freed or reused since (the incarnation check), in two passes: first every
 * garbage object's slots are cleared (live children get their counts back), then every one is
 * freed. So no garbage object ever points at a freed one: a collection stopped anywhere (a
 * kill, an update) leaves only whole garbage behind, which the next collection frees; a
 * reference left pointing at a freed address could later point at a live object that reused it.
 * Each batch is one step no snapshot can cut, so a snapshot never sees half a batch.
 */
final class CycleCollector {

    /** Runs a batch of frees so that no safepoint falls inside it. */
    interface Atomic {
        void run(Runnable r) throws InterruptedException;
    }

    /** Called between steps: throws to abandon, sleeps to yield to programs. */
    interface Pacer {
        void pace() throws InterruptedException;
    }

    static final int STEP = 4096;
    static final int BATCH = 256;

    private final ObjectSpace space;
    private final Atomic atomic;
    private final Pacer pacer;
    private final Path scratch;
    private final int stackCapacity;
    /** What the collector is doing now, for the shell. */
    volatile String phase = "idle";

    CycleCollector(ObjectSpace space, Atomic atomic, Pacer pacer, Path scratch, int stackCapacity) {
        this.space = space;
        this.atomic = atomic;
        this.pacer = pacer;
        this.scratch = scratch;
        this.stackCapacity = stackCapacity;
    }

    /** The image is inconsistent: the collection stops before freeing anything it would decide from it. */
    static final class CorruptImage extends IOException {
        CorruptImage(String m) { super(m); }
    }

    private long allocated, marked, freedObjects, freedBytes, cyclic, reused;
    long spilledChunks;

    CollectionReport collect(SnapshotImage image) throws IOException, InterruptedException {
        long capacity = Math.min(image.capacity(), space.capacity());
        long heapEnd = Math.min(capacity, image.readLong(A_PAGE_BUMP));
        allocated = image.readLong(A_LARGE_LIVE);
        for (int c = 0; c < SIZE_CLASSES; c++) allocated += image.readLong(CLASS_TABLE + (long) c * CLASS_ENTRY + C_LIVE);
        long t0 = System.nanoTime();
        try (MarkBits bits = new MarkBits(scratch, capacity); MarkStack stack = new MarkStack(scratch, stackCapacity)) {
            phase = "marking generation " + image.generation();
            mark(image, bits, stack, capacity);
            spilledChunks = stack.spilledChunks;
            long t1 = System.nanoTime();
            phase = "sweeping generation " + image.generation() + " (cutting garbage references)";
            sweep(image, bits, heapEnd, false);
            phase = "sweeping generation " + image.generation() + " (freeing)";
            sweep(image, bits, heapEnd, true);
            long t2 = System.nanoTime();
            return new CollectionReport(image.generation(), "finished", allocated, marked, freedObjects, freedBytes, cyclic, reused,
                heapEnd, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        } finally {
            phase = "idle";
        }
    }

    /** The report of what was done so far, for a collection that ended early. */
    CollectionReport partial(long generation, String outcome) {
        return new CollectionReport(generation, outcome, allocated, marked, freedObjects, freedBytes, cyclic, reused, 0, 0, 0);
    }

    // ------------------------------------------------------------------ mark

    private void mark(SnapshotImage image, MarkBits bits, MarkStack stack, long capacity) throws IOException, InterruptedException {
        for (int r = 0; r < ROOT_COUNT; r++) push(image.readLong(ROOTS + 8L * r), bits, stack, capacity, -1);
        int step = 0;
        long o;
        while ((o = stack.pop()) != MarkStack.EMPTY) {
            if ((image.readShort(o + H_FLAGS) & F_FREE) != 0) {
                throw new CorruptImage("a reachable reference points to a free object at " + Ref.toString(o));
            }
            push(image.readLong(o + H_CLASS), bits, stack, capacity, o);
            int refs = image.readInt(o + H_REFS);
            if (refs < 0 || o + HEADER + 8L * refs > capacity) throw new CorruptImage("object " + Ref.toString(o) + " has " + refs + " slots");
            long slot = o + HEADER;
            for (int i = 0; i < refs; i++, slot += 8) push(image.readLong(slot), bits, stack, capacity, o);
            marked++;
            if (++step == STEP) {
                step = 0;
                pacer.pace();
            }
        }
    }

    private static void push(long ref, MarkBits bits, MarkStack stack, long capacity, long from) throws IOException {
        if (!Ref.isObject(ref)) return;
        if ((ref & 15) != 0 || ref < FIRST_OBJECT || ref >= capacity) {
            throw new CorruptImage("reference " + Ref.toString(ref) + (from < 0 ? " in a root slot" : " in " + Ref.toString(from))
                + " is not an object address");
        }
        if (bits.mark(ref)) stack.push(ref);
    }

    // ------------------------------------------------------------------ sweep

    private final long[] batchAddr = new long[BATCH], batchInc = new long[BATCH];
    private final boolean[] batchCyclic = new boolean[BATCH];
    private int batchSize;

    private boolean freeing;

    /** One pass over the snapshot's heap: clearing garbage slots, or ({@code free}) freeing garbage. */
    private void sweep(SnapshotImage image, MarkBits bits, long heapEnd, boolean free) throws IOException, InterruptedException {
        freeing = free;
        long pos = FIRST_OBJECT;
        int step = 0;
        while (pos < heapEnd) {
            int sc = image.readShort(pos + H_SIZE_CLASS);
            short flags = image.readShort(pos + H_FLAGS);
            if (sc == LARGE) {
                long pages;
                if ((flags & F_FREE) != 0) {
                    pages = image.readLong(pos + H_RUN_PAGES);
                } else {
                    pages = (objectBytes(image.readInt(pos + H_REFS), image.readInt(pos + H_DATA)) + PAGE_SIZE - 1) >>> PAGE_SHIFT;
                    consider(image, bits, pos);
                }
                if (pages <= 0 || pos + (pages << PAGE_SHIFT) > heapEnd) throw new CorruptImage("page run at " + Ref.toString(pos) + " of " + pages + " pages");
                pos += pages << PAGE_SHIFT;
            } else if (sc >= 0 && sc < SIZE_CLASSES) {
                int size = classSize(sc);
                long runEnd = pos + ((long) RUN_PAGES << PAGE_SHIFT);
                long limit = runEnd;
                long entry = CLASS_TABLE + (long) sc * CLASS_ENTRY;
                // the class's current run is carved only up to its cursor
                if (image.readLong(entry + C_LIMIT) == runEnd) limit = image.readLong(entry + C_CURSOR);
                for (long a = pos; a + size <= limit; a += size) {
                    if (image.readShort(a + H_SIZE_CLASS) != sc) throw new CorruptImage("object at " + Ref.toString(a) + " is not of size class " + sc);
                    if ((image.readShort(a + H_FLAGS) & F_FREE) == 0) consider(image, bits, a);
                    if (++step == STEP) {
                        step = 0;
                        flush(bits);
                        pacer.pace();
                    }
                }
                pos = runEnd;
            } else {
                throw new CorruptImage("no object or page run starts at " + Ref.toString(pos) + " (size class " + sc + ")");
            }
            if (++step >= STEP) {
                step = 0;
                flush(bits);
                pacer.pace();
            }
        }
        flush(bits);
    }

    private void consider(SnapshotImage image, MarkBits bits, long obj) throws IOException, InterruptedException {
        if (bits.isMarked(obj)) return;
        batchAddr[batchSize] = obj;
        batchInc[batchSize] = image.readLong(obj + H_INCARNATION);
        batchCyclic[batchSize] = image.readInt(obj + H_COUNT) != 0;
        if (++batchSize == BATCH) flush(bits);
    }

    private void flush(MarkBits bits) throws InterruptedException {
        if (batchSize == 0) return;
        int n = batchSize;
        batchSize = 0;
        atomic.run(() -> {
            for (int i = 0; i < n; i++) {
                if (!freeing) {
                    space.clearIfSame(batchAddr[i], batchInc[i], child -> !bits.isMarked(child));
                    continue;
                }
                long bytes = space.freeIfSame(batchAddr[i], batchInc[i]);
                if (bytes == 0) {
                    reused++;
                } else {
                    freedObjects++;
                    freedBytes += bytes;
                    if (batchCyclic[i]) cyclic++;
                }
            }
        });
    }
}
