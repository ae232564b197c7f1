package phantom.itests.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The Java workload's checks find each broken invariant: the crash harness relies on them. */
public class TellersTest {
    private static String report(int teller, long at, int total) {
        return "teller " + teller + " at " + at + ": total " + total + ", transfers " + at;
    }

    private static List<String> life(long base, int total) {
        return List.of(report(0, base, 8000), report(1, base, 8000), report(2, base, total), report(0, base + 2000, 8000));
    }

    @Test public void aGoodLifePassesAndTheNextMustNotGoBehindIt() {
        Map<Integer, Long> started = new HashMap<>();
        assertNull(Tellers.fault(life(2000, 8000), started));
        assertEquals(Long.valueOf(2000), started.get(0));
        assertNull(Tellers.fault(life(4000, 8000), started));
        String behind = Tellers.fault(life(2000, 8000), started);
        assertTrue(behind, behind != null && behind.contains("restarted at 2000, behind 4000"));
    }

    @Test public void changedMoneyASilentTellerAndACountGoingBackAreFaults() {
        assertTrue(Tellers.fault(life(2000, 7999), new HashMap<>()).contains("the money changed"));
        assertTrue(Tellers.fault(List.of(report(0, 2000, 8000), report(1, 2000, 8000)), new HashMap<>()).contains("saw [0, 1]"));
        String back = Tellers.fault(List.of(report(0, 4000, 8000), report(1, 2000, 8000), report(2, 2000, 8000), report(0, 2000, 8000)), new HashMap<>());
        assertTrue(back, back.contains("teller 0 went from 4000 to 2000"));
    }
}
