package phantom.kernel.snapshot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.space.impl.MappedObjectSpace;

/**
 * What a snapshot costs when nothing changed, against the capacity of the (sparse) space: CPU
 * time of one idle snapshot (median of 20, after the first full one of the life) and the
 * process's resident memory with the space open. Run with {@code ./phantom bench snapshot idle [GiB...]}.
 */
public final class IdleSnapshotBench {
    private IdleSnapshotBench() {}

    public static void main(String[] args) throws Exception {
        long[] gib = args.length == 0 ? new long[] { 4, 64, 256, 1024 } : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "phantom-idlebench");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "idle snapshots in %s; Java %s%n", dir, Runtime.version());
        System.out.printf(Locale.ROOT, "%10s %16s %16s %14s%n", "capacity", "idle cpu med us", "idle cpu max us", "RSS MiB");
        try {
            for (long g : gib) {
                long cap = g << 30;
                Path sp = dir.resolve("space-" + g + ".mem"), st = dir.resolve("snap-" + g + ".img");
                try (MappedObjectSpace space = MappedObjectSpace.open(sp, cap);
                     SnapshotStore store = SnapshotStore.open(new phantom.devices.FileBlockStorage(), st, cap)) {
                    SnapshotEngine engine = new SnapshotEngine(space, store);
                    space.setSnapshotHook(engine);
                    long t = space.allocate(Ref.NULL, 16, 4096);
                    space.setRoot(Roots.FIRST_FREE, t);
                    space.release(t);
                    engine.take(Runnable::run);
                    long[] cpu = new long[20];
                    for (int i = 0; i < cpu.length; i++) {
                        long c0 = mx.getCurrentThreadCpuTime();
                        engine.take(Runnable::run);
                        cpu[i] = mx.getCurrentThreadCpuTime() - c0;
                    }
                    Arrays.sort(cpu);
                    System.out.printf(Locale.ROOT, "%8d G %16.0f %16.0f %14d%n", g, cpu[cpu.length / 2] / 1e3, cpu[cpu.length - 1] / 1e3, rssMib());
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long rssMib() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024;
        }
        return -1;
    }
}
