package phantom.gc.cycles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import phantom.api.kernel.SnapshotImage;
import phantom.api.space.CollectionReport;
import phantom.gc.refcount.RefcountReclaimer;
import phantom.kernel.snapshot.SnapshotComponent;
import phantom.kernel.snapshot.SnapshotEngine;
import phantom.kernel.snapshot.SnapshotStore;
import phantom.space.impl.MappedObjectSpace;

/**
 * A space with both GC tiers and a snapshot store, without OSGi. A mutator's unit of work runs
 * under the read lock (as a VM instruction runs between safepoints); a safepoint takes the write lock.
 */
final class Rig implements AutoCloseable {
    final Path dir;
    final MappedObjectSpace space;
    final SnapshotStore store;
    final SnapshotEngine engine;
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    Rig(String name, long capacity) throws IOException {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "gc-tests")), name);
        space = MappedObjectSpace.open(dir.resolve("space.mem"), capacity);
        space.setReclaimer(new RefcountReclaimer());
        store = SnapshotStore.open(new phantom.devices.FileBlockStorage(), dir.resolve("snapshots.img"), capacity);
        engine = new SnapshotEngine(space, store);
        space.setSnapshotHook(engine);
    }

    long snapshot() throws Exception {
        return engine.take(action -> {
            lock.writeLock().lock();
            try {
                action.run();
            } finally {
                lock.writeLock().unlock();
            }
        });
    }

    void atomically(Runnable r) {
        lock.readLock().lock();
        try {
            r.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    SnapshotImage image() throws IOException { return SnapshotComponent.openImage(store); }

    CycleCollector collector(CycleCollector.Pacer pacer, int stack) {
        return new CycleCollector(space, r -> atomically(r), pacer, dir, stack);
    }

    /** Takes a snapshot and collects on it. */
    CollectionReport snapshotAndCollect() throws Exception {
        snapshot();
        try (SnapshotImage image = image()) {
            return collector(() -> {}, 1 << 12).collect(image);
        }
    }

    @Override public void close() throws IOException {
        try {
            store.close();
        } finally {
            space.close();
        }
    }
}
