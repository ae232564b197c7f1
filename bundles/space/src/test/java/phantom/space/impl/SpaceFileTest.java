package phantom.space.impl;

import static org.junit.Assert.*;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.api.space.SpaceFormatException;

public class SpaceFileTest {

    @Test public void aSpaceReopensWithItsObjectsAndAllocatorState() throws Exception {
        Path file = SpaceTestSupport.newDir("reopen").resolve("space.mem");
        long list;
        long liveBefore;
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 16 << 20)) {
            assertTrue(s.created());
            list = Ref.NULL;
            for (int i = 0; i < 100; i++) {
                long n = s.allocate(Ref.NULL, 1, 8);
                s.setLong(n, 0, i);
                s.setRef(n, 0, list);
                s.release(list);
                list = n;
            }
            s.setRoot(Roots.SYSTEM, list);
            s.release(list);
            liveBefore = s.stats().liveObjects();
        }
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 16 << 20)) {
            assertFalse(s.created());
            assertTrue(s.wasCleanlyClosed());
            assertEquals(liveBefore, s.stats().liveObjects());
            long n = s.root(Roots.SYSTEM);
            assertEquals(list, n);
            for (int i = 99; i >= 0; i--) {
                assertEquals(i, s.getLong(n, 0));
                n = s.getRef(n, 0);
            }
            assertEquals(Ref.NULL, n);
            // new objects do not land on old ones
            long fresh = s.allocate(Ref.NULL, 1, 8);
            s.setLong(fresh, 0, -5);
            assertEquals(99, s.getLong(s.root(Roots.SYSTEM), 0));
        }
    }

    @Test public void aSpaceCanGrowWhenReopenedWithALargerCapacity() throws Exception {
        Path file = SpaceTestSupport.newDir("grow").resolve("space.mem");
        long o;
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 1 << 20)) {
            o = s.allocate(Ref.NULL, 0, 8);
            s.setLong(o, 0, 77);
        }
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 64 << 20)) {
            assertEquals(64 << 20, s.capacity());
            assertEquals(77, s.getLong(o, 0));
            s.allocate(Ref.NULL, 0, 8 << 20);
        }
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 1 << 20)) {
            assertEquals("never shrinks below what it holds", 64 << 20, s.capacity());
        }
    }

    @Test public void aForeignFileIsRefusedAndLeftUnchanged() throws Exception {
        Path file = SpaceTestSupport.newDir("foreign").resolve("space.mem");
        byte[] content = "this is somebody's text file, not a space\n".repeat(200).getBytes();
        Files.write(file, content);
        SpaceFormatException e = assertThrows(SpaceFormatException.class, () -> MappedObjectSpace.open(file, 16 << 20));
        assertTrue(e.getMessage(), e.getMessage().contains("not a Phantom object space"));
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test public void aDamagedHeaderIsRefusedAndLeftUnchanged() throws Exception {
        Path file = SpaceTestSupport.newDir("damaged").resolve("space.mem");
        MappedObjectSpace.open(file, 1 << 20).close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(Layout.S_CAPACITY + 2);
            raf.write(0x55);
        }
        byte[] before = Files.readAllBytes(file);
        SpaceFormatException e = assertThrows(SpaceFormatException.class, () -> MappedObjectSpace.open(file, 1 << 20));
        assertTrue(e.getMessage(), e.getMessage().contains("checksum"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test public void damagedAllocatorStateIsRefused() throws Exception {
        Path file = SpaceTestSupport.newDir("state").resolve("space.mem");
        MappedObjectSpace.open(file, 1 << 20).close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(Layout.A_PAGE_BUMP + 1);
            raf.write(0x7F);
        }
        SpaceFormatException e = assertThrows(SpaceFormatException.class, () -> MappedObjectSpace.open(file, 1 << 20));
        assertTrue(e.getMessage(), e.getMessage().contains("allocator state checksum"));
    }

    @Test public void anotherFormatVersionIsRefused() throws Exception {
        Path file = SpaceTestSupport.newDir("version").resolve("space.mem");
        MappedObjectSpace.open(file, 1 << 20).close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(Layout.S_VERSION);
            raf.write(9);
        }
        SpaceFormatException e = assertThrows(SpaceFormatException.class, () -> MappedObjectSpace.open(file, 1 << 20));
        assertTrue(e.getMessage(), e.getMessage().contains("format version 9"));
    }

    @Test public void aTruncatedFileIsRefused() throws Exception {
        Path file = SpaceTestSupport.newDir("trunc").resolve("space.mem");
        MappedObjectSpace.open(file, 1 << 20).close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(300_000);
        }
        SpaceFormatException e = assertThrows(SpaceFormatException.class, () -> MappedObjectSpace.open(file, 1 << 20));
        assertTrue(e.getMessage(), e.getMessage().contains("truncated"));
    }

    @Test public void aSpaceNotClosedCleanlySaysSo() throws Exception {
        Path file = SpaceTestSupport.newDir("crash").resolve("space.mem");
        Path killed = file.resolveSibling("killed.mem");
        try (MappedObjectSpace s = MappedObjectSpace.open(file, 1 << 20)) {
            s.allocate(Ref.NULL, 0, 8);
            s.sync(); // what a killed process leaves: written pages, no clean mark
            java.nio.file.Files.copy(file, killed);
        }
        try (MappedObjectSpace again = MappedObjectSpace.open(killed, 1 << 20)) {
            assertFalse(again.wasCleanlyClosed());
            assertEquals(1, again.stats().liveObjects());
        }
    }
}
