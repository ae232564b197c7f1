package phantom.space.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Reclaimer;
import phantom.api.space.SnapshotHook;
import phantom.api.space.SpaceRecovery;

/**
 * Opens the object space in the data directory and offers it as the {@link ObjectSpace}
 * service. The space object itself is registered (not this component) so that calls into it
 * go straight to the mapped implementation.
 *
 * <p>Framework properties: {@code phantom.data} (directory, default {@code data}) and
 * {@code phantom.space.capacity} (bytes, with an optional k/m/g/t suffix, default 4g),
 * {@code phantom.space.openAsIs} (see {@link SpaceOpener}).
 */
@Component(immediate = true, service = {})
public final class SpaceComponent {
    public static final String DATA_PROPERTY = "phantom.data";
    public static final String CAPACITY_PROPERTY = "phantom.space.capacity";
    public static final long DEFAULT_CAPACITY = 4L << 30;
    public static final String FILE_NAME = "space.mem";
    /** Framework property: "true" opens a space with no whole snapshot generation as it is (the launcher's --open-as-is). */
    public static final String OPEN_AS_IS_PROPERTY = "phantom.space.openAsIs";
    /** Framework property: milliseconds after the open before a lazy restart reads the rest of the image in the background (default 1000). */
    public static final String PAGE_IN_DELAY_PROPERTY = "phantom.space.pageInDelay";
    /** System property set when the space was refused: the reason, for the launcher to print. */
    public static final String REFUSED_PROPERTY = "phantom.space.refused";
    /** System property set when this life must end and the system start again at once: why, for the launcher to print. */
    public static final String RESTART_PROPERTY = "phantom.space.restart";

    private static final Logger LOG = LoggerFactory.getLogger(SpaceComponent.class);

    private final AtomicLong leaked = new AtomicLong();
    private volatile MappedObjectSpace space;
    private volatile Reclaimer reclaimer;
    private volatile SnapshotHook hook;
    private ServiceRegistration<ObjectSpace> registration;

    @Activate
    void activate(BundleContext context) throws IOException {
        Path dir = Path.of(valueOr(context.getProperty(DATA_PROPERTY), "data"));
        long capacity = parseSize(valueOr(context.getProperty(CAPACITY_PROPERTY), "4g"));
        boolean openAsIs = Boolean.parseBoolean(valueOr(context.getProperty(OPEN_AS_IS_PROPERTY), "false"));
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE_NAME);
        SpaceOpener.Opened o;
        try {
            o = new SpaceOpener(recovery, openAsIs).open(file, capacity);
        } catch (SpaceOpener.Refused e) {
            refuse(context, e.getMessage());
            throw new IOException(e.getMessage());
        }
        MappedObjectSpace s = o.space();
        // a page of the restored generation found damaged at its first touch: this life must end, the next falls back
        s.setDamageListener(why -> {
            // the launcher starts the system again at once (the recovery then restores the generation before)
            System.setProperty(RESTART_PROPERTY, why + ".");
            stopFramework(context, "THE SYSTEM STOPS", why + "; the next start restores the generation before it");
        });
        s.setReclaimer(reclaimer);
        s.setSnapshotHook(hook);
        s.setLeakListener(() -> {
            if (leaked.getAndIncrement() == 0) {
                LOG.warn("a reference count reached zero with no reclaimer bound; such objects wait for the cycle collector");
            }
        });
        space = s;
        LOG.info("object space {} {}: capacity {} MiB, {} objects live", s.path(),
            switch (o.origin()) {
                case "created" -> "created";
                case "restored" -> "restored from snapshot generation " + o.generation();
                case "as-is" -> "opened AS IT IS (not restored, not verified)";
                default -> o.generation() > 0 ? "opened (closed cleanly, as snapshot generation " + o.generation() + ")"
                    : "opened (closed cleanly)";
            }, s.capacity() >> 20, s.stats().liveObjects());
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("phantom.space.path", s.path().toString());
        props.put(SpaceRecovery.ORIGIN_PROPERTY, o.origin());
        if (o.generation() > 0) props.put(SpaceRecovery.GENERATION_PROPERTY, o.generation());
        props.put(Constants.SERVICE_DESCRIPTION, "Phantom object space");
        registration = context.registerService(ObjectSpace.class, s, props);
        // after a lazy restart the rest of the image is read in the background, once the system is up
        s.startPageIn(Long.parseLong(valueOr(context.getProperty(PAGE_IN_DELAY_PROPERTY), "1000")));
    }

    /**
     * The space cannot be opened safely: says so, leaves the reason for the launcher (system
     * property {@value #REFUSED_PROPERTY}) and stops the framework, so no program runs.
     */
    private static void refuse(BundleContext context, String message) {
        System.setProperty(REFUSED_PROPERTY, message);
        stopFramework(context, "THE OBJECT SPACE IS NOT OPENED", message);
    }

    /** Logs {@code headline: message} and stops the framework from a thread of its own. */
    private static void stopFramework(BundleContext context, String headline, String message) {
        LOG.error("{}: {}", headline, message);
        Thread t = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (org.osgi.framework.BundleException | IllegalStateException e) {
                LOG.error("cannot stop the framework: {}", e.getMessage());
            }
        }, "phantom-space-refused");
        t.setDaemon(true);
        t.start();
    }

    @Deactivate
    void deactivate() throws IOException {
        if (registration != null) registration.unregister();
        MappedObjectSpace s = space;
        space = null;
        if (s != null) {
            try {
                s.close();
                LOG.info("object space {} closed cleanly", s.path());
            } catch (IOException | RuntimeException e) {
                LOG.error("object space {} was NOT marked clean ({}); the next start restores it from the snapshot store",
                    s.path(), e.getMessage());
            }
        }
    }

    /** Bound before activation when installed (its bundle starts at an earlier start level). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.RELUCTANT)
    private volatile SpaceRecovery recovery;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void setReclaimer(Reclaimer r) {
        reclaimer = r;
        MappedObjectSpace s = space;
        if (s != null) s.setReclaimer(r);
    }

    void unsetReclaimer(Reclaimer r) {
        if (reclaimer == r) setReclaimer(null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void setSnapshotHook(SnapshotHook h) {
        hook = h;
        MappedObjectSpace s = space;
        if (s != null) s.setSnapshotHook(h);
    }

    void unsetSnapshotHook(SnapshotHook h) {
        if (hook == h) setSnapshotHook(null);
    }

    private static String valueOr(String v, String dflt) {
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    /** Parses {@code 4096}, {@code 512k}, {@code 256m}, {@code 16g} or {@code 1t}. */
    public static long parseSize(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        switch (last) {
            case 'k' -> unit = 1L << 10;
            case 'm' -> unit = 1L << 20;
            case 'g' -> unit = 1L << 30;
            case 't' -> unit = 1L << 40;
            default -> { }
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n <= 0 || n > Long.MAX_VALUE / unit) throw new NumberFormatException();
            return n * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use bytes or a number with k, m, g or t)");
        }
    }
}
