package phantom.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.space.ObjectSpace;
import phantom.api.space.SpaceStats;

/**
 * Logs the boot summary once the framework has reached its start level, and offers the
 * {@code phantom:status} and {@code phantom:components} shell commands.
 */
@Component(service = SystemStatus.class, immediate = true, property = {
    "osgi.command.scope=phantom", "osgi.command.function=status", "osgi.command.function=components",
    "osgi.command.function=space" })
public final class SystemStatus {
    private static final Logger LOG = LoggerFactory.getLogger("phantom.boot");

    @Reference
    private ServiceComponentRuntime scr;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
        policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile ObjectSpace space;

    private BundleContext context;
    private final FrameworkListener listener = this::frameworkEvent;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
        ctx.addFrameworkListener(listener);
        Bundle system = ctx.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        // when this bundle is updated later, the framework is already up: report at once
        if (system.getState() == Bundle.ACTIVE && beginningLevel(ctx) <= system.adapt(FrameworkStartLevel.class).getStartLevel()) {
            LOG.info("{}", summary());
        }
    }

    @Deactivate
    void deactivate(BundleContext ctx) {
        ctx.removeFrameworkListener(listener);
    }

    private static int beginningLevel(BundleContext ctx) {
        String v = ctx.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        try {
            return v == null ? 1 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void frameworkEvent(FrameworkEvent ev) {
        if (ev.getType() == FrameworkEvent.STARTED) LOG.info("{}", summary());
    }

    /** The boot summary: every bundle with version and state, every component with its state. */
    public String summary() {
        StringBuilder sb = new StringBuilder("boot summary\n");
        Bundle[] bundles = context.getBundles();
        int active = 0;
        for (Bundle b : bundles) if (b.getState() == Bundle.ACTIVE) active++;
        sb.append(String.format(Locale.ROOT, "  bundles: %d installed, %d active%n", bundles.length, active));
        for (Bundle b : bundles) {
            sb.append(String.format(Locale.ROOT, "    %3d %-9s %s %s%n", b.getBundleId(), state(b.getState()),
                b.getSymbolicName(), b.getVersion()));
        }
        sb.append(components());
        ObjectSpace s = space;
        if (s != null) sb.append("  ").append(space()).append('\n');
        return sb.toString().stripTrailing();
    }

    /** Each DS component of the system with its state; unsatisfied ones name what they miss. */
    public String components() {
        Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs();
        List<String> lines = new ArrayList<>();
        int activeCount = 0, total = 0;
        for (ComponentDescriptionDTO d : descriptions) {
            Collection<ComponentConfigurationDTO> configs = scr.getComponentConfigurationDTOs(d);
            if (configs.isEmpty()) {
                total++;
                lines.add(String.format(Locale.ROOT, "    %-13s %s (%s)", d.defaultEnabled ? "no-config" : "disabled",
                    d.name, d.bundle.symbolicName));
            }
            for (ComponentConfigurationDTO c : configs) {
                total++;
                if (c.state == ComponentConfigurationDTO.ACTIVE) activeCount++;
                String missing = "";
                if (c.unsatisfiedReferences != null && c.unsatisfiedReferences.length > 0) {
                    StringBuilder m = new StringBuilder(" missing:");
                    for (var r : c.unsatisfiedReferences) m.append(' ').append(r.name);
                    missing = m.toString();
                }
                lines.add(String.format(Locale.ROOT, "    %-13s %s (%s)%s", componentState(c.state), d.name,
                    d.bundle.symbolicName, missing));
            }
        }
        lines.sort(null);
        return String.format(Locale.ROOT, "  components: %d, %d active%n", total, activeCount)
            + String.join("\n", lines) + "\n";
    }

    /** The object space in one line: capacity, objects, bytes, fragmentation. */
    public String space() {
        ObjectSpace s = space;
        if (s == null) return "object space: not available";
        SpaceStats st = s.stats();
        return String.format(Locale.ROOT,
            "object space: capacity %d MiB, used %.1f MiB, %d objects live (%.1f MiB), fragmentation external %.1f%% internal %.1f%%",
            st.capacity() >> 20, st.used() / 1048576.0, st.liveObjects(), st.liveBytes() / 1048576.0,
            100 * st.externalFragmentation(), 100 * st.internalFragmentation());
    }

    /** Shell: {@code phantom:status}. */
    public String status() { return summary(); }

    static String state(int s) {
        switch (s) {
            case Bundle.ACTIVE: return "ACTIVE";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            default: return "UNINSTALLED";
        }
    }

    static String componentState(int s) {
        switch (s) {
            case ComponentConfigurationDTO.ACTIVE: return "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED: return "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE: return "UNSATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION: return "NO-CONFIG";
            case ComponentConfigurationDTO.FAILED_ACTIVATION: return "FAILED";
            default: return "STATE-" + s;
        }
    }
}
