package phantom.itests.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What examples/Bank.java reports ("teller 0 at 2000: total 8000, transfers 1234") and the
 * invariants a life's reports must keep: the money never changes, each teller's count only goes
 * forward within a life, and a restarted teller goes on from no earlier than where it began the
 * life before (the last snapshot is younger than that).
 */
final class Tellers {
    private Tellers() {}

    static final int COUNT = 3, TOTAL = 8 * 1000;
    private static final Pattern REPORT = Pattern.compile("teller (\\d) at (\\d+): total (\\d+), transfers (\\d+)");

    /** Counts per teller in the order reported. */
    static Map<Integer, List<Long>> counts(List<String> lines) {
        Map<Integer, List<Long>> m = new HashMap<>();
        for (String l : lines) {
            Matcher x = REPORT.matcher(l);
            if (x.find()) m.computeIfAbsent(Integer.parseInt(x.group(1)), k -> new ArrayList<>()).add(Long.parseLong(x.group(2)));
        }
        return m;
    }

    /**
     * The first broken invariant of one life's lines, or null; {@code startedAt} (per teller, its
     * first count of the life before) is updated for the next life.
     */
    static String fault(List<String> lines, Map<Integer, Long> startedAt) {
        for (String l : lines) {
            Matcher x = REPORT.matcher(l);
            if (x.find() && Integer.parseInt(x.group(3)) != TOTAL) return "the money changed: " + l;
        }
        Map<Integer, List<Long>> counts = counts(lines);
        if (counts.size() != COUNT) return "expected tellers 0-" + (COUNT - 1) + " to report, saw " + counts.keySet();
        for (var e : counts.entrySet()) {
            List<Long> c = e.getValue();
            for (int i = 1; i < c.size(); i++) {
                if (c.get(i) <= c.get(i - 1)) return "teller " + e.getKey() + " went from " + c.get(i - 1) + " to " + c.get(i);
            }
            Long before = startedAt.get(e.getKey());
            if (before != null && c.get(0) < before) return "teller " + e.getKey() + " restarted at " + c.get(0) + ", behind " + before;
        }
        for (var e : counts.entrySet()) startedAt.put(e.getKey(), e.getValue().get(0));
        return null;
    }
}
