package phantom.kernel.snapshot;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.devices.FileBlockStorage;
import phantom.space.impl.MappedObjectSpace;
import phantom.space.impl.SpaceOpener;

/**
 * Restart time against the data in the space: for each size a data directory with that much
 * live (objects of 60 KiB, a table of them at a root), one full generation committed, then a
 * restart as after a kill: the time from the open to the first resumed access (the root, the
 * table, an object: what a thread reads first), lazily (pages read on first touch) and, once, by
 * copying every page first as before. Sizes are interleaved over several rounds and shown as
 * ratios to the empty space of the same run. Then the first snapshot after a lazy restart:
 * pages written against pages dirtied. Run with {@code ./phantom bench restart [MiB...]}.
 */
public final class RestartBench {
    private RestartBench() {}

    private static final int OBJECT = 60 << 10;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        long[] mib = args.length == 0 ? new long[] { 0, 256, 1024, 4096 } : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "phantom-restartbench");
        System.out.printf(Locale.ROOT, "restart bench in %s; Java %s; %d rounds, sizes interleaved%n", dir, Runtime.version(), ROUNDS);
        try {
            List<Path> dirs = new ArrayList<>();
            for (long m : mib) {
                long t0 = System.nanoTime();
                Path d = Files.createDirectories(dir.resolve(m + "m"));
                build(d, m);
                dirs.add(d);
                System.out.printf(Locale.ROOT, "  built %d MiB live and its generation in %.1f s%n", m, (System.nanoTime() - t0) / 1e9);
            }
            double[][] lazy = new double[mib.length][ROUNDS], pagedIn = new double[mib.length][ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                for (int i = 0; i < mib.length; i++) {
                    double[] t = restart(dirs.get(i), capacityFor(mib[i]), true);
                    lazy[i][r] = t[0];
                    pagedIn[i][r] = t[1];
                }
            }
            double[] eager = new double[mib.length];
            for (int i = 0; i < mib.length; i++) eager[i] = restart(dirs.get(i), capacityFor(mib[i]), false)[0];
            double empty = median(lazy[0]), emptyEager = eager[0];
            System.out.printf(Locale.ROOT, "%10s %16s %10s %18s %16s %10s%n", "live", "lazy to first ms", "vs empty",
                "page-in done ms", "copy-all ms", "vs empty");
            for (int i = 0; i < mib.length; i++) {
                System.out.printf(Locale.ROOT, "%6d MiB %16.1f %9.2fx %18.0f %16.0f %9.2fx%n", mib[i], median(lazy[i]), median(lazy[i]) / empty,
                    median(pagedIn[i]), eager[i], eager[i] / emptyEager);
            }
            firstSnapshot(dirs.get(dirs.size() - 1), mib[mib.length - 1]);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long capacityFor(long mib) {
        return Math.max(1L << 30, (mib << 20) * 2);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void build(Path d, long mib) throws Exception {
        long cap = capacityFor(mib);
        int n = (int) ((mib << 20) / OBJECT);
        try (SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), d.resolve("snapshots.img"), cap);
             MappedObjectSpace space = MappedObjectSpace.open(d.resolve("space.mem"), cap)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            long table = space.allocate(Ref.NULL, Math.max(1, n), 0);
            space.setRoot(Roots.FIRST_FREE, table);
            space.release(table);
            byte[] fill = new byte[OBJECT];
            for (int i = 0; i < n; i++) {
                long o = space.allocate(Ref.NULL, 0, OBJECT);
                java.util.Arrays.fill(fill, (byte) i);
                space.writeBytes(o, 0, fill, 0, OBJECT);
                space.setLong(o, 0, i);
                space.setRef(table, i, o);
                space.release(o);
            }
            engine.take(Runnable::run);
        }
    }

    /** As if killed: the space file is not marked clean. */
    private static void killed(Path d) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(d.resolve("space.mem").toFile(), "rw")) {
            f.seek(40);
            f.writeInt(0);
        }
    }

    /** Milliseconds from the open to the first resumed access, and (lazily) to the end of the page-in. */
    private static double[] restart(Path d, long cap, boolean lazily) throws Exception {
        killed(d);
        long t0 = System.nanoTime();
        SpaceOpener.Opened o = new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), false, lazily).open(d.resolve("space.mem"), cap);
        try (MappedObjectSpace space = o.space()) {
            if (!"restored".equals(o.origin())) throw new AssertionError("not restored: " + o.origin());
            long table = space.root(Roots.FIRST_FREE);
            long first = space.getRef(table, 0);
            if (first != Ref.NULL && space.getLong(first, 0) != 0) throw new AssertionError("restored wrongly");
            double toFirst = (System.nanoTime() - t0) / 1e6;
            space.startPageIn();
            space.awaitPagedIn();
            return new double[] { toFirst, (System.nanoTime() - t0) / 1e6 };
        }
    }

    /** The first snapshot after a lazy restart writes the pages dirtied since, not the image. */
    private static void firstSnapshot(Path d, long mib) throws Exception {
        long cap = capacityFor(mib);
        killed(d);
        SpaceOpener.Opened o = new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), false).open(d.resolve("space.mem"), cap);
        try (MappedObjectSpace space = o.space()) {
            long table = space.root(Roots.FIRST_FREE);
            int n = space.refSlots(table);
            Set<Long> pages = new HashSet<>();
            java.util.Random rnd = new java.util.Random(17);
            for (int k = 0; k < Math.min(1000, n); k++) {
                long obj = space.getRef(table, rnd.nextInt(n));
                if (obj == Ref.NULL) continue;
                space.setLong(obj, 4096, k); // a page of the object's data
                pages.add((obj + 4096 + 64) >>> 12);
            }
            space.startPageIn();
            space.awaitPagedIn();
            try (SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), d.resolve("snapshots.img"), cap)) {
                SnapshotEngine engine = new SnapshotEngine(space, store);
                space.setSnapshotHook(engine);
                engine.continueFrom(o.generation());
                long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                engine.take(Runnable::run);
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0;
                System.out.printf(Locale.ROOT, "first snapshot after a lazy restart of %d MiB live: %d pages dirtied, %d pages written"
                    + " (%d KiB; the header pages count as written), %.1f ms CPU%n", mib, pages.size(), engine.lastPages(),
                    engine.lastPages() * 4, cpu / 1e6);
            }
        }
    }
}
