package phantom.gc.cycles;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

import phantom.api.kernel.SnapshotImage;
import phantom.api.space.CollectionReport;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

/**
 * {@code ./phantom bench gc}: for each capacity (default 1g and 16g), fills half the space
 * with a live structure (list nodes, each holding a 200-byte payload) plus one garbage
 * two-object cycle per 10 nodes, takes a snapshot, reads the store file sequentially, then
 * collects. Prints the mark rate in MiB of image per second against that sequential read, the
 * sweep, and the Java heap: in use before and after, and the peak during the collection (run
 * with -Xmx256m). The files are deleted at the end.
 */
public final class CycleBench {
    public static void main(String[] args) throws Exception {
        String[] sizes = args.length > 0 ? args : new String[] { "1g", "16g" };
        for (String s : sizes) run(parse(s));
    }

    private static long parse(String s) {
        s = s.toLowerCase();
        long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : 1;
        return Long.parseLong(s.replaceAll("[gm]$", "")) * unit;
    }

    private static void run(long capacity) throws Exception {
        try (Rig rig = new Rig("bench", capacity)) {
            ObjectSpace s = rig.space;
            long fill = capacity / 2;
            long t0 = System.nanoTime();
            long units = 0, garbage = 0;
            long head = Ref.NULL;
            long chunk = s.allocate(Ref.NULL, 1, 0);
            s.setRoot(Roots.FIRST_FREE, chunk);
            s.release(chunk);
            while (s.stats().used() < fill) {
                for (int i = 0; i < 100_000; i++) {
                    long node = s.allocate(Ref.NULL, 2, 0);
                    long payload = s.allocate(Ref.NULL, 0, 200);
                    s.setRef(node, 1, payload);
                    s.release(payload);
                    s.setRef(node, 0, s.getRef(chunk, 0));
                    s.setRef(chunk, 0, node);
                    s.release(node);
                    units++;
                    if (units % 10 == 0) {
                        long a = s.allocate(Ref.NULL, 1, 0), b = s.allocate(Ref.NULL, 1, 0);
                        s.setRef(a, 0, b);
                        s.setRef(b, 0, a);
                        s.release(a);
                        s.release(b);
                        garbage += 2;
                    }
                }
            }
            long t1 = System.nanoTime();
            rig.snapshot();
            long t2 = System.nanoTime();
            long storeBytes = rig.store.fileBytes();
            double seqSeconds = sequentialRead(rig);
            System.gc();
            long heapBefore = heapUsed();
            resetPeaks();
            CollectionReport r;
            try (SnapshotImage image = rig.image()) {
                r = rig.collector(() -> {}, 1 << 16).collect(image);
            }
            long peak = peakHeap();
            System.gc();
            long heapAfter = heapUsed();
            double imageMiB = r.imageBytes() / 1048576.0;
            double markRate = imageMiB / (r.markMillis() / 1000.0);
            double seqRate = storeBytes / 1048576.0 / seqSeconds;
            System.out.printf("capacity %d MiB: %d objects live, %d garbage (cycles); filled in %.1f s, snapshot written in %.1f s%n",
                capacity >> 20, units * 2 + 1, garbage, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            System.out.printf("  mark: %.0f MiB of image in %d ms = %.0f MiB/s; sequential read of the %d MiB store file %.0f MiB/s; ratio %.2f%n",
                imageMiB, r.markMillis(), markRate, storeBytes >> 20, seqRate, markRate / seqRate);
            System.out.printf("  sweep: %d ms, %d objects freed (%d expected), %d MiB%n", r.sweepMillis(), r.freedObjects(), garbage,
                r.freedBytes() >> 20);
            System.out.printf("  Java heap: %.1f MiB in use before, %.1f MiB after, peak %.1f MiB during the collection (max %d MiB)%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, peak / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            // Rig directories live under target/gc-tests; the big files are removed here
        }
        deleteBenchFiles();
    }

    private static double sequentialRead(Rig rig) throws Exception {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        long t = System.nanoTime();
        try (FileChannel ch = FileChannel.open(rig.store.path(), StandardOpenOption.READ)) {
            long pos = 0;
            int n;
            while ((n = ch.read(buf, pos)) > 0) {
                pos += n;
                buf.clear();
            }
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    private static void deleteBenchFiles() throws Exception {
        java.nio.file.Path base = java.nio.file.Path.of("target", "gc-tests");
        if (!java.nio.file.Files.isDirectory(base)) return;
        try (var dirs = java.nio.file.Files.newDirectoryStream(base, "bench*")) {
            for (java.nio.file.Path d : dirs) {
                try (var files = java.nio.file.Files.list(d)) {
                    for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) java.nio.file.Files.deleteIfExists(f);
                }
                java.nio.file.Files.deleteIfExists(d);
            }
        }
    }
}
