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
import phantom.api.space.SpaceFormatException;
import phantom.api.space.SpaceRecovery;

/**
 * A clean close writes the data, then the page checksums, then the clean flag, each forced
 * first; a clean flag is believed only when every page matches its checksum. A file that
 * claims a clean close but fails goes through recovery; a close that cannot finish leaves the
 * flag at 0.
 */
public class CleanCloseTest {
    private static final long CAP = 4 << 20;

    private static long spaceWithData(Path file) throws Exception {
        try (MappedObjectSpace s = MappedObjectSpace.open(file, CAP)) {
            long o = s.allocate(Ref.NULL, 0, 3000);
            s.setLong(o, 1000, 0x1234_5678L);
            s.setRoot(Roots.FIRST_FREE, o);
            s.release(o);
            return o;
        }
    }

    private static void flip(Path file, long offset) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0x01);
        }
    }

    @Test public void aFlippedByteInACleanSpaceIsFoundBeforeAProgramReadsIt() throws Exception {
        Path file = SpaceTestSupport.newDir("flip").resolve("space.mem");
        long o = spaceWithData(file);
        flip(file, o + 32 + 1000);
        SpaceFormatException e = assertThrows(SpaceFormatException.class, () -> MappedObjectSpace.open(file, CAP));
        assertTrue(e.getMessage(), e.getMessage().contains("page " + (o >>> 12) + " ") && e.getMessage().contains("fails its checksum"));

        AtomicInteger recoveries = new AtomicInteger();
        SpaceRecovery none = (f, out) -> {
            recoveries.incrementAndGet();
            throw new NoUsableGenerationException("no store (test)", true);
        };
        SpaceOpener.Refused r = assertThrows(SpaceOpener.Refused.class, () -> new SpaceOpener(none, false).open(file, CAP));
        assertEquals("the damaged clean file goes through recovery", 1, recoveries.get());
        assertTrue(r.getMessage(), r.getMessage().contains("claims a clean close"));
    }

    @Test public void checksumsFollowEveryCleanCloseAndReopen() throws Exception {
        Path file = SpaceTestSupport.newDir("reopen").resolve("space.mem");
        long o = spaceWithData(file);
        for (int i = 0; i < 3; i++) {
            try (MappedObjectSpace s = MappedObjectSpace.open(file, CAP)) {
                assertTrue(s.wasCleanlyClosed());
                s.setLong(o, 8 * i, i);
                long more = s.allocate(Ref.NULL, 0, 20_000); // pages the space never used before
                s.setLong(more, 19_000, i);
                s.setRoot(Roots.FIRST_FREE + 1 + i, more);
                s.release(more);
            }
        }
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 2 * CAP)) { // grown: the new pages are zero
            assertEquals(0x1234_5678L, s.getLong(o, 1000));
        }
        MappedObjectSpace.open(file, 2 * CAP).close();
    }

    @Test public void missingChecksumsMakeACleanFlagUntrusted() throws Exception {
        Path file = SpaceTestSupport.newDir("nosums").resolve("space.mem");
        spaceWithData(file);
        Files.delete(PageSums.pathOf(file));
        assertEquals(SpaceFile.State.DAMAGED, SpaceFile.inspect(file).state());
        assertTrue(SpaceFile.inspect(file).problem(), SpaceFile.inspect(file).problem().contains("missing"));
    }

    @Test public void aCloseThatCannotWriteItsChecksumsLeavesTheSpaceNotClean() throws Exception {
        Path file = SpaceTestSupport.newDir("noroom").resolve("space.mem");
        MappedObjectSpace s = MappedObjectSpace.open(file, CAP);
        s.allocate(Ref.NULL, 0, 64);
        Files.createDirectory(PageSums.pathOf(file)); // writing the checksums fails, as on a full or read-only disk
        assertThrows(IOException.class, s::close);
        assertEquals("nothing is marked clean that is not", SpaceFile.State.NOT_CLEAN, SpaceFile.inspect(file).state());
    }
}
