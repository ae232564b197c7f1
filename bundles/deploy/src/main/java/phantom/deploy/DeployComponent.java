package phantom.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deploy folder is how a running system is changed. A jar dropped there whose symbolic
 * name is installed updates that bundle in place (never a second copy); a jar of a new name is
 * installed and started; removing the jar returns the bundle to the build shipped with the
 * distribution (or uninstalls it when none shipped). A build that does not resolve, start or
 * satisfy what the old one did is rolled back and refused, with the reason in the log and in
 * {@code deploy:status}. The launcher installs the deploy folder's builds instead of the shipped
 * ones at start, so what is deployed is in force from the first instruction after a restart.
 *
 * <p>Framework properties: {@code phantom.deploy} (the folder), {@code phantom.bundles} (the
 * shipped builds), {@code phantom.deploy.poll} (milliseconds between looks, default 1000).
 */
@Component(service = DeployComponent.class, immediate = true, property = {
    "osgi.command.scope=deploy", "osgi.command.function=status" })
public final class DeployComponent {
    private static final Logger LOG = LoggerFactory.getLogger(DeployComponent.class);
    private static final int HISTORY = 20;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    private BundleContext ctx;
    private DeployFolder folder;
    private Path shipped;
    private BundleUpdater updater;
    private ScheduledExecutorService looker;
    /** Deploy jar to the symbolic name it carried when it was applied. */
    private final Map<Path, String> applied = new HashMap<>();
    private final List<String> history = new ArrayList<>();

    @Activate
    void activate(BundleContext ctx) {
        this.ctx = ctx;
        String dir = ctx.getProperty("phantom.deploy");
        if (dir == null || dir.isBlank()) {
            LOG.warn("deploy: no phantom.deploy folder configured; live deployment is off");
            return;
        }
        folder = new DeployFolder(Path.of(dir.trim()));
        String bundles = ctx.getProperty("phantom.bundles");
        shipped = bundles == null || bundles.isBlank() ? null : Path.of(bundles.trim());
        updater = new BundleUpdater(ctx, () -> scr, settleMillis(ctx),
            () -> closing || (ctx.getBundle(0).getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0);
        long poll = longProperty(ctx, "phantom.deploy.poll", 1000);
        looker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-deploy");
            t.setDaemon(true);
            return t;
        });
        looker.execute(this::adoptInForce);
        looker.scheduleWithFixedDelay(this::lookSafely, 0, poll, TimeUnit.MILLISECONDS);
        LOG.info("deploy: watching {} (shipped builds in {})", folder.dir(), shipped);
    }

    /** Waits for a change in progress; an update of this very bundle runs on a thread of its own. */
    private volatile boolean closing;

    @Deactivate
    void deactivate() throws InterruptedException {
        closing = true;
        ScheduledExecutorService l = looker;
        if (l == null) return;
        l.shutdown();
        if (Thread.currentThread().getName().equals("phantom-deploy")) return; // updating ourselves: the change is finishing
        if (!l.awaitTermination(90, TimeUnit.SECONDS)) LOG.error("deploy: a change still runs after 90 s; stopping anyway");
    }

    private static long settleMillis(BundleContext ctx) { return longProperty(ctx, "phantom.deploy.settle", 15_000); }

    private static long longProperty(BundleContext ctx, String key, long dflt) {
        String v = ctx.getProperty(key);
        try {
            return v == null || v.isBlank() ? dflt : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            LOG.warn("deploy: {}={} is not a number; using {}", key, v, dflt);
            return dflt;
        }
    }

    /** deploy:status — the folder, what each jar in it did, and the last changes. */
    @Descriptor("the deploy folder: the builds installed from it and any refused")
    public String status() {
        StringBuilder sb = new StringBuilder();
        if (folder == null) return "live deployment is off (no deploy folder configured)";
        sb.append("deploy folder ").append(folder.dir()).append('\n');
        synchronized (history) {
            if (history.isEmpty()) sb.append("no changes since start\n");
            for (String h : history) sb.append("  ").append(h).append('\n');
        }
        return sb.toString();
    }

    /** Jars whose build already runs (installed from them at start) count as applied from the first look. */
    private void adoptInForce() {
        try {
            for (Path file : folder.jars()) {
                try {
                    BundleJar jar = BundleJar.read(file);
                    Bundle installed = installed(jar.symbolicName());
                    if (installed != null && !applied.containsValue(jar.symbolicName()) && sameBuild(installed, jar)) {
                        folder.adopt(file);
                        applied.put(file, jar.symbolicName());
                    }
                } catch (BundleJar.NotABundle | IOException e) {
                    // not in force: the regular looks deal with it
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("deploy: cannot read {}: {}", folder.dir(), e.toString());
        }
    }

    private void lookSafely() {
        try {
            look();
        } catch (IOException | RuntimeException e) {
            LOG.error("deploy: cannot read {}: {}", folder.dir(), e.toString());
        }
    }

    private void look() throws IOException {
        // a framework that is stopping is not changed any more (its bundles are going down anyway)
        if (closing || ctx.getBundle(0).getState() != Bundle.ACTIVE) return;
        DeployFolder.Changes c = folder.look();
        for (Path removed : c.removed()) revert(removed);
        for (Path jar : c.changed()) apply(jar);
    }

    private void apply(Path file) {
        folder.handled(file);
        BundleJar jar;
        try {
            jar = BundleJar.read(file);
        } catch (BundleJar.NotABundle e) {
            record(false, file.getFileName() + " ignored: " + e.getMessage());
            return;
        } catch (IOException e) {
            folder.forget(file); // unreadable now: try again at the next look
            LOG.warn("deploy: cannot read {}: {}", file, e.getMessage());
            return;
        }
        for (Map.Entry<Path, String> other : applied.entrySet()) {
            if (!other.getKey().equals(file) && other.getValue().equals(jar.symbolicName())) {
                record(false, file.getFileName() + " refused: " + other.getKey().getFileName() + " is already a build of "
                    + jar.symbolicName() + "; keep one of the two");
                return;
            }
        }
        Bundle installed = installed(jar.symbolicName());
        if (installed != null && installed.getBundleId() == ctx.getBundle().getBundleId()) {
            applied.put(file, jar.symbolicName());
            updateMyself(installed, jar);
            return;
        }
        BundleUpdater.Result r;
        if (installed == null) {
            r = updater.install(file.toUri().toString(), jar);
        } else if (sameBuild(installed, jar)) {
            applied.put(file, jar.symbolicName()); // installed from this jar at start, or updated to it before
            return;
        } else {
            r = updater.update(installed, jar, "updated");
        }
        if (r.applied()) applied.put(file, jar.symbolicName());
        record(r.applied(), file.getFileName() + ": " + r.message() + " (" + r.millis() + " ms)");
    }

    /** The jar is gone: back to the shipped build of its bundle, or away when none shipped. */
    private void revert(Path file) {
        folder.forget(file);
        String bsn = applied.remove(file);
        if (bsn == null) return; // it was refused: nothing of it runs
        Bundle installed = installed(bsn);
        if (installed == null) return;
        Path original = shippedBuild(bsn);
        if (original == null) {
            BundleUpdater.Result r = updater.uninstall(installed);
            record(r.applied(), file.getFileName() + " removed: " + r.message());
            return;
        }
        try {
            BundleJar jar = BundleJar.read(original);
            if (sameBuild(installed, jar)) return;
            BundleUpdater.Result r = updater.update(installed, jar, "returned to the shipped build:");
            record(r.applied(), file.getFileName() + " removed: " + r.message() + " (" + r.millis() + " ms)");
        } catch (IOException | BundleJar.NotABundle e) {
            record(false, file.getFileName() + " removed, but the shipped build " + original + " cannot be read: " + e.getMessage());
        }
    }

    /** This bundle's own update stops this component: it runs on a thread the deactivation does not wait for. */
    private void updateMyself(Bundle me, BundleJar jar) {
        record(true, "updating the deploy bundle itself to " + jar.version());
        Thread t = new Thread(() -> {
            try {
                me.update(new java.io.ByteArrayInputStream(jar.bytes()));
            } catch (BundleException | IllegalStateException e) {
                LOG.error("deploy: the update of the deploy bundle failed: {}", e.getMessage());
            }
        }, "phantom-deploy-self");
        t.start();
    }

    private boolean sameBuild(Bundle b, BundleJar jar) {
        try {
            return BundleJar.digestOf(b).equals(jar.digest());
        } catch (IOException e) {
            return false;
        }
    }

    private Bundle installed(String bsn) {
        for (Bundle b : ctx.getBundles()) {
            if (bsn.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED) return b;
        }
        return null;
    }

    private Path shippedBuild(String bsn) {
        if (shipped == null) return null;
        try {
            for (Path p : DeployFolder.jarsIn(shipped)) {
                try {
                    if (bsn.equals(BundleJar.read(p).symbolicName())) return p;
                } catch (IOException | BundleJar.NotABundle e) {
                    // not a bundle of the distribution
                }
            }
        } catch (IOException e) {
            LOG.error("deploy: cannot list the shipped builds in {}: {}", shipped, e.getMessage());
        }
        return null;
    }

    private void record(boolean ok, String line) {
        if (ok) LOG.info("deploy: {}", line);
        else LOG.error("deploy: {}", line);
        synchronized (history) {
            history.add(java.time.LocalTime.now().withNano(0) + " " + line);
            if (history.size() > HISTORY) history.remove(0);
        }
    }
}
