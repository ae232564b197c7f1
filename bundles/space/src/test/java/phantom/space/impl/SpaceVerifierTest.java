package phantom.space.impl;

import static org.junit.Assert.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.space.Ref;

/** The offline check of space.mem names every damaged page. */
public class SpaceVerifierTest {

    private static String run(Path dir, boolean expectIntact) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        boolean intact = SpaceVerifier.verify(dir, new PrintStream(b, true, StandardCharsets.UTF_8));
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(out, expectIntact, intact);
        return out;
    }

    @Test public void everyDamagedPageIsNamed() throws Exception {
        Path dir = SpaceTestSupport.newDir("verify");
        long a, c;
        try (MappedObjectSpace s = MappedObjectSpace.open(dir.resolve("space.mem"), 4 << 20)) {
            a = s.allocate(Ref.NULL, 0, 8192);
            c = s.allocate(Ref.NULL, 0, 8192);
            s.setLong(a, 0, 1);
            s.setLong(c, 0, 2);
        }
        assertTrue(run(dir, true).contains("intact"));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("space.mem").toFile(), "rw")) {
            for (long at : new long[] { a + 40, c + 5000 }) {
                f.seek(at);
                f.write(0x42);
            }
        }
        String out = run(dir, false);
        assertTrue(out, out.contains("DAMAGED: page " + (a >>> 12) + " "));
        assertTrue(out, out.contains("DAMAGED: page " + ((c + 5000) >>> 12) + " "));
    }

    @Test public void notCleanWithoutAStoreCannotBeRestored() throws Exception {
        Path dir = SpaceTestSupport.newDir("verify-nc");
        Path live = dir.resolve("live.mem");
        try (MappedObjectSpace s = MappedObjectSpace.open(live, 1 << 20)) {
            s.sync();
            Files.copy(live, dir.resolve("space.mem"));
        }
        assertTrue(run(dir, false).contains("no snapshot store"));
        Files.write(dir.resolve("snapshots.img"), new byte[8192]);
        assertTrue(run(dir, true).contains("restores it from"));
    }
}
