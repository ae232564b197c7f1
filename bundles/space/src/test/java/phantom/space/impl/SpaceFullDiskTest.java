package phantom.space.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;

import org.junit.After;
import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.api.space.SpaceFullException;

/**
 * The space on a real small tmpfs that fills up: allocation fails cleanly with a
 * SpaceFullException naming the disk (the pages it hands out have their blocks reserved
 * first), never an InternalError from a write to a mapped page the disk has no room for;
 * objects already there can still be read and written; and the close never leaves a space
 * that claims to be clean but is not.
 */
public class SpaceFullDiskTest {
    private Path mounted;

    @After public void cleanUp() throws Exception {
        HostFs.unmount(mounted);
    }

    @Test public void aFullDiskIsAFullSpaceNotAnInternalError() throws Exception {
        mounted = HostFs.tmpfs("3m");
        Path file = mounted.resolve("space.mem");
        SpaceOpener.Opened o = new SpaceOpener(null, false).open(file, 64L << 20);
        MappedObjectSpace s = o.space();
        long first = s.allocate(Ref.NULL, 0, 64);
        s.setRoot(Roots.FIRST_FREE, first);
        byte[] data = new byte[60_000];
        java.util.Arrays.fill(data, (byte) 7);
        int made = 0;
        SpaceFullException full = null;
        try {
            for (; made < 1000; made++) {
                long big = s.allocate(Ref.NULL, 0, data.length);
                s.writeBytes(big, 0, data, 0, data.length);
                s.setRoot(Roots.FIRST_FREE + 1 + (made % 50), big);
                s.release(big);
            }
        } catch (SpaceFullException e) {
            full = e;
        }
        assertNotNull("the 3 MiB disk fills long before 1000 objects of 60 KB", full);
        assertTrue(full.getMessage(), full.getMessage().contains("No space left on device"));
        assertTrue("some fit: " + made, made > 10);
        s.setLong(first, 0, 99); // the space goes on
        assertEquals(99, s.getLong(first, 0));
        try {
            s.close();
        } catch (java.io.IOException notClean) {
            // no room for the page checksums: the flag stays 0
        }
        SpaceFile.State st = SpaceFile.inspect(file).state();
        assertTrue("clean and verified, or not clean; never clean but damaged: " + st,
            st == SpaceFile.State.CLEAN || st == SpaceFile.State.NOT_CLEAN);
    }
}
