package phantom.kernel.snapshot;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import phantom.api.driver.BlockDevice;
import phantom.api.driver.BlockStorage;

/**
 * Offline check of a data directory's snapshot store (part of {@code ./phantom image verify}):
 * both superblocks, and every generation's root, map pages and data pages. Only reads. Exit
 * code 0 when intact, 1 when anything is damaged, 2 on a bad command line.
 */
public final class StoreVerifier {
    static final int LIMIT = 1000;

    private StoreVerifier() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StoreVerifier DATA_DIR");
            System.exit(2);
        }
        System.exit(verify(Path.of(args[0]), System.out) ? 0 : 1);
    }

    /** Prints every generation and every problem, one line each; true when nothing is damaged. */
    static boolean verify(Path dir, PrintStream out) {
        Path path = dir.resolve(RecoveryComponent.STORE_NAME);
        try {
            if (!Files.exists(path) || Files.size(path) == 0) {
                out.println(path + ": absent or empty (no snapshot was committed yet)");
                return true;
            }
            try (SnapshotStore store = SnapshotStore.openExisting(new ReadOnlyFiles(), path)) {
                return generations(store, path, out);
            }
        } catch (IOException e) {
            out.println(path + ": DAMAGED: cannot be read: " + e.getMessage());
            return false;
        }
    }

    private static boolean generations(SnapshotStore store, Path path, PrintStream out) throws IOException {
        boolean intact = store.warnings().isEmpty();
        for (String w : store.warnings()) out.println(path + ": DAMAGED: " + w);
        int whole = 0;
        for (SnapshotStore.Generation g : new SnapshotStore.Generation[] { store.current(), store.previous() }) {
            if (g == null) continue;
            List<String> problems = store.check(g, LIMIT);
            for (String p : problems) out.println(path + ": DAMAGED: " + p);
            if (problems.size() == LIMIT) out.println(path + ": ... stopped after " + LIMIT + " problems in generation " + g.number());
            if (problems.isEmpty()) {
                whole++;
                out.println(path + ": generation " + g.number() + " taken " + Instant.ofEpochMilli(g.createdMillis()) + ": intact");
            }
            intact &= problems.isEmpty();
        }
        if (whole == 0 && store.anySuperblock()) out.println(path + ": DAMAGED: no generation is whole; a start that needs it refuses");
        if (!store.anySuperblock()) out.println(path + ": no generation was committed yet");
        return intact;
    }

    /** The store's file, read only, without the platform driver (this runs outside the framework). */
    private static final class ReadOnlyFiles implements BlockStorage {
        @Override public BlockDevice open(Path path) throws IOException { return openReadOnly(path); }

        @Override public BlockDevice openReadOnly(Path path) throws IOException {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            return new BlockDevice() {
                @Override public int blockSize() { return SnapshotStore.BLOCK; }

                @Override public long size() throws IOException { return ch.size(); }

                @Override public int read(ByteBuffer dst, long position) throws IOException {
                    int total = 0;
                    while (dst.hasRemaining()) {
                        int n = ch.read(dst, position + total);
                        if (n < 0) break;
                        total += n;
                    }
                    return total;
                }

                @Override public void write(ByteBuffer src, long position) throws IOException {
                    throw new IOException(path + " is open for reading only");
                }

                @Override public void force() { }

                @Override public MemorySegment map(Arena arena) throws IOException {
                    return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
                }

                @Override public String name() { return path.toString(); }

                @Override public void close() throws IOException { ch.close(); }
            };
        }
    }
}
