package phantom.gc.cycles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.kernel.Scheduler;
import phantom.api.kernel.SnapshotImage;
import phantom.api.kernel.Snapshotter;
import phantom.api.space.CollectionListener;
import phantom.api.space.CollectionReport;
import phantom.api.space.Collector;
import phantom.api.space.ObjectSpace;
import phantom.api.space.SpaceStats;

/**
 * GC tier two as a service. One background thread at the lowest Java priority runs
 * collections, each on the newest durable snapshot; between steps it yields while VM threads
 * of the real-time and normal classes wait for a carrier (the idle class), unless free space is
 * short. A policy starts one every N snapshots or when free space falls below a share of the
 * capacity (Configuration Admin PID {@code phantom.gc.cycles}); {@code gc:gc} starts one now.
 * Stopping or updating the bundle abandons a collection between two steps: what it freed is
 * freed whole, the rest waits for the next one.
 */
@Component(service = Collector.class, immediate = true, configurationPid = "phantom.gc.cycles",
    configurationPolicy = ConfigurationPolicy.OPTIONAL,
    property = { "osgi.command.scope=gc", "osgi.command.function=gc", "osgi.command.function=collect",
                 "osgi.command.function=status", "phantom.gc.tier=cycles" })
@Designate(ocd = CycleCollectorComponent.Config.class)
public final class CycleCollectorComponent implements Collector {
    private static final Logger LOG = LoggerFactory.getLogger(CycleCollectorComponent.class);

    @ObjectClassDefinition(name = "Phantom cycle collector")
    public @interface Config {
        @AttributeDefinition(description = "Collect after this many new durable snapshots (0: never for this reason)")
        int everySnapshots() default 30;

        @AttributeDefinition(description = "Collect when free space falls below this percentage of the capacity (0: never for this reason)")
        double minFreePercent() default 10;

        @AttributeDefinition(description = "Milliseconds to sleep between steps of 4096 objects, to lower the collector's share further")
        long stepPauseMillis() default 0;

        @AttributeDefinition(description = "Most milliseconds a step of 4096 objects waits for busy programs before it goes on "
            + "anyway: the collector's floor, so garbage cannot pile up under programs that keep every carrier busy")
        long maxYieldMillis() default 5;
    }

    @Reference private ObjectSpace space;
    @Reference private Scheduler scheduler;
    @Reference private Snapshotter snapshotter;

    /** Told after each collection that freed something (whiteboard). */
    private final java.util.List<CollectionListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(CollectionListener l) { listeners.add(l); }

    void removeListener(CollectionListener l) { listeners.remove(l); }

    private volatile Config config;
    /** The framework property phantom.gc.everySnapshots (the launcher's --gc-every) overrides the configuration. */
    private Integer everyOverride;
    private Path scratch;
    private ExecutorService worker;
    private ScheduledExecutorService policy;
    private volatile boolean stopping;
    private volatile CycleCollector current;
    private volatile CollectionReport last;
    private volatile long lastCollectedGeneration = -1;
    private volatile boolean urgent;
    private volatile Future<CollectionReport> pending;
    private volatile long lastRunEnded;

    @Activate
    void activate(BundleContext ctx, Config config) throws IOException {
        this.config = config;
        String every = ctx.getProperty("phantom.gc.everySnapshots");
        if (every != null && !every.isBlank()) everyOverride = Integer.valueOf(every.trim());
        String data = ctx.getProperty("phantom.data");
        scratch = Path.of(data == null || data.isBlank() ? "data" : data.trim()).resolve("gc");
        Files.createDirectories(scratch);
        // scratch files of a collection that was killed: nothing in them is needed; a locked one is someone's
        java.util.List<String> inUse = Scratch.clean(scratch);
        if (!inUse.isEmpty()) LOG.error("scratch files in {} are in use by another process, left alone: {}", scratch, inUse);
        lastCollectedGeneration = snapshotter.lastDurableGeneration();
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "phantom-gc-cycles");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        policy = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-gc-policy");
            t.setDaemon(true);
            return t;
        });
        policy.scheduleWithFixedDelay(this::checkPolicy, 500, 500, TimeUnit.MILLISECONDS);
        LOG.info("cycle collector: every {} snapshots or below {}% free", everySnapshots(), config.minFreePercent());
    }

    @Modified
    void modified(Config config) { this.config = config; }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        policy.shutdownNow();
        worker.shutdownNow(); // interrupts a collection between two steps: abandoned, never half a free
        if (!worker.awaitTermination(60, TimeUnit.SECONDS)) LOG.error("cycle collector did not stop within 60 s");
    }

    // ------------------------------------------------------------------ policy

    private void checkPolicy() {
        try {
            if (pending != null && !pending.isDone()) return;
            Config c = config;
            long gen = snapshotter.lastDurableGeneration();
            boolean byFreeSpace = c.minFreePercent() > 0 && freePercent() < c.minFreePercent();
            if (byFreeSpace && gen == lastCollectedGeneration && System.currentTimeMillis() - lastRunEnded > 10_000) {
                // short of space with no newer snapshot (periodic ones may be off): ask for one, collect next time
                snapshotter.snapshotNow();
                return;
            }
            if (gen < 0 || gen == lastCollectedGeneration) return;
            int every = everySnapshots();
            boolean bySnapshots = every > 0 && gen - lastCollectedGeneration >= every;
            if (bySnapshots || byFreeSpace) {
                urgent = byFreeSpace;
                pending = worker.submit(this::run);
            }
        } catch (RuntimeException | InterruptedException e) {
            LOG.error("cycle collector policy: {}", e.toString());
        }
    }

    private int everySnapshots() { return everyOverride != null ? everyOverride : config.everySnapshots(); }

    private double freePercent() {
        SpaceStats s = space.stats();
        double free = s.capacity() - s.used() + s.freeListBytes();
        return 100.0 * free / s.capacity();
    }

    // ------------------------------------------------------------------ collections

    @Override public CollectionReport collectNow() throws InterruptedException {
        try {
            return worker.submit(this::run).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("collection failed: " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new IllegalStateException("the cycle collector is stopping");
        }
    }

    @Override public CollectionReport lastReport() { return last; }

    @Override public String state() {
        CycleCollector c = current;
        CollectionReport r = last;
        return (c == null ? "idle" : c.phase) + (r == null ? "" : "; last: " + r.summary());
    }

    /** On the worker thread only. */
    private CollectionReport run() {
        CollectionReport report;
        long gen = -1;
        CycleCollector c = new CycleCollector(space, scheduler::runAtomically, this::pace, scratch, 1 << 16);
        current = c;
        try (SnapshotImage image = snapshotter.openImage()) {
            if (image == null) {
                report = new CollectionReport(-1, "failed: no durable snapshot yet", 0, 0, 0, 0, 0, 0, 0, 0, 0);
            } else {
                gen = image.generation();
                report = c.collect(image);
                lastCollectedGeneration = gen;
            }
        } catch (InterruptedException | CancellationException e) {
            report = c.partial(gen, "abandoned");
        } catch (CycleCollector.CorruptImage e) {
            LOG.error("cycle collection of generation {} stopped, the snapshot is inconsistent: {}", gen, e.getMessage());
            report = c.partial(gen, "failed: " + e.getMessage());
        } catch (InternalError e) {
            // a write to a sparse scratch mapping the disk has no room for (SIGBUS): marking stopped, nothing was freed
            LOG.error("cycle collection of generation {} stopped: its scratch files in {} could not be written (is the disk full?): {}",
                gen, scratch, e.getMessage());
            report = c.partial(gen, "failed: scratch files could not be written (disk full?)");
        } catch (IOException | RuntimeException e) {
            if (stopping) {
                report = c.partial(gen, "abandoned");
            } else {
                LOG.error("cycle collection of generation {} failed", gen, e);
                report = c.partial(gen, "failed: " + e);
            }
        } finally {
            current = null;
            urgent = false;
            lastRunEnded = System.currentTimeMillis();
        }
        last = report;
        LOG.info("{}; space: {} live objects", report.summary(), space.stats().liveObjects());
        if (report.freedObjects() > 0) tell(report);
        return report;
    }

    /** Before collectNow returns, so its caller finds what the listeners drop already dropped. */
    private void tell(CollectionReport report) {
        for (CollectionListener l : listeners) {
            try {
                l.collected(report);
            } catch (RuntimeException e) {
                LOG.warn("a collection listener failed: {}", e.toString());
            }
        }
    }

    /** Between steps: abandon when stopping; sleep as configured; yield while programs wait for a carrier. */
    private void pace() throws InterruptedException {
        if (stopping || Thread.currentThread().isInterrupted()) throw new InterruptedException("collector stopping");
        Config c = config;
        if (c.stepPauseMillis() > 0) Thread.sleep(c.stepPauseMillis());
        long until = System.currentTimeMillis() + c.maxYieldMillis();
        while (!urgent && scheduler.waitingThreads() > 0 && System.currentTimeMillis() < until) Thread.sleep(2);
    }

    // ------------------------------------------------------------------ shell

    /** Shell: {@code gc:gc}, a collection now, with its report. */
    @Descriptor("run the cycle collector now on the newest snapshot and print its report")
    public String gc() throws InterruptedException {
        return collectNow().summary();
    }

    /** Shell: {@code collect}, the same as {@code gc:gc} (a bare {@code gc} is Gogo's System.gc). */
    @Descriptor("the same as gc:gc (a bare `gc` is Gogo's System.gc)")
    public String collect() throws InterruptedException {
        return gc();
    }

    /** Shell: {@code gc:status}. */
    @Descriptor("what the cycle collector does now, its last report and the free space")
    public String status() {
        SpaceStats s = space.stats();
        return "cycle collector: " + state() + "\nspace: " + s.liveObjects() + " live objects, " + s.liveBytes() + " bytes; "
            + String.format("%.1f", freePercent()) + "% free; last collected generation " + lastCollectedGeneration;
    }
}
