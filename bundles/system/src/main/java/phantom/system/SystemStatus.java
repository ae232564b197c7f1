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
import org.apache.felix.service.command.Descriptor;
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
    "osgi.command.function=space", "osgi.command.function=help" })
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
    @Descriptor("the boot summary: bundles, components and the object space")
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
    @Descriptor("every DS component with its state, and why one is not active")
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
    @Descriptor("the object space: capacity, live objects and bytes, free lists, fragmentation")
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
    /** Scopes of the project's commands, in the order phantom:help lists them. */
    static final java.util.List<String> SCOPES = java.util.List.of("phantom", "vm", "log", "snapshot", "gc", "deploy");

    @Descriptor("the project's shell commands with what each does and its parameters (help COMMAND tells more)")
    public String help() {
        java.util.Map<String, java.util.List<String>> byScope = new java.util.TreeMap<>(java.util.Comparator.comparingInt(SCOPES::indexOf));
        try {
            for (org.osgi.framework.ServiceReference<?> ref : context.getServiceReferences((String) null, "(osgi.command.scope=*)")) {
                String scope = String.valueOf(ref.getProperty("osgi.command.scope"));
                if (!SCOPES.contains(scope)) continue;
                Object service = context.getService(ref);
                if (service == null) continue;
                try {
                    java.util.List<String> lines = byScope.computeIfAbsent(scope, k -> new java.util.ArrayList<>());
                    lines.addAll(describe(scope, service, functions(ref.getProperty("osgi.command.function"))));
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder sb = new StringBuilder();
        for (java.util.Map.Entry<String, java.util.List<String>> e : byScope.entrySet()) {
            java.util.Collections.sort(e.getValue());
            for (String l : e.getValue()) sb.append(l).append('\n');
        }
        sb.append("Gogo's own: lb, headers, inspect, history, ... (felix:help lists every name; Tab completes; Up recalls)");
        return sb.toString();
    }

    @Descriptor("describe one command: its forms, what it does, each parameter")
    public String help(@Descriptor("COMMAND: a command name, e.g. vm:kill or kill") String command) {
        String name = command.contains(":") ? command.substring(command.indexOf(':') + 1) : command;
        String scope = command.contains(":") ? command.substring(0, command.indexOf(':')) : null;
        StringBuilder sb = new StringBuilder();
        try {
            for (org.osgi.framework.ServiceReference<?> ref : context.getServiceReferences((String) null, "(osgi.command.scope=*)")) {
                String s = String.valueOf(ref.getProperty("osgi.command.scope"));
                if (!SCOPES.contains(s) || (scope != null && !scope.equals(s))) continue;
                if (!functions(ref.getProperty("osgi.command.function")).contains(name)) continue;
                Object service = context.getService(ref);
                if (service == null) continue;
                try {
                    for (java.lang.reflect.Method m : service.getClass().getMethods()) {
                        if (!m.getName().equals(name)) continue;
                        Descriptor d = m.getAnnotation(Descriptor.class);
                        sb.append(describe(s, m)).append('\n');
                        if (d != null) sb.append("    ").append(d.value()).append('\n');
                        for (java.lang.reflect.Parameter p : m.getParameters()) {
                            Descriptor pd = p.getAnnotation(Descriptor.class);
                            if (pd != null) sb.append("    ").append(pd.value()).append('\n');
                        }
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return sb.length() == 0 ? "'" + command + "' is not one of the project's commands; felix:help " + command + " asks Gogo"
            : sb.toString().stripTrailing();
    }

    private static java.util.List<String> functions(Object p) {
        if (p instanceof String[] a) return java.util.List.of(a);
        return p == null ? java.util.List.of() : java.util.List.of(String.valueOf(p));
    }

    /** One line per command form: "scope:name PARAM... - description", from the @Descriptor annotations. */
    static java.util.List<String> describe(String scope, Object service, java.util.List<String> functions) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (java.lang.reflect.Method m : service.getClass().getMethods()) {
            if (!functions.contains(m.getName()) || m.getDeclaringClass() == Object.class) continue;
            Descriptor d = m.getAnnotation(Descriptor.class);
            out.add(String.format("%-28s %s", describe(scope, m), d == null ? "" : d.value()));
        }
        return out;
    }

    /** The usage form of one method: scope:name and its parameters' short names. */
    private static String describe(String scope, java.lang.reflect.Method m) {
        StringBuilder sig = new StringBuilder(scope + ":" + m.getName());
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            // an option (Gogo's @Parameter) is written as its first name in brackets: vm:classes [--all]
            Descriptor pd = p.getAnnotation(Descriptor.class);
            String name = pd != null ? shortParam(pd.value()) : p.getType().getSimpleName();
            org.apache.felix.service.command.Parameter option = p.getAnnotation(org.apache.felix.service.command.Parameter.class);
            if (option == null) {
                sig.append(" <").append(name).append('>');
            } else if (org.apache.felix.service.command.Parameter.UNSPECIFIED.equals(option.presentValue())) {
                sig.append(" [").append(option.names()[0]).append(" <").append(name).append(">]"); // an option with a value
            } else {
                sig.append(" [").append(option.names()[0]).append(']'); // a flag
            }
        }
        return sig.toString();
    }

    /**
     * A parameter's name in the usage line: the descriptor's "NAME:" prefix (the project's
     * convention), else its leading upper-case word ("FILE (.pasm or .phc) ..."), else the descriptor.
     */
    static String shortParam(String d) {
        int colon = d.indexOf(": ");
        if (colon > 0) return d.substring(0, colon);
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("^([A-Z][A-Z_]*)\\b").matcher(d);
        return word.find() ? word.group(1) : d;
    }

    @Descriptor("the boot summary again: bundles, components and the object space")
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
