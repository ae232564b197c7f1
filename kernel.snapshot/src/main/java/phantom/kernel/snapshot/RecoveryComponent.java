package phantom.kernel.snapshot;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.driver.BlockStorage;
import phantom.api.space.NoUsableGenerationException;
import phantom.api.space.SpaceRecovery;

/**
 * Restores the space file from the newest whole generation of the snapshot store beside it.
 * A generation is checked page by page before anything is written, so a damaged one is never
 * restored in part: the one before it is tried instead, and when neither is whole the space
 * file is left as it was and the caller is told what was found. The store is only read.
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

    static Path storeOf(Path spaceFile) {
        return spaceFile.toAbsolutePath().getParent().resolve(STORE_NAME);
    }

    /** Restores {@code spaceFile} through a channel of its own (tests, tools: no lock is held on it). */
    long recover(Path spaceFile) throws IOException {
        boolean existed = Files.exists(spaceFile);
        try (FileChannel out = FileChannel.open(spaceFile, java.nio.file.StandardOpenOption.CREATE,
                 java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            return recover(spaceFile, out);
        } catch (IOException e) {
            if (!existed) Files.deleteIfExists(spaceFile);
            throw e;
        }
    }

    @Override
    public long recover(Path spaceFile, FileChannel target) throws IOException {
        Path storePath = storeOf(spaceFile);
        if (!Files.exists(storePath)) throw new NoUsableGenerationException("there is no snapshot store " + storePath, true);
        if (Files.size(storePath) == 0) throw new NoUsableGenerationException("the snapshot store " + storePath + " is empty", true);
        SnapshotStore store;
        try {
            store = SnapshotStore.openExisting(storage, storePath);
        } catch (IOException e) {
            throw new NoUsableGenerationException("the snapshot store " + storePath + " cannot be read: " + e.getMessage(), false);
        }
        try (store) {
            return restoreNewestWhole(store, target);
        }
    }

    @Override
    public long generationOf(Path spaceFile, int[] pageChecksums) {
        Path storePath = storeOf(spaceFile);
        if (pageChecksums == null || !Files.exists(storePath)) return -1;
        try (SnapshotStore store = SnapshotStore.openExisting(storage, storePath)) {
            SnapshotStore.Generation g = store.current();
            if (g == null || damagedGenerations(storePath).contains(markOf(g))) return -1;
            return store.sameAs(g, pageChecksums, (int) (phantom.api.space.ImageFormat.FIRST_OBJECT / SnapshotStore.BLOCK)) ? g.number() : -1;
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot compare the space with the snapshot store {}: {}", storePath, e.getMessage());
            return -1;
        }
    }

    /** Beside the store: the generations a lazy restart found damaged at a first touch, one line each. */
    static final String DAMAGED_SUFFIX = ".damaged";

    static Path damageFileOf(Path storePath) {
        return storePath.resolveSibling(storePath.getFileName() + DAMAGED_SUFFIX);
    }

    /** How the record of damaged generations names a generation: "number created". */
    private static String markOf(SnapshotStore.Generation g) { return g.number() + " " + g.createdMillis(); }

    /** "number created" of every generation recorded as damaged beside {@code storePath}. */
    static java.util.Set<String> damagedGenerations(Path storePath) {
        java.util.Set<String> marks = new java.util.HashSet<>();
        Path f = damageFileOf(storePath);
        if (!Files.exists(f)) return marks;
        try {
            for (String line : Files.readAllLines(f)) {
                String[] w = line.trim().split(" ", 3);
                if (w.length >= 2) marks.add(w[0] + " " + w[1]);
            }
        } catch (IOException e) {
            LOG.error("cannot read {} ({}): generations found damaged before may be tried again", f, e.getMessage());
        }
        return marks;
    }

    private static void markDamaged(Path storePath, SnapshotStore.Generation g, long page, String problem) {
        Path f = damageFileOf(storePath);
        String line = markOf(g) + " page " + page + ": " + problem.replace('\n', ' ') + "\n";
        try (FileChannel ch = FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                 java.nio.file.StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            LOG.error("CANNOT RECORD that generation {} is damaged in {} ({}): the next start may choose it again and find the"
                + " damage again", g.number(), f, e.getMessage());
        }
    }

    /**
     * A lazy restart (docs/image-format.md, "Lazy restart"): the newest generation whose root, map
     * pages and header pages are whole, and that no earlier life found damaged, is prepared in
     * {@code target} (header pages only); its other pages are read on first touch through the
     * returned reader, which holds the store (read-only) until it is closed.
     */
    @Override
    public phantom.api.space.LazyRestore recoverLazily(Path spaceFile, FileChannel target) throws IOException {
        Path storePath = storeOf(spaceFile);
        if (!Files.exists(storePath)) throw new NoUsableGenerationException("there is no snapshot store " + storePath, true);
        if (Files.size(storePath) == 0) throw new NoUsableGenerationException("the snapshot store " + storePath + " is empty", true);
        SnapshotStore store;
        try {
            store = SnapshotStore.openForRestart(storage, storePath);
        } catch (IOException e) {
            throw new NoUsableGenerationException("the snapshot store " + storePath + " cannot be read: " + e.getMessage(), false);
        }
        try {
            List<String> found = new ArrayList<>(store.warnings());
            for (String w : store.warnings()) LOG.error("snapshot store {}: {}", store.path(), w);
            java.util.Set<String> marks = damagedGenerations(storePath);
            for (SnapshotStore.Generation g : new SnapshotStore.Generation[] { store.current(), store.previous() }) {
                if (g == null) continue;
                if (marks.contains(markOf(g))) {
                    LOG.error("SNAPSHOT GENERATION {} WAS FOUND DAMAGED at a first touch in an earlier life (see {}); trying the one before it",
                        g.number(), damageFileOf(storePath));
                    found.add("generation " + g.number() + " was found damaged at a first touch (" + damageFileOf(storePath) + ")");
                    continue;
                }
                try {
                    long t0 = System.nanoTime();
                    long pages = store.prepareLazy(g, target);
                    LOG.info("restored generation {} taken {} ({} s ago) lazily: {} pages, each read at its first touch or in the"
                        + " background; ready in {} ms", g.number(),
                        java.time.Instant.ofEpochMilli(g.createdMillis()), (System.currentTimeMillis() - g.createdMillis()) / 1000,
                        pages, (System.nanoTime() - t0) / 1_000_000);
                    // the generation before shares every block of a page neither changed: when it holds the damaged
                    // page too, it is recorded with it, so the next start refuses at once instead of running on it
                    SnapshotStore.Generation older = g == store.current() ? store.previous() : null;
                    return store.pages(g, pages, (page, problem) -> {
                        markDamaged(storePath, g, page, problem);
                        if (older == null || marks.contains(markOf(older))) return;
                        String also = store.damageOf(older, page);
                        if (also == null) return;
                        LOG.error("SNAPSHOT GENERATION {} IS DAMAGED TOO: its page {} is the one found damaged in generation {} ({});"
                            + " the next start finds no whole generation", older.number(), page, g.number(), also);
                        markDamaged(storePath, older, page, "the page generation " + g.number() + " found damaged is damaged here too: " + also);
                    });
                } catch (SnapshotStore.DamagedException e) {
                    LOG.error("SNAPSHOT GENERATION {} IS DAMAGED ({}); trying the one before it", g.number(), e.getMessage());
                    found.add("generation " + g.number() + " is damaged: " + e.getMessage());
                }
            }
            boolean never = !store.anySuperblock();
            store.close();
            String what = never ? "the snapshot store " + store.path() + " holds no generation (none was ever committed)"
                : "the snapshot store " + store.path() + " holds no whole generation: " + String.join("; ", found);
            throw new NoUsableGenerationException(what, never);
        } catch (IOException | RuntimeException e) {
            try {
                store.close();
            } catch (IOException ignored) {
                // closed already, or the close failed too: the first error says more
            }
            throw e;
        }
    }

    /** Tries the newest generation, then the one before it; each is restored whole or not at all. */
    private long restoreNewestWhole(SnapshotStore store, FileChannel target) throws IOException {
        List<String> found = new ArrayList<>(store.warnings());
        for (String w : store.warnings()) LOG.error("snapshot store {}: {}", store.path(), w);
        for (SnapshotStore.Generation g : new SnapshotStore.Generation[] { store.current(), store.previous() }) {
            if (g == null) continue;
            try {
                long t0 = System.nanoTime();
                long[] lastReport = { t0 };
                // a progress line every 2 s: restoring a big image must not look like a hang
                long pages = store.restoreInto(g, target, SnapshotStore.PROGRESS_PAGES, n -> {
                    long now = System.nanoTime();
                    if (now - lastReport[0] < 2_000_000_000L) return;
                    lastReport[0] = now;
                    LOG.info("restoring generation {}: {} pages ({} MiB) so far", g.number(), n, n * SnapshotStore.BLOCK >> 20);
                });
                LOG.info("restored generation {} taken {} ({} s ago): {} pages in {} ms", g.number(),
                    java.time.Instant.ofEpochMilli(g.createdMillis()), (System.currentTimeMillis() - g.createdMillis()) / 1000,
                    pages, (System.nanoTime() - t0) / 1_000_000);
                return g.number();
            } catch (SnapshotStore.DamagedException e) {
                // nothing of it was written: the older generation, whole, is the next best state
                LOG.error("SNAPSHOT GENERATION {} IS DAMAGED ({}); trying the one before it", g.number(), e.getMessage());
                found.add("generation " + g.number() + " is damaged: " + e.getMessage());
            }
        }
        boolean never = !store.anySuperblock();
        String what = never ? "the snapshot store " + store.path() + " holds no generation (none was ever committed)"
            : "the snapshot store " + store.path() + " holds no whole generation: " + String.join("; ", found);
        throw new NoUsableGenerationException(what, never);
    }
}
