package phantom.gc.refcount;

import static org.junit.Assert.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.space.impl.MappedObjectSpace;

public class RefcountReclaimerTest {
    private MappedObjectSpace space;
    private RefcountReclaimer reclaimer;

    @Before public void open() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path dir = Files.createTempDirectory(Path.of("target"), "rc");
        space = MappedObjectSpace.open(dir.resolve("space.mem"), 256L << 20);
        reclaimer = new RefcountReclaimer();
        space.setReclaimer(reclaimer);
    }

    @After public void close() throws Exception { space.close(); }

    @Test public void aMillionElementListIsFreedWithoutDeepRecursion() {
        // surefire runs this with -Xss256k: a recursive free would overflow long before the end
        long head = Ref.NULL;
        for (int i = 0; i < 1_000_000; i++) {
            long node = space.allocate(Ref.NULL, 1, 8);
            space.setRef(node, 0, head);
            space.release(head);
            head = node;
        }
        space.setRoot(Roots.FIRST_FREE, head);
        space.release(head);
        assertEquals(1_000_000, space.stats().liveObjects());
        space.setRoot(Roots.FIRST_FREE, Ref.NULL);
        assertEquals(0, space.stats().liveObjects());
        assertEquals(1_000_000, reclaimer.freedCount());
    }

    @Test public void aTreeIsFreedButSharedChildrenSurvive() {
        long shared = space.allocate(Ref.NULL, 0, 8);
        space.setLong(shared, 0, 42);
        long root = space.allocate(Ref.NULL, 4, 0);
        for (int i = 0; i < 4; i++) {
            long child = space.allocate(Ref.NULL, 2, 0);
            space.setRef(child, 0, shared);
            space.setRef(child, 1, space.allocate(Ref.NULL, 0, 100));
            space.release(space.getRef(child, 1));
            space.setRef(root, i, child);
            space.release(child);
        }
        assertEquals(1 + 1 + 4 + 4, space.stats().liveObjects());
        space.release(root);
        assertEquals("only the object we still hold is left", 1, space.stats().liveObjects());
        assertEquals(1, space.refCount(shared));
        assertEquals(42, space.getLong(shared, 0));
    }

    @Test public void freedMemoryIsReused() {
        Set<Long> freed = new HashSet<>();
        long list = Ref.NULL;
        for (int i = 0; i < 1000; i++) {
            long n = space.allocate(Ref.NULL, 1, 24);
            freed.add(n);
            space.setRef(n, 0, list);
            space.release(list);
            list = n;
        }
        space.release(list);
        long usedAfterFree = space.stats().used();
        int reused = 0;
        for (int i = 0; i < 1000; i++) if (freed.contains(space.allocate(Ref.NULL, 1, 24))) reused++;
        assertEquals(1000, reused);
        assertEquals("no new memory was taken", usedAfterFree, space.stats().used());
    }

    @Test public void cyclesAreLeftForTheSecondTier() {
        long a = space.allocate(Ref.NULL, 1, 0);
        long b = space.allocate(Ref.NULL, 1, 0);
        space.setRef(a, 0, b);
        space.setRef(b, 0, a);
        space.release(a);
        space.release(b);
        assertEquals("reference counting cannot free a cycle", 2, space.stats().liveObjects());
        assertFalse(space.isFree(a));
    }
}
