package phantom.kernel.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.driver.BlockStorage;
import phantom.api.space.SpaceRecovery;

/**
 * Restores the space file from the newest complete generation of the snapshot store beside
 * it. A damaged newest generation is reported loudly and the one before it is used.
 */
@Component(service = SpaceRecovery.class)
public final class RecoveryComponent implements SpaceRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryComponent.class);
    public static final String STORE_NAME = "snapshots.img";

    /** The platform driver's block storage; it starts at the kernel's start level, before the space. */
    @Reference private BlockStorage storage;

    public RecoveryComponent() {}

    /** Without OSGi (tests). */
    RecoveryComponent(BlockStorage storage) { this.storage = storage; }

    @Override
    public boolean recover(Path spaceFile) throws IOException {
        Path storePath = spaceFile.toAbsolutePath().getParent().resolve(STORE_NAME);
        if (!Files.exists(storePath) || Files.size(storePath) == 0) return false;
        try (SnapshotStore store = SnapshotStore.openExisting(storage, storePath)) {
            for (String w : store.warnings()) LOG.error("snapshot store {}: {}", storePath, w);
            for (SnapshotStore.Generation g : new SnapshotStore.Generation[] { store.current(), store.previous() }) {
                if (g == null) continue;
                try {
                    long t0 = System.nanoTime();
                    long[] lastReport = { t0 };
                    // a progress line every 2 s: restoring a big image must not look like a hang
                    long pages = store.restoreInto(g, spaceFile, SnapshotStore.PROGRESS_PAGES, n -> {
                        long now = System.nanoTime();
                        if (now - lastReport[0] < 2_000_000_000L) return;
                        lastReport[0] = now;
                        LOG.info("restoring generation {}: {} pages ({} MiB) so far", g.number(), n, n * SnapshotStore.BLOCK >> 20);
                    });
                    LOG.info("restored generation {} taken {} ({} s ago): {} pages in {} ms", g.number(),
                        java.time.Instant.ofEpochMilli(g.createdMillis()), (System.currentTimeMillis() - g.createdMillis()) / 1000,
                        pages, (System.nanoTime() - t0) / 1_000_000);
                    return true;
                } catch (IOException e) {
                    LOG.error("SNAPSHOT GENERATION {} IS DAMAGED ({}); trying the one before it", g.number(), e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.error("snapshot store {} cannot be read: {}", storePath, e.getMessage());
        }
        return false;
    }
}
