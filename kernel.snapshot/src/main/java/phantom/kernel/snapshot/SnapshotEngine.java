package phantom.kernel.snapshot;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.space.ObjectSpace;
import phantom.api.space.SnapshotHook;

/**
 * The snapshot algorithm, apart from OSGi. {@link #take} flips the space's epoch inside the
 * given safepoint (O(1): nothing else happens in the pause), then writes in the background
 * every page written since the last durable snapshot, reading each either from the live space
 * (if no one has written it since the flip: {@link ObjectSpace#copyPage} tells) or from the
 * copy this hook made just before the first write after the flip.
 */
public final class SnapshotEngine implements SnapshotHook {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotEngine.class);

    /** Runs an action with every mutator stopped at a safepoint. */
    public interface Safepoint {
        void run(Runnable action) throws InterruptedException;
    }

    private final ObjectSpace space;
    private final SnapshotStore store;

    private volatile boolean active;
    private volatile long flipEpoch;      // E: the epoch the flip started
    private volatile long base;           // pages last written in epochs <= base are in the durable generation
    private volatile boolean full = true; // the first snapshot after start takes every used page
    private final AtomicInteger inHook = new AtomicInteger();
    private volatile Arena copies;
    private final Map<Long, MemorySegment> saved = new ConcurrentHashMap<>();

    volatile long lastDurable = -1;
    volatile long lastPauseNanos, lastPages, lastDirtySeen;
    volatile String lastError;

    /** The last durable snapshots, oldest first, for the web console's charts (guarded by itself). */
    private final java.util.ArrayDeque<phantom.api.kernel.Snapshotter.Taken> history = new java.util.ArrayDeque<>();
    static final int HISTORY = 120;

    /** The generation being written, or null. */
    private volatile phantom.api.kernel.Snapshotter.InProgress inProgress;

    public SnapshotEngine(ObjectSpace space, SnapshotStore store) {
        this.space = space;
        this.store = store;
        if (store.current() != null) lastDurable = store.current().number();
    }

    public long lastDurable() { return lastDurable; }

    /**
     * The space was just restored from {@code generation} and is exactly it (every page written
     * since carries an epoch of this life, the header pages included): when that generation is
     * the store's newest, the first snapshot writes only what changed since, not every page.
     * Otherwise (a fallback to an older one, another capacity) it stays a full one.
     */
    public synchronized void continueFrom(long generation) {
        SnapshotStore.Generation g = store.current();
        if (g == null || g.number() != generation || g.capacity() != space.capacity()) return;
        full = false;
        base = 0; // every page of epoch 0 (untouched since the open) is in that generation
    }

    public long lastPauseNanos() { return lastPauseNanos; }

    public long lastPages() { return lastPages; }

    public java.util.List<phantom.api.kernel.Snapshotter.Taken> history() {
        synchronized (history) {
            return java.util.List.copyOf(history);
        }
    }

    public phantom.api.kernel.Snapshotter.InProgress inProgress() { return inProgress; }

    /** Runs on the worker thread only. */
    public synchronized long take(Safepoint safepoint) throws Exception {
        // after a lazy restart, not before every page of the generation it came from was read and checked: until
        // then that generation and the one before must both stay on disk (a damaged page falls back to the older)
        space.awaitPagedIn();
        // the first snapshot of a life writes every page: it shares nothing with generations the space may not descend from
        SnapshotStore.Writer w = full ? store.beginFresh() : store.begin();
        copies = Arena.ofShared();
        long[] pause = new long[1];
        long flippedAt = System.currentTimeMillis();
        safepoint.run(() -> {
            long t0 = System.nanoTime();
            long e = space.advanceEpoch();
            flipEpoch = e;
            active = true;
            pause[0] = System.nanoTime() - t0;
        });
        long e = flipEpoch;
        long writeStart = System.nanoTime();
        inProgress = new phantom.api.kernel.Snapshotter.InProgress(w.number(), base, e, full);
        MemorySegment buf = Arena.ofAuto().allocate(SnapshotStore.BLOCK, 8);
        try {
            if (full) {
                writePages(w, 0, usedPages(), e, buf);
            } else {
                writeDirty(w, e, buf);
            }
            SnapshotStore.Generation g = w.commit();
            lastDurable = g.number();
            base = e - 1;
            full = false;
            lastPauseNanos = pause[0];
            lastPages = w.pagesWritten();
            synchronized (history) {
                if (history.size() == HISTORY) history.removeFirst();
                history.addLast(new phantom.api.kernel.Snapshotter.Taken(g.number(), flippedAt, pause[0], lastPages,
                    lastPages * SnapshotStore.BLOCK, (System.nanoTime() - writeStart) / 1_000_000));
            }
            if (lastError != null) LOG.warn("snapshot {} durable: snapshots go on after failing with: {}", g.number(), lastError);
            lastError = null;
            LOG.debug("snapshot {} durable: {} pages, pause {} us", g.number(), w.pagesWritten(), pause[0] / 1000);
            return g.number();
        } catch (IOException | RuntimeException ex) {
            w.abandon();
            // said once per cause: a full disk fails every period until there is room
            String why = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            if (!why.equals(lastError)) LOG.error("snapshot abandoned, the previous generations are intact: {}", why);
            lastError = why;
            throw ex;
        } finally {
            inProgress = null;
            active = false;
            while (inHook.get() > 0) Thread.onSpinWait();
            saved.clear();
            copies.close();
            copies = null;
        }
    }

    /**
     * Every page written since the last durable generation, found through the space's summary:
     * a super-group or group with no first write after {@code base} is skipped whole, so the
     * work follows what changed, not the capacity.
     */
    private void writeDirty(SnapshotStore.Writer w, long e, MemorySegment buf) throws IOException {
        long pages = space.pageCount();
        long group = ObjectSpace.GROUP_PAGES, superGroup = group * group;
        for (long sg = 0; sg * superGroup < pages; sg++) {
            if (space.superGroupEpoch(sg) <= base) continue;
            long gEnd = Math.min((sg + 1) * group, (pages + group - 1) / group);
            for (long g = sg * group; g < gEnd; g++) {
                if (space.groupEpoch(g) <= base) continue;
                writePages(w, g * group, Math.min((g + 1) * group, pages), e, buf);
            }
        }
    }

    /** Pages {@code from} to {@code to} (exclusive) that the generation being written must hold. */
    private void writePages(SnapshotStore.Writer w, long from, long to, long e, MemorySegment buf) throws IOException {
        for (long p = from; p < to; p++) {
            long pe = space.pageEpoch(p);
            // -1: a writer holds the page right now, and the hook decides whether it saves it
            boolean dirtyBefore = pe >= 0 && (full ? pe < e : pe > base && pe < e);
            if (dirtyBefore) {
                long got = space.copyPage(p, buf);
                if (got == pe) {
                    w.writePage(p, buf);
                    continue;
                }
                // a writer got in after the flip: the hook saved the page as it was
            }
            MemorySegment copy = savedCopy(p);
            if (copy != null) w.writePage(p, copy);
        }
    }

    /** The hook's copy of page {@code p}, waiting for a copy in progress; null if the page was not saved. */
    private MemorySegment savedCopy(long p) {
        // a writer holds the page (-1) from before the hook runs until after it saved the copy
        while (space.pageEpoch(p) == -1) Thread.onSpinWait();
        return saved.get(p);
    }

    private long usedPages() {
        long bytes = space.stats().used() + 2L * SnapshotStore.BLOCK;
        return Math.min(space.pageCount(), (bytes + SnapshotStore.BLOCK - 1) / SnapshotStore.BLOCK);
    }

    // ------------------------------------------------------------------ SnapshotHook

    @Override
    public void beforeFirstWrite(ObjectSpace s, long page, long epoch, long previousEpoch) {
        if (!active) return;
        inHook.incrementAndGet();
        try {
            if (!active || epoch != flipEpoch) return;
            boolean needed = full ? previousEpoch < epoch : previousEpoch > base && previousEpoch < epoch;
            if (!needed) return;
            Arena a = copies;
            if (a == null) return;
            MemorySegment copy = a.allocate(SnapshotStore.BLOCK, 8);
            s.copyPage(page, copy); // the page is claimed by this writer: the copy is exact
            saved.put(page, copy);
        } finally {
            inHook.decrementAndGet();
        }
    }

}
