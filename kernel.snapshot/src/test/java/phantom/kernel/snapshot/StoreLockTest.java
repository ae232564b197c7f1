package phantom.kernel.snapshot;

import static org.junit.Assert.*;
import static phantom.kernel.snapshot.SnapshotStoreTest.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

import phantom.devices.FileBlockStorage;

/** The snapshot store carries an OS lock while open: a second writer (or a reader beside a writer) is refused, nothing changed. */
public class StoreLockTest {

    @Test public void anotherProcessHoldingTheStoreIsRefusedAndNothingChanges() throws Exception {
        Path img = dir().resolve("snapshots.img");
        try (SnapshotStore s = SnapshotStore.open(new FileBlockStorage(), img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            w.writePage(1, page(1));
            w.commit();
        }
        byte[] before = Files.readAllBytes(img);
        try (LockingProcess other = new LockingProcess(img)) {
            IOException e = assertThrows(IOException.class, () -> SnapshotStore.open(new FileBlockStorage(), img, CAP));
            assertTrue(e.getMessage(), e.getMessage().contains("in use by another process"));
            IOException r = assertThrows(IOException.class, () -> new RecoveryComponent(new FileBlockStorage()).recover(img.resolveSibling("space.mem")));
            assertTrue(r.getMessage(), r.getMessage().contains("in use by another process"));
        }
        assertArrayEquals(before, Files.readAllBytes(img));
        assertFalse("recovery wrote nothing", Files.exists(img.resolveSibling("space.mem")));
    }

    @Test public void aSecondOpenInThisProcessIsRefusedAndTheLockStays() throws Exception {
        Path img = dir().resolve("snapshots.img");
        FileBlockStorage storage = new FileBlockStorage(); // one service, as in the system
        try (SnapshotStore s = SnapshotStore.open(storage, img, CAP)) {
            SnapshotStore.Writer w = s.begin();
            w.writePage(1, page(1));
            w.commit();
            IOException e = assertThrows(IOException.class, () -> SnapshotStore.open(storage, img, CAP));
            assertTrue(e.getMessage(), e.getMessage().contains("in use"));
            IOException r = assertThrows(IOException.class, () -> new RecoveryComponent(storage).recover(img.resolveSibling("space.mem")));
            assertTrue(r.getMessage(), r.getMessage().contains("in use"));
            assertFalse("the writer still holds its OS lock", LockingProcess.otherProcessCanLock(img));
        }
        assertTrue("released on close", LockingProcess.otherProcessCanLock(img));
    }
}
