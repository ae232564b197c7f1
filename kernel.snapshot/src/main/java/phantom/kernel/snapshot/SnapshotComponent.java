package phantom.kernel.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.apache.felix.service.command.Descriptor;
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

import phantom.api.driver.BlockStorage;
import phantom.api.kernel.Scheduler;
import phantom.api.kernel.SnapshotImage;
import phantom.api.kernel.Snapshotter;
import phantom.api.space.ObjectSpace;
import phantom.api.space.SnapshotHook;
import phantom.api.space.SpaceRecovery;

/**
 * Takes snapshots without stopping programs: at a safepoint it only flips the space's epoch
 * (O(1)); then, in the background, it writes every page written since the last durable
 * snapshot, reading each either from the live space (if no one has written it since the flip)
 * or from the copy the write barrier's hook made just before the first such write.
 */
@Component(service = { Snapshotter.class, SnapshotHook.class }, immediate = true,
    configurationPid = "phantom.snapshot", configurationPolicy = ConfigurationPolicy.OPTIONAL,
    property = { "osgi.command.scope=snapshot", "osgi.command.function=take", "osgi.command.function=status" })
@Designate(ocd = SnapshotComponent.Config.class)
public final class SnapshotComponent implements Snapshotter, SnapshotHook {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotComponent.class);

    @ObjectClassDefinition(name = "Phantom snapshots")
    public @interface Config {
        @AttributeDefinition(description = "Milliseconds between snapshots; longer periods write less (0 = only on request). "
            + "The framework property phantom.snapshot.period overrides it.")
        long period() default 1000;
    }

    private ObjectSpace space;
    /** The space's service properties: how it was opened (SpaceRecovery.ORIGIN_PROPERTY). */
    private Map<String, Object> spaceProperties;
    @Reference private Scheduler scheduler;
    /** The platform driver's block storage: the store's device. */
    @Reference private BlockStorage storage;

    private Path storePath;
    private volatile SnapshotStore store;
    /** Why the store cannot be opened for writing (null: it is open); snapshots are tried again every period. */
    private volatile String storeProblem;
    private boolean setAside;
    private String maxBytes;
    private ScheduledExecutorService worker;
    private ScheduledFuture<?> periodic;
    private final Object lock = new Object();

    private volatile SnapshotEngine engine;

    @Reference
    void bindSpace(ObjectSpace s, Map<String, Object> properties) {
        space = s;
        spaceProperties = properties;
    }

    @Activate
    void activate(BundleContext ctx, Config config) {
        storePath = Path.of(valueOr(ctx.getProperty("phantom.data"), "data")).resolve(RecoveryComponent.STORE_NAME);
        maxBytes = ctx.getProperty("phantom.snapshot.maxBytes");
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-snapshot");
            t.setDaemon(true);
            return t;
        });
        // a store that cannot be written is reported, and the system runs on: it is tried again every period.
        // While a lazy restart pages the space in, the store is the pager's (read-only): opened once it is done
        if (!space.pagingIn()) storeReady();
        String p = ctx.getProperty("phantom.snapshot.period");
        schedule(p != null ? Long.parseLong(p.trim()) : config.period());
        // a store with no generation yet: the first one now, so a kill soon after the first start has something to restore
        if (lastDurableGeneration() < 0) worker.submit(this::takeSnapshotQuietly);
    }

    /**
     * Opens the store unless it is open; false when it cannot be (the reason is logged when it
     * changes and shown by {@code snapshot:status}). Activation, then the worker thread only.
     */
    private boolean storeReady() {
        if (engine != null) return true;
        try {
            // a space opened as it is does not descend from the store: its generations are kept, not overwritten
            if (!setAside && "as-is".equals(spaceProperties.get(SpaceRecovery.ORIGIN_PROPERTY))) setAside(storePath);
            setAside = true;
            SnapshotStore s = SnapshotStore.open(storage, storePath, space.capacity());
            for (String w : s.warnings()) LOG.error("snapshot store: {}", w);
            if (spaceProperties.get(SpaceRecovery.GENERATION_PROPERTY) instanceof Long g) s.descendsFrom(g);
            if (maxBytes != null) s.setMaxBytes(Long.parseLong(maxBytes.trim()));
            store = s;
            engine = new SnapshotEngine(space, s);
            // restored from the newest generation, or closed cleanly as it: the first snapshot writes only what changed since
            Object origin = spaceProperties.get(SpaceRecovery.ORIGIN_PROPERTY);
            if (("restored".equals(origin) || "clean".equals(origin))
                && spaceProperties.get(SpaceRecovery.GENERATION_PROPERTY) instanceof Long g) {
                engine.continueFrom(g);
            }
            if (storeProblem != null) LOG.warn("snapshot store {} can be written again: snapshots go on", storePath);
            storeProblem = null;
            return true;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            if (!why.equals(storeProblem)) {
                LOG.error("SNAPSHOTS CANNOT BE MADE: the snapshot store {} cannot be opened for writing ({}); programs run on,"
                    + " a snapshot is tried every period", storePath, why);
            }
            storeProblem = why;
            return false;
        }
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
            LOG.info("snapshots every {} ms into {}", periodMillis, storePath);
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
            engine = null;
            if (store != null) store.close();
        }
    }

    /** Renames a store that holds anything out of the way (for a look, or an offline check). */
    private static void setAside(Path storePath) throws IOException {
        if (!Files.exists(storePath) || Files.size(storePath) == 0) return;
        Path aside = storePath.resolveSibling(storePath.getFileName() + ".unusable-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(storePath, aside, StandardCopyOption.ATOMIC_MOVE);
        LOG.error("the space was opened as it is: the snapshot store it does not descend from is kept as {}; snapshots start a new store", aside);
    }

    private static String valueOr(String v, String d) { return v == null || v.isBlank() ? d : v.trim(); }

    // ------------------------------------------------------------------ Snapshotter

    @Override public long snapshotNow() {
        worker.submit(this::takeSnapshotQuietly);
        SnapshotEngine e = engine;
        return e == null ? 1 : e.lastDurable() + 1;
    }

    @Override public long snapshotAndWait() throws InterruptedException {
        try {
            return worker.submit(this::takeSnapshot).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("snapshot failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override public long lastDurableGeneration() {
        SnapshotEngine e = engine;
        return e == null ? -1 : e.lastDurable();
    }

    @Override public SnapshotImage openImage() throws IOException {
        SnapshotStore s = store;
        return s == null ? null : openImage(s);
    }

    @Override public java.util.List<Taken> history() {
        SnapshotEngine e = engine;
        return e == null ? java.util.List.of() : e.history();
    }

    @Override public InProgress inProgress() {
        SnapshotEngine e = engine;
        return e == null ? null : e.inProgress();
    }

    /** The newest durable generation of {@code store}, pinned until the image is closed; null if none. */
    public static SnapshotImage openImage(SnapshotStore store) throws IOException {
        SnapshotStore.Pin pin = store.pinCurrent();
        return pin == null ? null : new StoreImage(store, pin);
    }

    /** Shell: {@code snapshot:take}, a snapshot now, returning when it is durable. */
    @Descriptor("take a snapshot now and wait until it is durable")
    public String take() throws InterruptedException {
        long g = snapshotAndWait();
        return "generation " + g + " durable: " + engine.lastPages() + " pages written, pause " + engine.lastPauseNanos() / 1000 + " us";
    }

    /** Shell: {@code snapshot:status}. */
    @Descriptor("snapshot period, the newest durable generation, pause and bytes written")
    public String status() {
        SnapshotEngine e = engine;
        if (e == null && storeProblem == null && space.pagingIn()) {
            return "no snapshot yet: the space restored lazily is still being paged in (snapshots begin once every page of"
                + " the generation it came from has been read and checked)";
        }
        if (e == null) return "SNAPSHOTS CANNOT BE MADE: the store " + storePath + " cannot be opened for writing: " + storeProblem;
        return "newest durable generation " + e.lastDurable() + "; last snapshot: " + e.lastPages() + " pages, pause "
            + e.lastPauseNanos() / 1000 + " us" + (e.lastError == null ? "" : "; last error: " + e.lastError)
            + "; store " + store.path() + " (" + store.fileBytes() / 1024 + " KiB)";
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

    private long takeSnapshot() throws Exception {
        space.awaitPagedIn(); // a lazy restart first reads (and checks) every page of the generation it came from
        if (!storeReady()) throw new IOException("the snapshot store " + storePath + " cannot be opened for writing: " + storeProblem);
        return engine.take(scheduler::atSafepoint);
    }

    @Override
    public void beforeFirstWrite(ObjectSpace s, long page, long epoch, long previousEpoch) {
        SnapshotEngine e = engine;
        if (e != null) e.beforeFirstWrite(s, page, epoch, previousEpoch);
    }
}
