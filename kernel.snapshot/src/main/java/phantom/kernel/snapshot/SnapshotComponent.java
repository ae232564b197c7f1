package phantom.kernel.snapshot;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.kernel.Scheduler;
import phantom.api.kernel.Snapshotter;
import phantom.api.space.ObjectSpace;
import phantom.api.space.SnapshotHook;

/**
 * Takes snapshots without stopping programs: at a safepoint it only flips the space's epoch
 * (O(1)); then, in the background, it writes every page written since the last durable
 * snapshot, reading each either from the live space (if no one has written it since the flip)
 * or from the copy the write barrier's hook made just before the first such write.
 */
@Component(service = { Snapshotter.class, SnapshotHook.class }, immediate = true,
    configurationPid = "phantom.snapshot", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SnapshotComponent.Config.class)
public final class SnapshotComponent implements Snapshotter, SnapshotHook {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotComponent.class);

    @ObjectClassDefinition(name = "Phantom snapshots")
    public @interface Config {
        @AttributeDefinition(description = "Milliseconds between snapshots; longer periods write less (0 = only on request). "
            + "The framework property phantom.snapshot.period overrides it.")
        long period() default 1000;
    }

    @Reference private ObjectSpace space;
    @Reference private Scheduler scheduler;

    private SnapshotStore store;
    private ScheduledExecutorService worker;
    private ScheduledFuture<?> periodic;
    private final Object lock = new Object();

    // the snapshot in progress, read by the barrier hook on mutator threads
    private volatile boolean active;
    private volatile long flipEpoch;      // E: the epoch the flip started
    private volatile long base;           // pages last written in epochs <= base are in the durable generation
    private volatile boolean full;        // the first snapshot after start takes every used page
    private final AtomicInteger inHook = new AtomicInteger();
    private volatile Arena copies;
    private final Map<Long, MemorySegment> saved = new ConcurrentHashMap<>();

    private volatile long lastDurable = -1;
    private volatile long lastPauseNanos, lastPages, lastBytes;
    private volatile String lastError;

    @Activate
    void activate(BundleContext ctx, Config config) throws IOException {
        Path dir = Path.of(valueOr(ctx.getProperty("phantom.data"), "data"));
        store = SnapshotStore.open(dir.resolve(RecoveryComponent.STORE_NAME), space.capacity());
        for (String w : store.warnings()) LOG.error("snapshot store: {}", w);
        if (store.current() != null) lastDurable = store.current().number();
        full = true;
        base = 0;
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-snapshot");
            t.setDaemon(true);
            return t;
        });
        String p = ctx.getProperty("phantom.snapshot.period");
        schedule(p != null ? Long.parseLong(p.trim()) : config.period());
    }

    @Modified
    void modified(BundleContext ctx, Config config) {
        if (ctx.getProperty("phantom.snapshot.period") == null) schedule(config.period());
    }

    private void schedule(long periodMillis) {
        synchronized (lock) {
            if (periodic != null) periodic.cancel(false);
            periodic = periodMillis <= 0 ? null
                : worker.scheduleWithFixedDelay(this::periodicSnapshot, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            LOG.info("snapshots every {} ms into {}", periodMillis, store.path());
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        synchronized (lock) {
            if (periodic != null) periodic.cancel(false);
        }
        try {
            // a clean stop ends with a snapshot of everything, so the store is as new as the space
            worker.submit(this::takeSnapshot).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            LOG.error("final snapshot failed: {}", e.getCause().getMessage());
        } finally {
            worker.shutdownNow();
            store.close();
        }
    }

    private static String valueOr(String v, String d) { return v == null || v.isBlank() ? d : v.trim(); }

    // ------------------------------------------------------------------ Snapshotter

    @Override public long snapshotNow() {
        worker.submit(this::takeSnapshotQuietly);
        return lastDurable + 1;
    }

    @Override public long snapshotAndWait() throws InterruptedException {
        try {
            return worker.submit(this::takeSnapshot).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("snapshot failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override public long lastDurableGeneration() { return lastDurable; }

    /** Figures of the last snapshot: pause in ns, pages written, bytes written; and the last error. */
    public String lastFigures() {
        return "generation " + lastDurable + ", pause " + lastPauseNanos / 1000 + " us, " + lastPages + " pages, "
            + lastBytes / 1024 + " KiB" + (lastError == null ? "" : ", last error: " + lastError);
    }

    private void periodicSnapshot() {
        takeSnapshotQuietly();
    }

    private Long takeSnapshotQuietly() {
        try {
            return takeSnapshot();
        } catch (Exception e) {
            return -1L;
        }
    }

    // ------------------------------------------------------------------ the snapshot

    /** Runs on the worker thread only. */
    private long takeSnapshot() throws Exception {
        SnapshotStore.Writer w = store.begin();
        copies = Arena.ofShared();
        long[] pause = new long[1];
        scheduler.atSafepoint(() -> {
            long t0 = System.nanoTime();
            long e = space.advanceEpoch();
            flipEpoch = e;
            active = true;
            pause[0] = System.nanoTime() - t0;
        });
        long e = flipEpoch;
        long pages = full ? usedPages() : space.pageCount();
        MemorySegment buf = Arena.ofAuto().allocate(SnapshotStore.BLOCK, 8);
        try {
            for (long p = 0; p < pages; p++) {
                long pe = space.pageEpoch(p);
                boolean dirtyBefore = full ? pe < e : pe > base && pe < e;
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
            SnapshotStore.Generation g = w.commit();
            lastDurable = g.number();
            base = e - 1;
            full = false;
            lastPauseNanos = pause[0];
            lastPages = w.pagesWritten();
            lastBytes = w.pagesWritten() * SnapshotStore.BLOCK;
            lastError = null;
            LOG.debug("snapshot {} durable: {} pages, pause {} us", g.number(), w.pagesWritten(), pause[0] / 1000);
            return g.number();
        } catch (IOException | RuntimeException ex) {
            w.abandon();
            lastError = ex.getMessage();
            LOG.error("snapshot abandoned, the previous generations are intact: {}", ex.toString());
            throw ex;
        } finally {
            active = false;
            while (inHook.get() > 0) Thread.onSpinWait();
            saved.clear();
            copies.close();
            copies = null;
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
