package phantom.kernel.snapshot;

import static org.junit.Assert.*;
import static phantom.kernel.snapshot.SnapshotStoreTest.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.Test;

import phantom.devices.FileBlockStorage;

/** The offline check says exactly what is damaged: which generation, which page, which block. */
public class VerifierTest {

    private static String run(Path dir, boolean expectIntact) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        boolean intact = StoreVerifier.verify(dir, new PrintStream(b, true, StandardCharsets.UTF_8));
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(out, expectIntact, intact);
        return out;
    }

    @Test public void anIntactStoreAndADamagedOne() throws Exception {
        Path d = dir();
        Path img = d.resolve("snapshots.img");
        long block;
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            for (int p = 0; p < 20; p++) w.writePage(p, page(p));
            w.commit();
            SnapshotStore.Writer w2 = s.begin();
            w2.writePage(9, page(99));
            w2.commit();
            block = s.mapPage(s.current(), 0).getLong(9 * SnapshotStore.ENTRY);
        }
        String ok = run(d, true);
        assertTrue(ok, ok.contains("generation 2") && ok.contains("generation 1") && ok.contains("intact"));
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.seek(block * SnapshotStore.BLOCK + 7);
            f.write(0xEE);
        }
        String bad = run(d, false);
        assertTrue(bad, bad.contains("DAMAGED: generation 2: page 9 (block " + block + ") checksum mismatch"));
        assertTrue("generation 1 is still reported whole: " + bad, bad.contains("generation 1 taken"));
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.setLength(5 * SnapshotStore.BLOCK); // truncated
        }
        String cut = run(d, false);
        assertTrue(cut, cut.contains("DAMAGED"));
    }

    @Test public void noStoreIsNotDamage() throws Exception {
        assertTrue(run(dir(), true).contains("absent"));
    }
}
