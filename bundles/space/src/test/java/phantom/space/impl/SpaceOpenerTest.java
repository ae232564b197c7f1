package phantom.space.impl;

import static org.junit.Assert.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import phantom.api.space.NoUsableGenerationException;
import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.api.space.SpaceRecovery;

/**
 * How the space opens from what is on disk: a clean, intact file as it is; anything else
 * through recovery; with no whole generation, refused with what was found and nothing changed,
 * unless the user asked to open it as it is.
 */
public class SpaceOpenerTest {
    private static final long CAP = 1 << 20;

    /** A recovery that fails the way a store with nothing usable does, counting its calls. */
    private static final class NoGeneration implements SpaceRecovery {
        final AtomicInteger calls = new AtomicInteger();
        final boolean nothingStored;

        NoGeneration(boolean nothingStored) { this.nothingStored = nothingStored; }

        @Override public long recover(Path spaceFile, java.nio.channels.FileChannel target) throws IOException {
            calls.incrementAndGet();
            throw new NoUsableGenerationException("the store has nothing (test)", nothingStored);
        }
    }

    /** A space file as a kill leaves it: written, never marked clean. */
    private static Path killed(String name) throws Exception {
        Path d = SpaceTestSupport.newDir(name);
        Path live = d.resolve("live.mem");
        try (MappedObjectSpace s = MappedObjectSpace.open(live, CAP)) {
            long o = s.allocate(Ref.NULL, 0, 8);
            s.setRoot(Roots.FIRST_FREE, o);
            s.sync();
            Files.copy(live, d.resolve("space.mem"));
        }
        return d.resolve("space.mem");
    }

    @Test public void aKillBeforeTheFirstSnapshotIsRefusedAndNothingChanges() throws Exception {
        Path file = killed("nosnap");
        byte[] before = Files.readAllBytes(file);
        NoGeneration r = new NoGeneration(true);
        SpaceOpener.Refused e = assertThrows(SpaceOpener.Refused.class, () -> new SpaceOpener(r, false).open(file, CAP));
        assertTrue(e.getMessage(), e.getMessage().contains("was not closed cleanly") && e.getMessage().contains("--open-as-is"));
        assertTrue(e.getMessage(), e.getMessage().contains("the store has nothing"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test public void openAsIsOpensItWhenAsked() throws Exception {
        Path file = killed("asis");
        SpaceOpener.Opened o = new SpaceOpener(new NoGeneration(false), true).open(file, CAP);
        try (MappedObjectSpace s = o.space()) {
            assertEquals("as-is", o.origin());
            assertEquals(1, s.stats().liveObjects());
        }
    }

    @Test public void aNewDataDirectoryCreatesTheSpace() throws Exception {
        Path file = SpaceTestSupport.newDir("new").resolve("space.mem");
        SpaceOpener.Opened o = new SpaceOpener(new NoGeneration(true), false).open(file, CAP);
        try (MappedObjectSpace s = o.space()) {
            assertEquals("created", o.origin());
        }
    }

    @Test public void aDeletedSpaceBesideADamagedStoreIsRefused() throws Exception {
        Path file = SpaceTestSupport.newDir("deleted").resolve("space.mem");
        SpaceOpener.Refused e = assertThrows(SpaceOpener.Refused.class, () -> new SpaceOpener(new NoGeneration(false), false).open(file, CAP));
        assertTrue(e.getMessage(), e.getMessage().contains("there is no"));
        assertFalse(Files.exists(file));
    }

    @Test public void aCleanIntactSpaceOpensWithoutRecovery() throws Exception {
        Path file = SpaceTestSupport.newDir("clean").resolve("space.mem");
        MappedObjectSpace.open(file, CAP).close();
        NoGeneration r = new NoGeneration(false);
        try (MappedObjectSpace s = new SpaceOpener(r, false).open(file, CAP).space()) {
            assertEquals(0, r.calls.get());
        }
    }

    @Test public void aCleanButDamagedSpaceGoesThroughRecovery() throws Exception {
        Path file = SpaceTestSupport.newDir("cleandamaged").resolve("space.mem");
        MappedObjectSpace.open(file, CAP).close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(Layout.A_PAGE_BUMP + 1);
            raf.write(0x7F);
        }
        NoGeneration r = new NoGeneration(false);
        SpaceOpener.Refused e = assertThrows(SpaceOpener.Refused.class, () -> new SpaceOpener(r, false).open(file, CAP));
        assertEquals("recovery was asked", 1, r.calls.get());
        assertTrue(e.getMessage(), e.getMessage().contains("claims a clean close"));
    }

    @Test public void aFailedRestoreIsRefusedEvenWithOpenAsIs() throws Exception {
        Path file = killed("restorefails");
        SpaceRecovery failing = (f, out) -> { throw new IOException("No space left on device"); };
        SpaceOpener.Refused e = assertThrows(SpaceOpener.Refused.class, () -> new SpaceOpener(failing, true).open(file, CAP));
        assertTrue(e.getMessage(), e.getMessage().contains("No space left on device"));
    }

    @Test public void aRestoredSpaceSaysWhichGeneration() throws Exception {
        Path file = killed("restored");
        SpaceOpener.Opened o = new SpaceOpener((f, out) -> 7, false).open(file, CAP);
        try (MappedObjectSpace s = o.space()) {
            assertEquals("restored", o.origin());
            assertEquals(7, o.generation());
        }
    }
}
