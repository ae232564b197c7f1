package phantom.webconsole;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import phantom.api.kernel.Snapshotter;
import phantom.api.space.CollectionReport;
import phantom.api.space.Collector;
import phantom.api.space.ObjectSpace;

/**
 * Snapshots over time (pause, pages, bytes, the age of the newest durable one) and the cycle
 * collector's runs, as charts. The collector keeps only its last report: this page samples it
 * every second while it is active and keeps the last {@value #KEEP}.
 */
@Component(service = Servlet.class, property = { "felix.webconsole.label=" + SnapshotsPage.LABEL, "felix.webconsole.title=Snapshots and GC", Page.CATEGORY })
public final class SnapshotsPage extends Page {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "phantom-snapshots";
    static final int KEEP = 60;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Snapshotter snapshotter;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Collector collector;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ObjectSpace space;

    private final ArrayDeque<CollectionReport> collections = new ArrayDeque<>(); // guarded by itself
    private transient ScheduledExecutorService sampler;

    public SnapshotsPage() { super(LABEL); }

    @Activate
    void activate() {
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-webconsole-gc-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleWithFixedDelay(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        sampler.shutdownNow();
    }

    private void sample() {
        Collector c = collector;
        CollectionReport r = c == null ? null : c.lastReport();
        if (r == null) return;
        synchronized (collections) {
            if (!r.equals(collections.peekLast())) {
                if (collections.size() == KEEP) collections.removeFirst();
                collections.addLast(r);
            }
        }
    }

    @Override Object data(String name, HttpServletRequest req) {
        if (!name.equals("history")) throw new NotFound("no data " + name);
        Snapshotter s = need(snapshotter, "the snapshotter");
        Map<String, Object> m = new LinkedHashMap<>();
        List<Snapshotter.Taken> h = s.history();
        m.put("lastDurable", s.lastDurableGeneration());
        m.put("ageMillis", h.isEmpty() ? null : System.currentTimeMillis() - h.get(h.size() - 1).flippedAtMillis());
        m.put("inProgress", s.inProgress());
        m.put("snapshots", h);
        Collector c = collector;
        m.put("gcState", c == null ? "not running" : c.state());
        synchronized (collections) {
            m.put("collections", List.copyOf(collections));
        }
        ObjectSpace sp = space;
        m.put("space", sp == null ? null : sp.stats());
        return m;
    }
}
