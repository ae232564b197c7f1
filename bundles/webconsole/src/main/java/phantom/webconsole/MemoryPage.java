package phantom.webconsole;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import phantom.api.kernel.Snapshotter;
import phantom.api.space.ObjectSpace;
import phantom.api.space.SpaceStats;

/**
 * The memory map: every page of the space (or a run of pages per cell in a large one) coloured
 * by its state, through the space's public page epochs and the snapshotter's generation in progress.
 */
@Component(service = Servlet.class, property = { "felix.webconsole.label=" + MemoryPage.LABEL, "felix.webconsole.title=Memory map", Page.CATEGORY })
public final class MemoryPage extends Page {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "phantom-memory";
    /** At most this many cells: a big space shows several pages per cell. */
    static final int MAX_CELLS = 16384;

    /** Cell states, in rising precedence: a cell shows the highest state of its pages. */
    static final char FREE = 'f', ALLOCATED = 'a', DIRTY = 'd', WRITING = 'w';

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ObjectSpace space;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Snapshotter snapshotter;

    public MemoryPage() { super(LABEL); }

    @Override Object data(String name, HttpServletRequest req) {
        if (!name.equals("map")) throw new NotFound("no data " + name);
        return map(need(space, "the object space"), snapshotter);
    }

    static Map<String, Object> map(ObjectSpace s, Snapshotter snap) {
        SpaceStats st = s.stats();
        long pageSize = s.pageSize(), pages = s.pageCount();
        long used = Math.min(pages, (st.used() + pageSize - 1) / pageSize);
        long per = Math.max(1, (pages + MAX_CELLS - 1) / MAX_CELLS);
        int cells = (int) ((pages + per - 1) / per);
        Snapshotter.InProgress ip = snap == null ? null : snap.inProgress();
        long epoch = s.epoch();
        char[] out = new char[cells];
        long[] counts = new long[4];
        for (int c = 0; c < cells; c++) {
            char best = FREE;
            long from = c * per, to = Math.min(pages, from + per);
            for (long p = from; p < to; p++) {
                char st1 = p >= used ? FREE : state(s.pageEpoch(p), epoch, ip);
                counts["fadw".indexOf(st1)]++;
                if ("fadw".indexOf(st1) > "fadw".indexOf(best)) best = st1;
            }
            out[c] = best;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageSize", pageSize);
        m.put("pages", pages);
        m.put("pagesPerCell", per);
        m.put("epoch", epoch);
        m.put("free", counts[0]);
        m.put("allocated", counts[1]);
        m.put("dirty", counts[2]);
        m.put("writing", counts[3]);
        m.put("cells", new String(out));
        return m;
    }

    private static char state(long pageEpoch, long epoch, Snapshotter.InProgress ip) {
        if (pageEpoch == -1) return WRITING; // a writer holds it while the snapshot hook copies it
        if (ip != null && pageEpoch < ip.flipEpoch() && (ip.full() || pageEpoch > ip.afterEpoch())) return WRITING;
        if (pageEpoch >= epoch) return DIRTY;
        return ALLOCATED;
    }
}
