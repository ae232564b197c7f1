package phantom.space.impl;

import static org.junit.Assert.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.SpaceRecovery;

/** The space file carries an OS lock while open: a second opener is refused before it reads or changes anything. */
public class SpaceLockTest {

    @Test public void anotherProcessHoldingTheSpaceIsRefusedBeforeRecoveryTouchesIt() throws Exception {
        Path file = SpaceTestSupport.newDir("locked").resolve("space.mem");
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 1 << 20)) {
            s.allocate(Ref.NULL, 0, 8);
            s.sync();
        }
        // open and not clean, as a running system's space is: a second opener would restore it
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.seek(Layout.S_CLEAN);
            f.writeInt(0);
        }
        byte[] before = Files.readAllBytes(file);
        AtomicInteger recoveries = new AtomicInteger();
        SpaceRecovery truncating = (f, out) -> {
            recoveries.incrementAndGet();
            Files.write(f, new byte[0]);
            return 1;
        };
        try (LockingProcess other = new LockingProcess(file)) {
            IOException e = assertThrows(IOException.class, () -> new SpaceOpener(truncating, false).open(file, 1 << 20));
            assertTrue(e.getMessage(), e.getMessage().contains("in use by another Phantom process"));
        }
        assertEquals("recovery never ran", 0, recoveries.get());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test public void theLockIsHeldThroughRecoveryAndTheLifeOfTheSpace() throws Exception {
        Path file = SpaceTestSupport.newDir("held").resolve("space.mem");
        // a restore that writes through the channel it is given, as the recovery service does
        SpaceRecovery restoring = (f, out) -> {
            try (MappedObjectSpace source = MappedObjectSpace.open(f.resolveSibling("source.mem"), 1 << 20)) {
                source.allocate(Ref.NULL, 0, 8);
            }
            java.nio.ByteBuffer all = java.nio.ByteBuffer.wrap(Files.readAllBytes(f.resolveSibling("source.mem")));
            out.truncate(0);
            while (all.hasRemaining()) out.write(all, all.position());
            return 1;
        };
        Files.write(file, new byte[8192]); // torn: not even a header
        SpaceOpener.Opened o = new SpaceOpener(restoring, false).open(file, 1 << 20);
        try (MappedObjectSpace s = o.space()) {
            assertEquals("restored", o.origin());
            assertFalse("another process cannot take the space", LockingProcess.otherProcessCanLock(file));
        }
        assertTrue(LockingProcess.otherProcessCanLock(file));
    }

    @Test public void aSecondOpenInThisProcessIsRefusedToo() throws Exception {
        Path file = SpaceTestSupport.newDir("twice").resolve("space.mem");
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 1 << 20)) {
            IOException e = assertThrows(IOException.class, () -> MappedObjectSpace.open(file, 1 << 20));
            assertTrue(e.getMessage(), e.getMessage().contains("in use"));
        }
        MappedObjectSpace.open(file, 1 << 20).close(); // released with the space
    }
}
