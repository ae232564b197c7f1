package phantom.space.impl;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Reclaimer;

/**
 * Object-space figures, each beside the same work on plain Java objects in the same run:
 * allocation, reference stores (barrier + reference counts) and reference loads; then the
 * JVM heap in use with 1 GiB and 16 GiB spaces. Run with {@code ./phantom bench space}.
 * Each figure is the best of several rounds after a warm-up; the machine is shared, so read
 * the ratios, not the absolute numbers.
 */
public final class SpaceBench {
    static final int N = 1 << 20;
    static final int ROUNDS = 7;

    /** A Java object shaped like the space objects used below: two references and 16 bytes. */
    static final class JNode {
        JNode a, b;
        long x, y;
    }

    private SpaceBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("phantom-bench");
        try {
            run(dir);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(Path dir) throws Exception {
        System.out.printf(Locale.ROOT, "object space benchmark: %d objects per round, best of %d rounds, Java %s, heap max %d MiB%n",
            N, ROUNDS, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        try (MappedObjectSpace space = MappedObjectSpace.open(dir.resolve("bench.mem"), 4L << 30)) {
            space.setReclaimer(new Reclaimer() {
                @Override public void reclaim(ObjectSpace s, long obj) {
                    for (int i = 0; i < s.refSlots(obj); i++) {
                        long c = s.getRef(obj, i);
                        if (Ref.isObject(c) && s.dropRef(c)) reclaim(s, c);
                    }
                    s.free(obj);
                }
            });
            long[] objs = new long[N];
            JNode[] jobjs = new JNode[N];

            double spaceAlloc = best(() -> {
                for (int i = 0; i < N; i++) objs[i] = space.allocate(Ref.NULL, 2, 16);
                for (int i = 0; i < N; i++) space.free(objs[i]);
            }, 2 * N); // both alloc and free counted: the space reuses what it frees
            double javaAlloc = best(() -> {
                for (int i = 0; i < N; i++) jobjs[i] = new JNode();
                for (int i = 0; i < N; i++) jobjs[i] = null;
            }, 2 * N);
            line("allocate + free (2 refs, 16 B)", spaceAlloc, javaAlloc);

            for (int i = 0; i < N; i++) { objs[i] = space.allocate(Ref.NULL, 2, 16); jobjs[i] = new JNode(); }
            double spaceWrite = best(() -> {
                for (int i = 0; i < N; i++) space.setRef(objs[i], 0, objs[(i * 7 + 1) & (N - 1)]);
            }, N);
            double javaWrite = best(() -> {
                for (int i = 0; i < N; i++) jobjs[i].a = jobjs[(i * 7 + 1) & (N - 1)];
            }, N);
            line("reference store (barrier + counts)", spaceWrite, javaWrite);

            double spaceData = best(() -> {
                for (int i = 0; i < N; i++) space.setLong(objs[i], 0, i);
            }, N);
            double javaData = best(() -> {
                for (int i = 0; i < N; i++) jobjs[i].x = i;
            }, N);
            line("long store (barrier)", spaceData, javaData);

            long[] sink = new long[1];
            double spaceRead = best(() -> {
                long s = 0;
                for (int i = 0; i < N; i++) s += space.getRef(objs[i], 0);
                sink[0] += s;
            }, N);
            double javaReadPlain = best(() -> {
                long s = 0;
                for (int i = 0; i < N; i++) s += jobjs[i].a == null ? 0 : 1;
                sink[0] += s;
            }, N);
            line("reference load", spaceRead, javaReadPlain);
            if (sink[0] == 42) System.out.println(); // keeps the loads alive
        }
        heapAt(dir, 1L << 30);
        heapAt(dir, 16L << 30);
    }

    static void heapAt(Path dir, long capacity) throws Exception {
        long before = usedHeap();
        Path file = dir.resolve("heap-" + (capacity >> 30) + "g.mem");
        try (MappedObjectSpace space = MappedObjectSpace.open(file, capacity)) {
            long chunk = 32L << 20;
            int bigs = (int) (capacity * 9 / 10 / chunk);
            for (int i = 0; i < bigs; i++) {
                long o = space.allocate(Ref.NULL, 0, (int) chunk - 4096);
                space.setLong(o, 0, i);
            }
            long list = Ref.NULL;
            for (int i = 0; i < 200_000; i++) {
                long o = space.allocate(Ref.NULL, 1, 16);
                space.setRef(o, 0, list);
                list = o;
            }
            long after = usedHeap();
            System.out.printf(Locale.ROOT, "heap with a %2d GiB space holding %.1f GiB in %d objects: %.1f MiB used (%.1f MiB before opening)%n",
                capacity >> 30, space.stats().used() / (double) (1L << 30), space.stats().liveObjects(),
                after / 1048576.0, before / 1048576.0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Operations per second, best of the rounds after two warm-up rounds. */
    static double best(Runnable round, long ops) {
        double best = 0;
        for (int r = 0; r < ROUNDS + 2; r++) {
            long t0 = System.nanoTime();
            round.run();
            long t = System.nanoTime() - t0;
            if (r >= 2) best = Math.max(best, ops * 1e9 / t);
        }
        return best;
    }

    static void line(String what, double space, double java) {
        System.out.printf(Locale.ROOT, "%-36s space %8.1f M/s   java %8.1f M/s   space/java %.2f  (java is %.1fx faster)%n",
            what, space / 1e6, java / 1e6, space / java, java / space);
    }
}
