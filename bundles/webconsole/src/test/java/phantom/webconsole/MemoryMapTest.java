package phantom.webconsole;

import static org.junit.Assert.*;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import phantom.api.kernel.Snapshotter;
import phantom.api.space.ObjectSpace;
import phantom.api.space.SpaceStats;

/** The memory map's colours from the space's page epochs and the snapshot in progress. */
public class MemoryMapTest {

    /** A space of {@code pages} pages, {@code used} of them in use, at {@code epoch}, with these first-write epochs. */
    private static ObjectSpace space(long pages, long used, long epoch, long[] pageEpochs) {
        return (ObjectSpace) Proxy.newProxyInstance(MemoryMapTest.class.getClassLoader(), new Class<?>[] { ObjectSpace.class },
            (p, m, a) -> switch (m.getName()) {
                case "pageSize" -> 4096;
                case "pageCount" -> pages;
                case "capacity" -> pages * 4096;
                case "epoch" -> epoch;
                case "stats" -> new SpaceStats(pages * 4096, used * 4096, 0, 0, 0, 0);
                case "pageEpoch" -> pageEpochs[(int) (long) (Long) a[0]];
                default -> throw new UnsupportedOperationException(m.getName());
            });
    }

    private static Snapshotter writing(Snapshotter.InProgress ip) {
        return (Snapshotter) Proxy.newProxyInstance(MemoryMapTest.class.getClassLoader(), new Class<?>[] { Snapshotter.class },
            (p, m, a) -> switch (m.getName()) {
                case "inProgress" -> ip;
                case "history" -> List.of();
                default -> throw new UnsupportedOperationException(m.getName());
            });
    }

    @Test
    public void pagesAreFreeAllocatedDirtyOrBeingWritten() {
        long[] epochs = { 3, 5, 7, 8, -1, 0, 0, 0 };
        // epoch 8 now; the snapshot of epochs 5..7 is being written (it flipped at 8, the one before covered <= 4)
        Map<String, Object> m = MemoryPage.map(space(8, 5, 8, epochs), writing(new Snapshotter.InProgress(9, 4, 8, false)));
        assertEquals("awwdwfff", m.get("cells"));
        assertEquals(1L, m.get("pagesPerCell"));
        assertEquals(3L, m.get("free"));
        // no snapshot in progress: the older pages are simply allocated
        m = MemoryPage.map(space(8, 5, 8, epochs), writing(null));
        assertEquals("aaadwfff", m.get("cells"));
        assertEquals("without a snapshotter the same", "aaadwfff", MemoryPage.map(space(8, 5, 8, epochs), null).get("cells"));
    }

    @Test
    public void aBigSpaceShowsTheHighestStateOfEachRunOfPages() {
        int pages = MemoryPage.MAX_CELLS * 4;
        long[] epochs = new long[pages];
        epochs[5] = 9; // dirty, in the second cell
        Map<String, Object> m = MemoryPage.map(space(pages, 8, 9, epochs), null);
        assertEquals(4L, m.get("pagesPerCell"));
        String cells = (String) m.get("cells");
        assertEquals(MemoryPage.MAX_CELLS, cells.length());
        assertEquals("adff", cells.substring(0, 4));
        assertEquals(7L, m.get("allocated"));
        assertEquals(1L, m.get("dirty"));
    }

    @Test
    public void jsonOfRecordsMapsAndStrings() {
        assertEquals("{\"a\":[1,true,null,\"x\\\"\\n\\u003c/script\\u003e\"]}", Json.of(Map.of("a", java.util.Arrays.asList(1, true, null, "x\"\n</script>"))));
        assertEquals("{\"generation\":1,\"afterEpoch\":2,\"flipEpoch\":3,\"full\":false}", Json.of(new Snapshotter.InProgress(1, 2, 3, false)));
    }
}
