package phantom.kernel.snapshot;

import static org.junit.Assert.*;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.BeforeClass;
import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.devices.FileBlockStorage;
import phantom.space.impl.MappedObjectSpace;
import phantom.space.impl.SpaceOpener;

/**
 * Flips a byte in every region of the space file, its checksums and the snapshot store, and
 * truncates each, then starts as the system does (lock, inspect, recover, open). After each:
 * the space that opens holds exactly one committed state, whole (the clean file's, or
 * generation 2's, or generation 1's, checked object by object and by the allocator's count),
 * or the start is refused with a message and nothing is changed. The store is never written
 * by a start.
 *
 * <p>The data directory: generation 1 (state 1), generation 2 (state 2), then state 3 in
 * space.mem, closed cleanly. "Killed" cases clear the clean flag first, so the store decides.
 */
public class CorruptionSuiteTest {
    private static final long CAP = 1 << 20;
    private static final int N = 40, BYTES = 1000;
    private static Path pristine;

    @BeforeClass public static void buildDataDirectory() throws Exception {
        pristine = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "pristine");
        try (MappedObjectSpace space = MappedObjectSpace.open(pristine.resolve("space.mem"), CAP);
             SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), pristine.resolve("snapshots.img"), CAP)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            long table = table(space, Roots.FIRST_FREE);
            for (int i = 0; i < N; i++) set(space, space.getRef(table, i), expected(1, i));
            assertEquals(1, engine.take(Runnable::run));
            for (int i = 0; i < N; i += 2) set(space, space.getRef(table, i), expected(2, i));
            long second = table(space, Roots.FIRST_FREE + 1); // pages generation 1 never used
            for (int i = 0; i < N; i++) set(space, space.getRef(second, i), 2500 + i);
            assertEquals(2, engine.take(Runnable::run));
            for (int i = 0; i < N; i += 3) set(space, space.getRef(table, i), expected(3, i));
            for (int i = 0; i < N; i++) set(space, space.getRef(second, i), 3500 + i);
        } // closed cleanly, without a last snapshot: the three states differ
    }

    private static long table(MappedObjectSpace s, int root) {
        long t = s.allocate(Ref.NULL, N, 0);
        s.setRoot(root, t);
        s.release(t);
        for (int i = 0; i < N; i++) {
            long o = s.allocate(Ref.NULL, 0, BYTES);
            s.setRef(t, i, o);
            s.release(o);
        }
        return t;
    }

    private static void set(MappedObjectSpace s, long o, long v) {
        s.setLong(o, 0, v);
        s.setLong(o, BYTES - 8, -v);
    }

    private static long expected(int state, int i) {
        if (state >= 3 && i % 3 == 0) return 3000 + i;
        if (state >= 2 && i % 2 == 0) return 2000 + i;
        return 1000 + i;
    }

    /** The space holds exactly {@code state}, whole; any exception means it ran on damaged state. */
    private static void check(MappedObjectSpace s, int state, String what) {
        long table = s.root(Roots.FIRST_FREE);
        assertEquals(what, N, s.refSlots(table));
        for (int i = 0; i < N; i++) {
            long o = s.getRef(table, i);
            assertEquals(what + ": object " + i, expected(state, i), s.getLong(o, 0));
            assertEquals(what + ": object " + i + " end", -expected(state, i), s.getLong(o, BYTES - 8));
        }
        long second = s.root(Roots.FIRST_FREE + 1);
        if (state == 1) {
            assertEquals(what, Ref.NULL, second);
        } else {
            for (int i = 0; i < N; i++) assertEquals(what, (state == 2 ? 2500 : 3500) + i, s.getLong(s.getRef(second, i), 0));
        }
        assertEquals(what + ": allocator count", state == 1 ? N + 1 : 2 * N + 2, s.stats().liveObjects());
    }

    /** One damage to the copied data directory. */
    private interface Damage {
        void apply(Path dir) throws Exception;
    }

    private record Case(String name, boolean killed, Damage damage) {}

    private static void flip(Path file, long offset) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            if (offset >= f.length()) return;
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0x10);
        }
    }

    private static void truncate(Path file, long length) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private static void clearCleanFlag(Path space) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(space.toFile(), "rw")) {
            f.seek(40);
            f.writeInt(0);
        }
    }

    /** Starts on a copy damaged by {@code c}; returns the outcome ("clean", "restored N", "refused"). */
    private static String start(Case c) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "corrupt");
        try {
            return start(c, dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    private static String start(Case c, Path dir) throws Exception {
        for (String f : new String[] { "space.mem", "space.sums", "snapshots.img" }) {
            Files.copy(pristine.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path space = dir.resolve("space.mem"), store = dir.resolve("snapshots.img");
        if (c.killed()) clearCleanFlag(space);
        c.damage().apply(dir);
        byte[] storeBefore = Files.exists(store) ? Files.readAllBytes(store) : null;
        String outcome = null;
        // a restart is lazy: a damaged data page is found at its first touch (or by the page-in), that life ends
        // unsnapshotted, and the next start restores the generation before it
        for (int start = 1; outcome == null; start++) {
            byte[] spaceBefore = Files.exists(space) ? Files.readAllBytes(space) : null;
            try {
                SpaceOpener.Opened o = new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), false).open(space, CAP);
                try (MappedObjectSpace s = o.space()) {
                    int state = switch (o.origin()) {
                        case "clean" -> 3;
                        case "restored" -> (int) o.generation();
                        default -> throw new AssertionError(c.name() + ": opened " + o.origin());
                    };
                    assertFalse(c.name() + ": a killed space is never trusted as it is", c.killed() && state == 3);
                    check(s, state, c.name() + " (" + o.origin() + " " + state + ")");
                    s.startPageIn();
                    s.awaitPagedIn(); // every page of the generation read and checked
                    outcome = state == 3 ? "clean" : "restored " + state;
                }
            } catch (SpaceOpener.Refused e) {
                assertTrue(c.name(), e.getMessage().length() > 20);
                assertArrayEquals(c.name() + ": refused, so the space file is as it was", spaceBefore,
                    Files.exists(space) ? Files.readAllBytes(space) : null);
                outcome = "refused";
            } catch (IllegalStateException e) {
                if (!String.valueOf(e.getMessage()).contains("found at its first touch") || start >= 2) throw e;
            }
        }
        assertArrayEquals(c.name() + ": a start never writes the store", storeBefore, Files.exists(store) ? Files.readAllBytes(store) : null);
        return outcome;
    }

    private static Map<String, Integer> run(List<Case> cases, java.util.function.BiConsumer<Case, String> expect) throws Exception {
        Map<String, Integer> seen = new TreeMap<>();
        for (Case c : cases) {
            String outcome = start(c);
            expect.accept(c, outcome);
            seen.merge(outcome, 1, Integer::sum);
        }
        return seen;
    }

    @Test public void everyDamageToACleanSpaceIsFoundAndTheNewestGenerationRestored() throws Exception {
        List<Case> cases = new ArrayList<>();
        long[] header = { 0, 8, 12, 16, 24, 32, 36, 40, 44, 256, 264, 280, 312, 512, 512 + 64 * 5 + 24, 4096, 4096 + 8 * Roots.FIRST_FREE };
        for (long at : header) cases.add(new Case("space.mem byte " + at, false, d -> flip(d.resolve("space.mem"), at)));
        long usedPages = (Files.size(pristine.resolve("space.sums")) - 64) / 4; // every page below the bump pointer
        for (long p = 2; p < usedPages; p++) {
            long at = p * 4096 + 40 + (p * 97) % 4000;
            cases.add(new Case("space.mem page " + p, false, d -> flip(d.resolve("space.mem"), at)));
        }
        for (long at : new long[] { 0, 16, 24, 32, 60, 64, 70, 100 }) {
            cases.add(new Case("space.sums byte " + at, false, d -> flip(d.resolve("space.sums"), at)));
        }
        cases.add(new Case("space.sums deleted", false, d -> Files.delete(d.resolve("space.sums"))));
        cases.add(new Case("space.sums truncated", false, d -> truncate(d.resolve("space.sums"), 70)));
        cases.add(new Case("space.mem truncated to 3 pages", false, d -> truncate(d.resolve("space.mem"), 3 * 4096)));
        cases.add(new Case("space.mem truncated to half", false, d -> truncate(d.resolve("space.mem"), CAP / 2)));
        cases.add(new Case("space.mem emptied", false, d -> truncate(d.resolve("space.mem"), 0)));
        cases.add(new Case("space.mem deleted", false, d -> Files.delete(d.resolve("space.mem"))));
        Map<String, Integer> seen = run(cases, (c, outcome) -> assertEquals(c.name(), "restored 2", outcome));
        System.out.println("clean space damaged, " + cases.size() + " cases: " + seen);
    }

    @Test public void everyDamageToTheStoreAfterAKillRestoresAWholeGenerationOrRefuses() throws Exception {
        long blocks = Files.size(pristine.resolve("snapshots.img")) / SnapshotStore.BLOCK;
        List<Case> cases = new ArrayList<>();
        for (long b = 0; b < blocks; b++) {
            for (long off : new long[] { 20, 52, 3000 }) {
                long at = b * SnapshotStore.BLOCK + off;
                cases.add(new Case("store block " + b + " byte " + off, true, d -> flip(d.resolve("snapshots.img"), at)));
            }
        }
        for (long len : new long[] { 0, SnapshotStore.BLOCK, 2 * SnapshotStore.BLOCK, blocks / 2 * SnapshotStore.BLOCK,
                                     (blocks - 1) * SnapshotStore.BLOCK, blocks * SnapshotStore.BLOCK - 100 }) {
            cases.add(new Case("store truncated to " + len, true, d -> truncate(d.resolve("snapshots.img"), len)));
        }
        cases.add(new Case("store deleted", true, d -> Files.delete(d.resolve("snapshots.img"))));
        cases.add(new Case("no damage", true, d -> { }));
        Map<String, Integer> seen = run(cases, (c, outcome) -> {
            assertTrue(c.name() + " -> " + outcome, outcome.equals("restored 2") || outcome.equals("restored 1") || outcome.equals("refused"));
            if (c.name().equals("no damage")) assertEquals("restored 2", outcome);
            if (c.name().startsWith("store truncated to 0") || c.name().equals("store deleted")) assertEquals("refused", outcome);
        });
        System.out.println("store damaged after a kill, " + cases.size() + " cases: " + seen);
        assertTrue("some damage falls back to generation 1: " + seen, seen.containsKey("restored 1"));
        assertTrue("some damage leaves no whole generation: " + seen, seen.containsKey("refused"));
    }

    /**
     * No path leaves a data directory that neither opens nor recovers: every start refused for
     * want of a whole generation opens with --open-as-is, unless the file is not a space at all
     * (what identifies one: magic, version, page size, byte order).
     */
    @Test public void everyRefusalOpensWithOpenAsIsUnlessTheFileIsNoSpace() throws Exception {
        long[] offsets = { 0, 8, 12, 16, 24, 32, 36, 44, 256, 264, 512, 4096 + 8 * Roots.FIRST_FREE, 3 * 4096 + 5 };
        for (long at : offsets) {
            for (boolean killed : new boolean[] { false, true }) {
                Path dir = Files.createTempDirectory(Path.of("target"), "asis");
                Files.copy(pristine.resolve("space.mem"), dir.resolve("space.mem"));
                Path space = dir.resolve("space.mem");
                if (killed) clearCleanFlag(space);
                flip(space, at);
                String name = "store deleted, space.mem byte " + at + (killed ? " (killed)" : "");
                assertThrows(name, SpaceOpener.Refused.class,
                    () -> new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), false).open(space, CAP));
                boolean identity = at == 0 || at == 8 || at == 12 || at == 32;
                try {
                    SpaceOpener.Opened o = new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), true).open(space, CAP);
                    o.space().close();
                    assertFalse(name + ": a file that is no space is never opened", identity);
                    assertEquals(name, "as-is", o.origin());
                } catch (phantom.api.space.SpaceFormatException | SpaceOpener.Refused e) {
                    assertTrue(name + " opens as it is: " + e.getMessage(), identity);
                }
            }
        }
        Path dir = Files.createTempDirectory(Path.of("target"), "asis");
        Files.copy(pristine.resolve("space.mem"), dir.resolve("space.mem"));
        clearCleanFlag(dir.resolve("space.mem"));
        truncate(dir.resolve("space.mem"), CAP / 2);
        new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), true).open(dir.resolve("space.mem"), CAP).space().close();
    }

    @Test public void aKillBeforeTheFirstDurableSnapshotIsRefusedUnlessOpenedAsIs() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "firstkill");
        Path space = dir.resolve("space.mem"), live = dir.resolve("live.mem");
        try (MappedObjectSpace s = MappedObjectSpace.open(live, CAP);
             SnapshotStore store = SnapshotStore.open(new FileBlockStorage(), dir.resolve("snapshots.img"), CAP)) {
            table(s, Roots.FIRST_FREE);
            s.sync();
            Files.copy(live, space); // what the kill leaves: written pages, no clean mark
            SnapshotStore.Writer w = store.beginFresh();
            // the first snapshot was being written (a run of pages is out, the next gathered): no superblock yet
            for (int p = 0; p <= SnapshotStore.RUN_BLOCKS; p++) w.writePage(p, SnapshotStoreTest.page(p));
        }
        byte[] before = Files.readAllBytes(space);
        SpaceOpener.Refused e = assertThrows(SpaceOpener.Refused.class,
            () -> new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), false).open(space, CAP));
        assertTrue(e.getMessage(), e.getMessage().contains("was not closed cleanly") && e.getMessage().contains("none was ever committed"));
        assertTrue(e.getMessage(), e.getMessage().contains("--open-as-is"));
        assertArrayEquals(before, Files.readAllBytes(space));
        SpaceOpener.Opened o = new SpaceOpener(new RecoveryComponent(new FileBlockStorage()), true).open(space, CAP);
        try (MappedObjectSpace s = o.space()) {
            assertEquals("as-is", o.origin());
            assertEquals(N, s.refSlots(s.root(Roots.FIRST_FREE)));
        }
    }
}
