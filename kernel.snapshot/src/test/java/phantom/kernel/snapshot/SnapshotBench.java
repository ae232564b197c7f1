package phantom.kernel.snapshot;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.space.impl.MappedObjectSpace;

/**
 * Snapshot figures at 256 MiB, 1 GiB and 4 GiB of live data, with two threads writing all the
 * time: the pause per snapshot (median, max), bytes written against pages dirtied, write
 * throughput against a plain sequential write of the same size on the same disk, and the time
 * to restore the space from the newest generation. Run with {@code ./phantom bench snapshot [MiB...]}.
 */
public final class SnapshotBench {
    private SnapshotBench() {}

    public static void main(String[] args) throws Exception {
        long[] sizes = args.length == 0 ? new long[] { 256, 1024, 4096 } : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "phantom-snapbench");
        System.out.printf(Locale.ROOT, "snapshot benchmark in %s; Java %s%n", dir, Runtime.version());
        System.out.printf(Locale.ROOT, "%8s %12s %12s %12s %14s %14s %12s %12s%n", "live MiB", "pause med us", "pause max us",
            "safept max us", "written/dirty", "full MB/s", "vs seq write", "restore ms");
        try {
            for (long mib : sizes) run(dir, mib);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(Path dir, long mib) throws Exception {
        long live = mib << 20;
        long cap = live + (256L << 20);
        Path spaceFile = dir.resolve("space-" + mib + ".mem"), storeFile = dir.resolve("snap-" + mib + ".img");
        try (MappedObjectSpace space = MappedObjectSpace.open(spaceFile, cap);
             SnapshotStore store = SnapshotStore.open(new phantom.devices.FileBlockStorage(), storeFile, cap)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            int chunk = 1 << 20;
            int n = (int) (live / chunk);
            long table = space.allocate(Ref.NULL, n, 0);
            space.setRoot(Roots.FIRST_FREE, table);
            space.release(table);
            byte[] fill = new byte[chunk - 4096];
            new SplittableRandom(1).nextBytes(fill);
            for (int i = 0; i < n; i++) {
                long o = space.allocate(Ref.NULL, 0, fill.length);
                space.writeBytes(o, 0, fill, 0, fill.length);
                space.setRef(table, i, o);
                space.release(o);
            }
            ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
            Safe safepoint = new Safe(lock);
            // the first snapshot after a start writes everything: that is the throughput figure
            long t0 = System.nanoTime();
            engine.take(safepoint);
            double fullSeconds = (System.nanoTime() - t0) / 1e9;
            long fullBytes = engine.lastPages() * SnapshotStore.BLOCK;
            double seqSeconds = sequentialWrite(dir.resolve("seq.bin"), fullBytes);

            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> mutators = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int seed = t;
                Thread th = new Thread(() -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    while (!stop.get()) {
                        lock.readLock().lock();
                        try {
                            for (int k = 0; k < 100; k++) {
                                long o = space.getRef(table, r.nextInt(n));
                                space.setLong(o, 8 * r.nextInt((chunk - 4096) / 8), r.nextLong());
                            }
                        } finally {
                            lock.readLock().unlock();
                        }
                    }
                });
                mutators.add(th);
                th.start();
            }
            long[] pauses = new long[10];
            long written = 0, dirtied = 0;
            try {
                for (int i = 0; i < pauses.length; i++) {
                    Thread.sleep(200);
                    long before = space.epoch();
                    long dirty = countDirty(space, before);
                    engine.take(safepoint);
                    pauses[i] = engine.lastPauseNanos();
                    written += engine.lastPages();
                    dirtied += dirty;
                }
            } finally {
                stop.set(true);
                for (Thread th : mutators) th.join();
            }
            Arrays.sort(pauses);
            long r0 = System.nanoTime();
            Path restored = dir.resolve("restored.mem");
            store.restoreInto(store.current(), restored);
            try (MappedObjectSpace again = MappedObjectSpace.open(restored, cap)) {
                if (again.stats().liveObjects() != space.stats().liveObjects()) throw new AssertionError("restore differs");
            }
            double restoreMs = (System.nanoTime() - r0) / 1e6;
            Files.deleteIfExists(restored);
            System.out.printf(Locale.ROOT, "%8d %12.0f %12.0f %12.0f %14.2f %14.0f %12.2f %12.0f%n", mib, pauses[pauses.length / 2] / 1e3,
                pauses[pauses.length - 1] / 1e3, safepoint.maxNanos / 1e3, dirtied == 0 ? 0 : (double) written / dirtied,
                fullBytes / fullSeconds / 1e6, (fullBytes / fullSeconds) / (fullBytes / seqSeconds), restoreMs);
        } finally {
            Files.deleteIfExists(spaceFile);
            Files.deleteIfExists(storeFile);
        }
    }

    /** Pages written in the current epoch (what the next snapshot must write), counted before its flip. */
    static long countDirty(MappedObjectSpace space, long currentEpoch) {
        long n = 0;
        for (long p = 0; p < space.pageCount(); p++) {
            long e = space.pageEpoch(p);
            if (e == currentEpoch || e == -1) n++;
        }
        return n;
    }

    static double sequentialWrite(Path file, long bytes) throws Exception {
        ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);
        long t0 = System.nanoTime();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long done = 0; done < bytes; done += b.capacity()) {
                b.clear();
                while (b.hasRemaining()) ch.write(b);
            }
            ch.force(true);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        Files.delete(file);
        return s;
    }

    /** A safepoint for the benchmark: the write lock stops the mutators between their batches. */
    static final class Safe implements SnapshotEngine.Safepoint {
        final ReentrantReadWriteLock lock;
        long maxNanos;

        Safe(ReentrantReadWriteLock lock) { this.lock = lock; }

        @Override public void run(Runnable action) {
            long t0 = System.nanoTime();
            lock.writeLock().lock();
            try {
                action.run();
            } finally {
                lock.writeLock().unlock();
                maxNanos = Math.max(maxNanos, System.nanoTime() - t0);
            }
        }
    }
}
