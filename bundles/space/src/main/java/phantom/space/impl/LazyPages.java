package phantom.space.impl;

import static phantom.space.impl.Layout.PAGE_SHIFT;
import static phantom.space.impl.Layout.PAGE_SIZE;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.space.LazyRestore;

/**
 * The pages of a lazily restarted space that are not in yet (docs/image-format.md, "Lazy
 * restart"). The space file was prepared by the restore: header pages in, zero above the generation's end, stale between.
 * A page below the generation's end is read from the store the first time anyone touches it
 * ({@link #ensure}), checked against its checksum, and written into the space; a background
 * thread reads the rest in address order, in runs of {@value #RUN} pages. One bit per page of
 * the generation's used space (not of the capacity); a page's bit is set, with release order,
 * only after its contents are in, and every access to the space checks it first.
 */
final class LazyPages {
    private static final Logger LOG = LoggerFactory.getLogger(LazyPages.class);
    private static final VarHandle BITS = MethodHandles.arrayElementVarHandle(long[].class);
    static final int RUN = 64;
    private static final int STRIPES = 64;

    private final LazyRestore source;
    private final MemorySegment seg;
    private final long first, end;
    private final long[] present;
    private final Object[] stripes = new Object[STRIPES];
    private final AtomicLong remaining;
    private final AtomicLong faulted = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private final long started = System.nanoTime();
    private final Runnable finished;
    private volatile Consumer<String> damageListener = m -> {};
    private volatile String damage;
    private volatile boolean closed;

    /** Pages {@code [first, end)} are to be read from {@code source}; {@code finished} runs once they all are in. */
    LazyPages(LazyRestore source, MemorySegment seg, long first, long end, Runnable finished) {
        this.source = source;
        this.seg = seg;
        this.first = first;
        this.end = Math.max(first, end);
        this.present = new long[(int) ((this.end - first + 63) >>> 6)];
        this.remaining = new AtomicLong(this.end - first);
        this.finished = finished;
        for (int i = 0; i < STRIPES; i++) stripes[i] = new Object();
        if (remaining.get() == 0) finish();
    }

    long generation() { return source.generation(); }

    /** Pages not in yet. */
    long remaining() { return remaining.get(); }

    /** Pages read because something touched them (not by the background reader). */
    long faulted() { return faulted.get(); }

    /** Null, or why this life of the space descends from a damaged generation. */
    String damage() { return damage; }

    void setDamageListener(Consumer<String> l) { damageListener = l == null ? m -> {} : l; }

    private boolean isIn(long page) {
        long i = page - first;
        if (i < 0 || page >= end) return true;
        return ((long) BITS.getAcquire(present, (int) (i >>> 6)) & (1L << i)) != 0;
    }

    /** Every page of {@code [addr, addr + length)} is in when this returns (read now if need be). */
    void ensure(long addr, long length) {
        long last = (addr + Math.max(1, length) - 1) >>> PAGE_SHIFT;
        for (long p = addr >>> PAGE_SHIFT; p <= last; p++) {
            if (!isIn(p)) fault(p);
        }
    }

    private void fault(long page) {
        synchronized (stripes[(int) (page & (STRIPES - 1))]) {
            if (isIn(page)) return;
            readIn(page, 1);
            faulted.incrementAndGet();
        }
    }

    /** Reads pages {@code [page, page + count)} (the caller holds their stripe or is the background reader) and marks them in. */
    private void readIn(long page, int count) {
        String d = damage;
        if (d != null) throw new IllegalStateException(d);
        if (closed) throw new IllegalStateException("the space is closed");
        try {
            source.readRun(page, count, seg.asSlice(page << PAGE_SHIFT, (long) count * PAGE_SIZE));
        } catch (IOException | RuntimeException e) {
            throw damaged(page, e);
        }
        for (long p = page; p < page + count; p++) {
            long i = p - first;
            BITS.getAndBitwiseOrRelease(present, (int) (i >>> 6), 1L << i);
        }
        if (remaining.addAndGet(-count) == 0) finish();
    }

    private synchronized IllegalStateException damaged(long page, Exception e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        if (damage == null) {
            String d = "page " + page + " of snapshot generation " + source.generation()
                + " is damaged, found at its first touch after the restart (" + why + "); this life of the space"
                + " is never snapshotted, and the next start restores the generation before it";
            LOG.error("SNAPSHOT GENERATION {} IS DAMAGED: {}", source.generation(), d);
            // recorded (durably) before anyone hears of it: whoever sees the damage may end this life at once (a
            // close, a caller of await, the listener stopping the system), and the next start must find the record
            source.damaged(page, why);
            damage = d;
            damageListener.accept(d);
        }
        return new IllegalStateException(damage);
    }

    private void finish() {
        if (done.getCount() == 0) return;
        try {
            source.close();
        } catch (IOException e) {
            LOG.warn("closing the snapshot store after the page-in: {}", e.getMessage());
        }
        if (end > first) {
            LOG.info("generation {} paged in: {} pages in {} ms ({} read at first touch)", source.generation(),
                end - first, (System.nanoTime() - started) / 1_000_000, faulted.get());
        }
        finished.run();
        done.countDown();
    }

    /** Reads every page not in yet, in runs of {@value #RUN}, in address order: the background reader, or a close. */
    void pageInAll() {
        for (long p = first; p < end && damage == null && !closed; p += RUN) {
            int n = (int) Math.min(RUN, end - p);
            if (allOut(p, n)) {
                // the whole run under its stripes, in one read
                if (readRunLocked(p, n)) continue;
            }
            for (long q = p; q < p + n; q++) {
                if (!isIn(q)) fault(q);
            }
        }
    }

    private boolean allOut(long p, int n) {
        for (long q = p; q < p + n; q++) if (isIn(q)) return false;
        return true;
    }

    /** Takes the run's stripes in order (RUN == STRIPES: each once), reads it if still wholly out. */
    private boolean readRunLocked(long p, int n) {
        return lockAndRead(p, n, 0);
    }

    private boolean lockAndRead(long p, int n, int k) {
        if (k == n) {
            if (!allOut(p, n)) return false;
            readIn(p, n);
            return true;
        }
        synchronized (stripes[(int) ((p + k) & (STRIPES - 1))]) {
            return lockAndRead(p, n, k + 1);
        }
    }

    /**
     * Starts the background reader after {@code delayMillis}: the start of the system (bundles,
     * the VM, the first slices, reading what they touch) goes first on a machine with few cores.
     */
    void startBackground(long delayMillis) {
        Thread t = new Thread(() -> {
            try {
                if (delayMillis > 0) Thread.sleep(delayMillis);
                pageInAll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // damage is reported by readIn; a close stops the reader
            }
        }, "phantom-page-in");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Waits until every page is in. */
    void await() throws InterruptedException {
        while (!done.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            String d = damage;
            if (d != null) throw new IllegalStateException(d);
        }
    }

    /** The space closes: no more reads; the store is released. */
    void close() {
        closed = true;
        try {
            source.close();
        } catch (IOException e) {
            LOG.warn("closing the snapshot store: {}", e.getMessage());
        }
    }
}
