package phantom.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Replaces the build an installed bundle runs, in place: {@code Bundle.update} then a refresh
 * of it and everything wired to it. The system is judged before and after: every bundle that
 * was active and every component that was active or satisfied must be so again within the
 * settle time, or the previous build is put back the same way and the change is refused.
 */
final class BundleUpdater {
    /** The outcome of one change, for the log and the shell. */
    record Result(boolean applied, String message, long millis) {}

    private final BundleContext ctx;
    private final Supplier<ServiceComponentRuntime> scr;
    private final long settleMillis;
    /** True once the framework (or the deploy component) is stopping: a change in progress gives up at once. */
    private final java.util.function.BooleanSupplier stopping;

    BundleUpdater(BundleContext ctx, Supplier<ServiceComponentRuntime> scr, long settleMillis, java.util.function.BooleanSupplier stopping) {
        this.ctx = ctx;
        this.scr = scr;
        this.settleMillis = settleMillis;
        this.stopping = stopping;
    }

    /** Installs and starts a bundle no installed one has the name of. */
    Result install(String location, BundleJar jar) {
        long t0 = System.nanoTime();
        Bundle b;
        try {
            b = ctx.installBundle(location, new ByteArrayInputStream(jar.bytes()));
        } catch (BundleException e) {
            return new Result(false, "cannot install " + jar.symbolicName() + ": " + e.getMessage(), ms(t0));
        }
        if (jar.fragment()) return new Result(true, "installed fragment " + jar.symbolicName() + " " + jar.version(), ms(t0));
        try {
            b.start();
        } catch (BundleException e) {
            uninstallQuietly(b);
            return new Result(false, "refused " + jar.symbolicName() + " " + jar.version() + ": it does not start ("
                + e.getMessage() + "); it was uninstalled again", ms(t0));
        }
        return new Result(true, "installed " + jar.symbolicName() + " " + jar.version(), ms(t0));
    }

    /** Updates {@code b} to {@code jar}; on failure puts its current build back. */
    Result update(Bundle b, BundleJar jar, String what) {
        long t0 = System.nanoTime();
        String from = b.getVersion().toString();
        byte[] previous;
        try {
            previous = BundleJar.jarOf(b);
        } catch (IOException e) {
            return new Result(false, "cannot keep the running build of " + b.getSymbolicName()
                + " for a rollback (" + e.getMessage() + "); nothing was changed", ms(t0));
        }
        Health before = health();
        boolean wasActive = b.getState() == Bundle.ACTIVE;
        String failure = replace(b, jar.bytes(), wasActive);
        if (failure == null) failure = before.missingIn(this::health, settleMillis, stopping);
        if (stopping.getAsBoolean()) {
            return new Result(false, "stopped with the framework while " + what + " " + b.getSymbolicName() + " " + jar.version()
                + " was being applied (" + (failure == null ? "it was in place" : failure) + ")", ms(t0));
        }
        if (failure == null) {
            return new Result(true, what + " " + b.getSymbolicName() + " " + from + " -> " + jar.version(), ms(t0));
        }
        String rollback = replace(b, previous, wasActive);
        if (rollback == null) rollback = before.missingIn(this::health, settleMillis, stopping);
        String kept = rollback == null ? "the previous build runs again" : "ROLLBACK FAILED TOO: " + rollback;
        return new Result(false, "refused " + b.getSymbolicName() + " " + jar.version() + ": " + failure + "; " + kept, ms(t0));
    }

    /** Bundle.update and a refresh; null when both went through, else why not. */
    private String replace(Bundle b, byte[] bytes, boolean start) {
        try {
            // stopped first: a singleton's new revision cannot start while the old one is still wired (until the refresh)
            if (b.getState() == Bundle.ACTIVE) b.stop(Bundle.STOP_TRANSIENT);
            b.update(new ByteArrayInputStream(bytes));
        } catch (BundleException | IllegalStateException e) {
            return "the update failed: " + e.getMessage();
        }
        String failure = refresh(b);
        if (failure != null || !start || b.getState() == Bundle.ACTIVE) return failure;
        try {
            b.start(); // a build that failed to start left the bundle stopped: the next one is started again
        } catch (BundleException | IllegalStateException e) {
            return "it does not start: " + e.getMessage();
        }
        return null;
    }

    private String refresh(Bundle b) {
        CountDownLatch refreshed = new CountDownLatch(1);
        ctx.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(b),
            ev -> { if (ev.getType() == FrameworkEvent.PACKAGES_REFRESHED) refreshed.countDown(); });
        try {
            if (!refreshed.await(60, TimeUnit.SECONDS)) return "the framework did not finish the refresh within 60 s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted during the refresh";
        }
        return null;
    }

    private static void uninstallQuietly(Bundle b) {
        try {
            b.uninstall();
        } catch (BundleException | IllegalStateException ignored) {
            // already gone
        }
    }

    /** Uninstalls a bundle that came from the deploy folder only. */
    Result uninstall(Bundle b) {
        long t0 = System.nanoTime();
        String name = b.getSymbolicName() + " " + b.getVersion();
        try {
            b.uninstall();
            ctx.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
            return new Result(true, "uninstalled " + name, ms(t0));
        } catch (BundleException | IllegalStateException e) {
            return new Result(false, "cannot uninstall " + name + ": " + e.getMessage(), ms(t0));
        }
    }

    private static long ms(long t0) { return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0); }

    /** Active bundles and healthy (active or satisfied) components, by name. */
    record Health(Set<String> bundles, Set<String> components) {
        /** Null once everything healthy now is healthy in {@code later} too, else what is missing at the deadline. */
        String missingIn(Supplier<Health> later, long settleMillis, java.util.function.BooleanSupplier stopping) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settleMillis);
            while (true) {
                if (stopping.getAsBoolean()) return "the framework is stopping";
                Health h = later.get();
                Set<String> lostBundles = new HashSet<>(bundles);
                lostBundles.removeAll(h.bundles);
                Set<String> lostComponents = new HashSet<>(components);
                lostComponents.removeAll(h.components);
                if (lostBundles.isEmpty() && lostComponents.isEmpty()) return null;
                if (System.nanoTime() > deadline) {
                    return (lostBundles.isEmpty() ? "" : "bundles no longer active: " + lostBundles + " ")
                        + (lostComponents.isEmpty() ? "" : "components no longer satisfied: " + lostComponents);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted while the system settled";
                }
            }
        }
    }

    private Health health() {
        Set<String> bundles = new HashSet<>();
        for (Bundle b : ctx.getBundles()) if (b.getState() == Bundle.ACTIVE) bundles.add(b.getSymbolicName());
        Set<String> components = new HashSet<>();
        ServiceComponentRuntime r = scr.get();
        if (r != null) {
            for (ComponentDescriptionDTO d : r.getComponentDescriptionDTOs()) {
                for (ComponentConfigurationDTO c : r.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED) {
                        components.add(d.name);
                    }
                }
            }
        }
        return new Health(bundles, components);
    }
}
