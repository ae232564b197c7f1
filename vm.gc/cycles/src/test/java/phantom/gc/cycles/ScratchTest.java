package phantom.gc.cycles;

import static org.junit.Assert.*;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.Test;

/** The clean-up at start deletes leftovers of a killed collection, never a scratch file someone holds. */
public class ScratchTest {

    @Test public void aHeldScratchFileIsLeftAloneAndALeftoverDeleted() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "scratch");
        Path leftover = Files.createFile(dir.resolve("marks-killed.bits"));
        Path held = Files.createFile(dir.resolve("marks-held.bits"));
        try (FileChannel ch = FileChannel.open(held, StandardOpenOption.READ, StandardOpenOption.WRITE); var lock = ch.lock()) {
            assertEquals(java.util.List.of("marks-held.bits"), Scratch.clean(dir));
            assertFalse(Files.exists(leftover));
            assertTrue(Files.exists(held));
        }
        try (FileChannel ch = Scratch.create(dir, "marks-", ".bits")) {
            assertThrows("a new scratch file is locked already", java.nio.channels.OverlappingFileLockException.class, ch::tryLock);
        }
    }
}
