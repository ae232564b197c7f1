package phantom.vm.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.classes.InternalClass;
import phantom.api.driver.Console;
import phantom.api.driver.Network;
import phantom.api.kernel.Executor;
import phantom.api.kernel.Scheduler;
import phantom.api.kernel.Snapshotter;
import phantom.api.space.CollectionListener;
import phantom.api.space.CollectionReport;
import phantom.api.space.Collector;
import phantom.api.space.ObjectSpace;
import phantom.api.vm.VirtualMachine;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;

/**
 * The VM as services: {@link VirtualMachine} for tools and the shell, {@link Executor} for the
 * scheduler. Internal classes are bound by name as they come and go: a call to a class whose
 * bundle is being updated waits for the new one. When a scheduler appears, every thread that
 * lives in the space is handed to it, so programs go on after the system starts again.
 *
 * <p>Framework property {@code phantom.run}: a .pasm or class file to load and start at
 * activation; with {@code phantom.run.exit=true} the framework stops when that thread ends.
 */
@Component(service = { VirtualMachine.class, Executor.class, CollectionListener.class }, immediate = true)
public final class VmComponent implements VirtualMachine, Executor, CollectionListener {
    private static final Logger LOG = LoggerFactory.getLogger(VmComponent.class);

    private final Map<String, InternalClass> internals = new ConcurrentHashMap<>();
    private final ThreadLocal<Interpreter> interpreters = ThreadLocal.withInitial(() -> new Interpreter(runtime()));
    /** Each carrier's claim token (an immediate), unique within this VM instance. */
    private final java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();
    private final ThreadLocal<Long> carrierToken = ThreadLocal.withInitial(() -> phantom.api.space.Ref.ofInt(tokens.incrementAndGet()));
    /** Slices (and collection callbacks) running now; deactivation waits for them, and refuses new ones once it began. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closing;
    static final long DRAIN_MILLIS = 10_000;
    /** Standard output and input, until a console driver is bound. */
    private final Console fallbackConsole = new phantom.devices.StreamConsole();

    @Reference
    private ObjectSpace space;

    private volatile Scheduler scheduler;
    private volatile VmRuntime rt;
    private volatile BundleContext context;
    private volatile long exitWhenDone;

    /** Calls of a method before the compiling tier compiles it: property phantom.vm.jit.threshold (0: never; default 2). */
    static int jitThreshold(String v) {
        if (v == null || v.isBlank()) return 2;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("phantom.vm.jit.threshold must be a number >= 0 (0: never compile), is '" + v + "'");
        }
    }

    @Activate
    void activate(BundleContext ctx) {
        context = ctx;
        // the bootstrap writes the space: at a safepoint, so no snapshot holds half of it
        VmLimits limits = VmLimits.from(ctx::getProperty);
        int threshold = jitThreshold(ctx.getProperty("phantom.vm.jit.threshold")); // a bad value fails before anything is made
        rt = atSafepoint(() -> {
            VmRuntime r = new VmRuntime(space, internals::get, fallbackConsole, limits);
            clearClaims(r); // left by a process that died, or by the VM instance before an update (it drained)
            return r;
        });
        rt.jitThreshold = threshold;
        rt.memory.setCollector(collectorService);
        rt.memory.setSnapshotter(snapshotterService);
        if (consoleService != null) rt.setConsole(consoleService);
        rt.setClock(clockService);
        Scheduler sched = scheduler;
        if (sched != null) {
            rt.setWaker(sched::wake);
            rt.setSpawner(sched::schedule);
        }
        fallbackInput = fallbackConsole.listen(() -> {
            VmRuntime r = rt;
            if (r != null && consoleService == null) r.signal("console");
        });
        for (InternalClass c : internals.values()) restartHook(c);
        List<Long> live = rt.liveThreads();
        LOG.info("VM ready: {} classes, {} threads in the space", "core", live.size());
        String run = ctx.getProperty("phantom.run");
        if (run != null && !run.isBlank() && firstStartInThisFramework(ctx)) {
            try {
                String cls = loadFile(Path.of(run));
                int n = Integer.parseInt(valueOr(ctx.getProperty("phantom.run.threads"), "1"));
                long t = 0;
                for (int i = 0; i < n; i++) t = start(cls);
                if (Boolean.parseBoolean(ctx.getProperty("phantom.run.exit"))) exitWhenDone = t;
            } catch (IOException | RuntimeException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
                if (Boolean.parseBoolean(ctx.getProperty("phantom.run.exit"))) {
                    // the launcher prints it and exits 1: a program that does not load is a failed run
                    System.setProperty(RUN_MESSAGE, "cannot run " + run + ": " + why);
                    System.setProperty(RUN_STATUS, "failed");
                    stopFramework();
                } else {
                    LOG.error("cannot run {}: {}", run, why);
                }
            }
        }
        Scheduler s = scheduler;
        if (s != null) for (long t : live) s.schedule(t);
    }

    /**
     * The boot program runs once per framework launch, not again when this bundle is updated or
     * refreshed: the marker is process-wide (like the run status the launcher reads), keyed by
     * the framework's UUID, which every launch draws anew.
     */
    private static boolean firstStartInThisFramework(BundleContext ctx) {
        String uuid = String.valueOf(ctx.getProperty(org.osgi.framework.Constants.FRAMEWORK_UUID));
        synchronized (System.getProperties()) {
            if (uuid.equals(System.getProperty(RUN_STARTED))) return false;
            System.setProperty(RUN_STARTED, uuid);
            return true;
        }
    }

    static final String RUN_STARTED = "phantom.run.started";
    /** Process-wide channels to the launcher (the framework is gone when it reads them): how the --run program ended, and why it failed to load. */
    static final String RUN_STATUS = "phantom.run.status", RUN_MESSAGE = "phantom.run.message";

    private static String valueOr(String v, String d) { return v == null || v.isBlank() ? d : v.trim(); }

    @Deactivate
    void deactivate() throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
        // no slice may still run this instance's code on the space when it goes (the space may close next)
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                LOG.error("VM: {} slices still running after {} ms; deactivating anyway", inFlight.get(), DRAIN_MILLIS);
                break;
            }
            Thread.sleep(1);
        }
        closeListeners();
        VmRuntime r = rt;
        rt = null;
        if (r != null) r.close();
        interpreters.remove();
    }

    /** No slice runs: what the zero-count table holds is garbage now (a snapshot next would keep it). */
    @Override public void atSafepoint() {
        VmRuntime r = rt;
        if (r != null) {
            r.reclaimDeferred(false);
            r.interned.pruneAtSafepoint(); // no register holds an uncounted string now
        }
    }

    private void clearClaims(VmRuntime r) {
        for (long t : r.liveThreads()) {
            if (space.refSlots(t) > Shapes.T_CARRIER) space.exchangeRef(t, Shapes.T_CARRIER, phantom.api.space.Ref.NULL);
        }
    }

    VmRuntime runtime() {
        VmRuntime r = rt;
        if (r == null) throw new IllegalStateException("the VM is not active");
        return r;
    }

    // ------------------------------------------------------------------ references

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindInternalClass(InternalClass c) {
        // a class that comes after activation still rebuilds its kernel state (reopens sockets) before it is called
        if (rt != null) restartHook(c);
        InternalClass old = internals.get(c.className());
        if (old == null || c.classVersion() >= old.classVersion()) {
            internals.put(c.className(), c);
            // an updated bundle may have added (or removed) methods: the VM's table follows it
            VmRuntime r = rt;
            if (r != null) r.internalChanged(c.className()); // also drops the implementations call sites cached
        }
    }

    /** The method table of the bound bundle of an internal class (null when none is bound). */
    private List<String> internalTable(String name) {
        InternalClass c = internals.get(name);
        return c == null ? null : c.methods();
    }

    void unbindInternalClass(InternalClass c) {
        internals.remove(c.className(), c);
        VmRuntime r = rt;
        if (r != null) r.internalsChanged();
    }

    /** Names of the classes whose restart hook ran since this VM was activated: once per class, not per bundle update. */
    private final java.util.Set<String> restarted = ConcurrentHashMap.newKeySet();

    private void restartHook(InternalClass c) {
        if (!c.wantsRestartCall() || !restarted.add(c.className())) return;
        try {
            c.onRestart(space);
        } catch (RuntimeException e) {
            LOG.error("restart hook of internal class {} failed: {}", c.className(), e.getMessage());
        }
    }

    private volatile Network networkService;
    /** Listeners registered with drivers, closed on unbind and on deactivation. */
    private volatile phantom.api.driver.Registration networkListener, consoleListener, fallbackInput;

    private void closeListeners() {
        for (phantom.api.driver.Registration r : new phantom.api.driver.Registration[] { networkListener, consoleListener, fallbackInput }) {
            if (r != null) r.close();
        }
        networkListener = consoleListener = fallbackInput = null;
    }

    /** The network driver's readiness events wake the threads waiting on that socket. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindNetwork(Network n) {
        networkService = n;
        phantom.api.driver.Registration old = networkListener;
        networkListener = n.onReady(handle -> {
            VmRuntime r = rt;
            if (r != null && networkService == n) r.signal(Network.event(handle));
        });
        if (old != null) old.close();
    }

    void unbindNetwork(Network n) {
        if (networkService == n) {
            networkService = null;
            phantom.api.driver.Registration l = networkListener;
            networkListener = null;
            if (l != null) l.close();
        }
    }

    private volatile Console consoleService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindConsole(Console c) {
        consoleService = c;
        phantom.api.driver.Registration old = consoleListener;
        consoleListener = c.listen(() -> {
            VmRuntime r = rt;
            if (r != null && consoleService == c) r.signal("console");
        });
        if (old != null) old.close();
        VmRuntime r = rt;
        if (r != null) r.setConsole(c);
    }

    void unbindConsole(Console c) {
        if (consoleService == c) {
            consoleService = null;
            phantom.api.driver.Registration l = consoleListener;
            consoleListener = null;
            if (l != null) l.close();
            VmRuntime r = rt;
            if (r != null) r.setConsole(fallbackConsole);
        }
    }

    private volatile Collector collectorService;
    private volatile Snapshotter snapshotterService;

    /** Tier two: a thread that finds the space full waits for a collection by it before it gets an error. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindCollector(Collector c) {
        collectorService = c;
        VmRuntime r = rt;
        if (r != null) r.memory.setCollector(c);
    }

    void unbindCollector(Collector c) {
        if (collectorService == c) collectorService = null;
        VmRuntime r = rt;
        if (r != null) r.memory.clearCollector(c);
    }

    /**
     * Tier two freed objects: the views of class versions it freed go now, not at the next patch,
     * so the Java heap does not hold one per version replaced since (a bug PatchSystemTest found).
     */
    @Override public void collected(CollectionReport report) {
        if (closing) return;
        inFlight.incrementAndGet();
        try {
            VmRuntime r = rt;
            if (!closing && r != null) r.pruneFreedVersions();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** The collection a full space asks for runs on a snapshot taken after the waiting threads stopped. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindSnapshotter(Snapshotter s) {
        snapshotterService = s;
        VmRuntime r = rt;
        if (r != null) r.memory.setSnapshotter(s);
    }

    void unbindSnapshotter(Snapshotter s) {
        if (snapshotterService == s) snapshotterService = null;
        VmRuntime r = rt;
        if (r != null) r.memory.clearSnapshotter(s);
    }

    private volatile phantom.api.driver.Clock clockService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindClock(phantom.api.driver.Clock c) {
        clockService = c;
        VmRuntime r = rt;
        if (r != null) r.setClock(c);
    }

    void unbindClock(phantom.api.driver.Clock c) {
        if (clockService == c) {
            clockService = null;
            VmRuntime r = rt;
            if (r != null) r.setClock(null);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindScheduler(Scheduler s) {
        scheduler = s;
        VmRuntime r = rt;
        if (r != null) {
            r.setWaker(s::wake);
            r.setSpawner(s::schedule);
            for (long t : r.liveThreads()) s.schedule(t);
        }
    }

    void unbindScheduler(Scheduler s) {
        if (scheduler == s) {
            scheduler = null;
            // threads spawned meanwhile wait in the thread list: the next scheduler takes every live thread
            VmRuntime r = rt;
            if (r != null) r.setSpawner(null);
        }
    }

    // ------------------------------------------------------------------ VirtualMachine

    @Override public String loadClass(byte[] classFile) {
        VmRuntime r = runtime();
        return atSafepoint(() -> r.loadClass(classFile));
    }

    /** Runs a change to the space from outside a VM thread where no snapshot can cut it in half. */
    private <T> T atSafepoint(java.util.function.Supplier<T> work) {
        Scheduler s = scheduler;
        if (s == null) return work.get();
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        try {
            s.atSafepoint(() -> {
                try {
                    result[0] = work.get();
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure[0] != null) throw failure[0];
        @SuppressWarnings("unchecked") T t = (T) result[0];
        return t;
    }

    /** The JVM front end (phantom.jvm), when it is there: `.class` files of the JVM are translated to assembly by it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile phantom.api.vm.ClassTranslator translator;

    /** A JVM class file: CAFEBABE. */
    static boolean isJvmClass(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xCA && (b[1] & 0xFF) == 0xFE && (b[2] & 0xFF) == 0xBA && (b[3] & 0xFF) == 0xBE;
    }

    /** The front end, waited for a while: at start the VM may come up before the bundle that offers it. */
    private phantom.api.vm.ClassTranslator translator() {
        long deadline = System.currentTimeMillis() + 10_000;
        phantom.api.vm.ClassTranslator t;
        while ((t = translator) == null && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (t == null) throw new IllegalArgumentException("a JVM class file needs the JVM front end (bundle phantom.jvm), which is not running");
        return t;
    }

    /**
     * A JVM program: the class file, and the other JVM class files of its folder (javac writes
     * a class's nested and helper classes beside it).
     */
    private static List<byte[]> program(Path file, byte[] main) throws IOException {
        List<byte[]> out = new ArrayList<>(List.of(main));
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) return out;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                if (!p.toString().endsWith(".class") || Files.isSameFile(p, file)) continue;
                byte[] b = Files.readAllBytes(p);
                if (isJvmClass(b)) out.add(b);
            }
        }
        return out;
    }

    /**
     * A Java application jar: its Main-Class first, then every other class file in it; what the
     * program uses beyond them comes from the front end's class library.
     */
    private static List<byte[]> jarProgram(Path jar) throws IOException {
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest mf = jf.getManifest();
            String main = mf == null ? null : mf.getMainAttributes().getValue(java.util.jar.Attributes.Name.MAIN_CLASS);
            if (main == null || main.isBlank()) throw new IllegalArgumentException(jar.getFileName() + " has no Main-Class in its manifest");
            String mainEntry = main.strip().replace('.', '/') + ".class";
            java.util.jar.JarEntry me = jf.getJarEntry(mainEntry);
            if (me == null) throw new IllegalArgumentException(jar.getFileName() + ": its Main-Class " + main + " is not in it");
            List<byte[]> out = new ArrayList<>();
            try (java.io.InputStream in = jf.getInputStream(me)) { out.add(in.readAllBytes()); }
            for (java.util.jar.JarEntry e : java.util.Collections.list(jf.entries())) {
                if (e.isDirectory() || !e.getName().endsWith(".class") || e.getName().equals(mainEntry)
                    || e.getName().startsWith("META-INF/") || e.getName().endsWith("module-info.class")) continue;
                try (java.io.InputStream in = jf.getInputStream(e)) { out.add(in.readAllBytes()); }
            }
            return out;
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(jar.getFileName() + " is not a jar: " + e.getMessage(), e);
        }
    }

    /**
     * A Java source program, compiled with the JDK's own compiler (javax.tools, in process) into
     * a scratch folder, then loaded as its class files; the main class is the one the file is
     * named after, as for the java launcher's source mode. The classes are not kept: the
     * program lives in the space from then on.
     */
    private String loadJavaSource(Path source) throws IOException {
        return compiled(source, this::loadFile);
    }

    /** What {@code then} makes of the main class file of a Java source, compiled into a scratch folder removed after. */
    private <T> T compiled(Path source, IoFunction<Path, T> then) throws IOException {
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalArgumentException("compiling " + source.getFileName() + " needs a JDK (this Java has no compiler): run the system on a JDK, or give the .class javac makes");
        }
        String text = Files.readString(source, StandardCharsets.UTF_8);
        java.util.regex.Matcher pub = PUBLIC_TYPE.matcher(text);
        // the file is named after its public class (a patch request's copy is not: Foo-123.java)
        String name = pub.find() ? pub.group(1) : source.getFileName().toString().replaceFirst("\\.java$", "");
        Path dir = Files.createTempDirectory("phantom-javac");
        try {
            Path src = Files.writeString(dir.resolve(name + ".java"), text);
            java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
            int rc = javac.run(null, java.io.OutputStream.nullOutputStream(), errors, "-d", dir.toString(), src.toString());
            if (rc != 0) {
                String why = errors.toString(StandardCharsets.UTF_8).strip().replace(src.toString(), source.toString());
                throw new IllegalArgumentException(source.getFileName() + " does not compile:\n" + why);
            }
            Path main = dir.resolve(name + ".class");
            if (!Files.isRegularFile(main)) throw new IllegalArgumentException(source.getFileName() + " has no class " + name + " (a program's file is named after its class)");
            return then.apply(main);
        } finally {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static final java.util.regex.Pattern PUBLIC_TYPE = java.util.regex.Pattern.compile(
        "^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)",
        java.util.regex.Pattern.MULTILINE);

    @FunctionalInterface
    private interface IoFunction<A, B> {
        B apply(A a) throws IOException;
    }

    /** Loads a .pasm source (assembling every class in it), a VM class file, a JVM class file, a Java source or a Java jar; returns the class to run. */
    public String loadFile(Path file) throws IOException {
        if (file.toString().endsWith(".java")) return loadJavaSource(file);
        if (file.toString().endsWith(".jar")) return loadAssembly(translator().toAssembly(jarProgram(file)), null);
        boolean source = file.toString().endsWith(".pasm");
        byte[] bytes = source ? null : Files.readAllBytes(file);
        if (source || isJvmClass(bytes)) {
            String text = source ? Files.readString(file, StandardCharsets.UTF_8) : translator().toAssembly(program(file, bytes));
            String main = loadAssembly(text, source ? null : file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
            if (main == null) throw new IllegalArgumentException(file + " has no class with a main method");
            return main;
        }
        return loadClass(bytes);
    }

    /**
     * Assembles and loads every class of {@code text}; returns the class to run: the last with a
     * main, or for a JVM program the one named {@code base} (pkg.Hello for Hello.class), or else
     * the first with a main (the front end writes the main class first).
     */
    private String loadAssembly(String text, String base) {
        String main = null;
        boolean found = false;
        for (ClassFile cf : Assembler.assemble(text, this::methodTable)) {
            loadClass(cf.toBytes());
            if (cf.methods().stream().noneMatch(m -> m.name().equals("main"))) continue;
            boolean named = base != null && (cf.name().equals(base) || cf.name().endsWith("." + base));
            if (main == null || base == null || named && !found) main = cf.name();
            found |= named;
        }
        return main;
    }

    // ------------------------------------------------------------------ class versions

    @Override public List<String> patch(Path file) throws IOException {
        VmRuntime r = runtime();
        List<byte[]> classes = patchClasses(file);
        List<String> done = summarized(atSafepoint(() -> r.versions.loadAll(classes)));
        for (String line : done) LOG.info("{}: {}", file.getFileName(), line);
        return done;
    }

    /** A Java patch brings the library it reaches, unchanged: those classes are counted, not listed one by one. */
    static List<String> summarized(List<String> lines) {
        List<String> changed = new ArrayList<>();
        int same = 0;
        for (String l : lines) {
            if (l.contains("is already this code")) same++;
            else changed.add(l);
        }
        if (same <= 3) return lines;
        changed.add(same + " other classes are already this code: unchanged");
        return changed;
    }

    /**
     * The VM classes of a patch: a .pasm's, a .phc, or a Java program's (a .java compiled here, a
     * JVM .class with the classes of its folder), translated whole: the classes the patch does
     * not change (the library's, most often) are identical to the running ones and left alone.
     */
    private List<byte[]> patchClasses(Path file) throws IOException {
        String name = file.toString();
        if (name.endsWith(".java")) return compiled(file, this::patchClasses);
        List<byte[]> classes = new ArrayList<>();
        byte[] bytes = name.endsWith(".pasm") ? null : Files.readAllBytes(file);
        if (bytes != null && !isJvmClass(bytes)) {
            classes.add(bytes);
            return classes;
        }
        String text = bytes == null ? Files.readString(file, StandardCharsets.UTF_8) : translator().toAssembly(program(file, bytes));
        for (ClassFile cf : Assembler.assemble(text, this::methodTable)) classes.add(cf.toBytes());
        return classes;
    }

    @Override public String rollback(String className) {
        VmRuntime r = runtime();
        String done = atSafepoint(() -> {
            synchronized (r.registryLock()) {
                return r.versions.rollback(className).describe();
            }
        });
        LOG.info("{}", done);
        return done;
    }

    /** Objects of the space an eager migration walks per safepoint: a few milliseconds each. */
    static final int MIGRATION_WALK_CHUNK = 50_000;

    @Override public String migrate(String className) {
        VmRuntime r = runtime();
        ClassInfo cur = r.named().get(className);
        if (cur == null) throw new IllegalArgumentException("no class " + className + " is loaded");
        if (cur.internal) throw new IllegalArgumentException(className + " is an internal class: its versions are its bundle's");
        // the migrator thread first, not scheduled yet: it roots the list while the walk fills it over many safepoints
        long[] made = atSafepoint(() -> {
            long list = Lists.create(space, r.arrayClass, r.backingClass);
            long thread = r.versions.newMigrator(className, list);
            space.release(thread); // the thread list keeps it
            return new long[] { thread, r.threadId(thread), list };
        });
        long pos = 0;
        do {
            long from = pos;
            pos = atSafepoint(() -> r.versions.collectStale(r.versions.staleVersionsOf(className), from, MIGRATION_WALK_CHUNK, made[2]));
        } while (pos != 0);
        int n = atSafepoint(() -> Lists.size(space, made[2]));
        Scheduler s = scheduler;
        if (s != null) s.schedule(made[0]);
        String done = n == 0 ? "no instance of " + className + " is of an old version"
            : "migrating " + n + (n == 1 ? " instance of " : " instances of ") + className + " in the background: thread " + made[1] + " (idle priority; vm:threads shows it)";
        LOG.info("{}", done);
        return done;
    }

    @Override public List<ClassVersion> classes() {
        VmRuntime r = runtime();
        // frames at a safepoint (stacks change with every call); instances by a walk while programs run
        Map<Long, Long> frames = atSafepoint(() -> {
            Map<Long, Long> m = new java.util.HashMap<>();
            for (long t : r.liveThreads()) {
                for (long f = space.getRef(t, Shapes.T_FRAME); f != phantom.api.space.Ref.NULL; f = space.getRef(f, Shapes.F_CALLER)) {
                    m.merge(space.getRef(f, Shapes.F_CLASS), 1L, Long::sum);
                }
            }
            return m;
        });
        return r.versions.census(frames);
    }

    /** The method names of a class for the assembler: an internal class's bound table, or a loaded class's. */
    private List<String> methodTable(String name) {
        List<String> t = internalTable(name);
        if (t != null) return t;
        VmRuntime r = rt;
        return r == null ? null : r.methodNames(name);
    }

    @Override public long start(String className) { return startThread(className)[0]; }

    /** Starts a thread; returns its reference and its id (read before it runs: it may end and be freed at once). */
    long[] startThread(String className) {
        VmRuntime r = runtime();
        long[] t = atSafepoint(() -> {
            long thread = r.newThread(className);
            space.release(thread); // the thread list keeps it
            return new long[] { thread, r.threadId(thread) };
        });
        Scheduler s = scheduler;
        if (s != null) s.schedule(t[0]);
        LOG.info("started thread {} running {}.main", t[1], className);
        return t;
    }

    @Override public List<ThreadInfo> threads() {
        VmRuntime r = runtime();
        List<ThreadInfo> out = new ArrayList<>();
        for (long t : r.liveThreads()) {
            String state = switch (r.threadState(t)) {
                case Shapes.SLEEPING -> "sleeping";
                case Shapes.FINISHED -> "finished";
                case Shapes.FAILED -> "failed";
                case Shapes.KILLED -> "killed";
                default -> r.wakeAt(t) != 0 ? "waiting" : "runnable";
            };
            if (r.isSuspended(t) && !state.equals("killed")) state = "suspended";
            out.add(new ThreadInfo(t, r.threadId(t), state, r.where(t)));
        }
        return out;
    }

    /** What vm:threads shows of one thread beyond {@link ThreadInfo}. */
    record ThreadDetails(ThreadInfo info, String name, String className, int priority, String waitsOn) {}

    List<ThreadDetails> threadDetails() {
        VmRuntime r = runtime();
        List<ThreadDetails> out = new ArrayList<>();
        for (ThreadInfo t : threads()) {
            String name = r.threadName(t.ref());
            int hash = name.lastIndexOf('#');
            out.add(new ThreadDetails(t, name, hash > 0 ? name.substring(0, hash) : name, priority(t.ref()), r.waitsOn(t.ref())));
        }
        return out;
    }

    /** The live thread with this id, or an exception naming the id. */
    private long thread(long id) {
        long t = runtime().threadById(id);
        if (t == phantom.api.space.Ref.NULL) throw new IllegalArgumentException("no thread " + id + " (vm:threads lists them)");
        return t;
    }

    @Override public List<ThreadView> threadViews() {
        List<ThreadView> out = new ArrayList<>();
        for (ThreadDetails t : threadDetails()) {
            String prio = t.priority() >= 0 && t.priority() < PRIORITIES.size() ? PRIORITIES.get(t.priority()) : "?";
            out.add(new ThreadView(t.info().id(), t.name(), t.info().state(), prio, t.info().where(), t.waitsOn()));
        }
        return out;
    }

    @Override public List<String> stack(long id) {
        VmRuntime r = runtime();
        // at a safepoint: between slices every frame is in the space
        return atSafepoint(() -> {
            long t = thread(id);
            List<String> frames = new ArrayList<>();
            for (long f = space.getRef(t, Shapes.T_FRAME); f != phantom.api.space.Ref.NULL && frames.size() < 256;
                 f = space.getRef(f, Shapes.F_CALLER)) {
                ClassInfo c = r.info(space.getRef(f, Shapes.F_CLASS));
                frames.add(Interpreter.frameText(c, c.file.methods().get(space.getInt(f, Shapes.F_METHOD)), space.getInt(f, Shapes.F_PC)));
            }
            return frames;
        });
    }

    @Override public String setPriority(long id, String priority) {
        int p = PRIORITIES.indexOf(priority == null ? "" : priority.toLowerCase(java.util.Locale.ROOT));
        if (p < 0) throw new IllegalArgumentException("priority must be normal, realtime or idle, not '" + priority + "'");
        return setPriority(id, p);
    }

    @Override public TtyText ttyOutput(long id, long from) {
        VmRuntime r = runtime();
        if (r.threadById(id) == phantom.api.space.Ref.NULL) throw new IllegalArgumentException("no thread " + id + " (vm:threads lists them)");
        return r.tty(id).read(from);
    }

    @Override public void ttyInput(long id, String line) {
        VmRuntime r = runtime();
        if (line == null) throw new IllegalArgumentException("no line to send");
        if (r.threadById(id) == phantom.api.space.Ref.NULL) throw new IllegalArgumentException("no thread " + id + " (vm:threads lists them)");
        r.tty(id).input.add(line);
        r.signal("console");
    }

    @Override public ObjectView inspect(long ref) {
        VmRuntime r = runtime();
        return atSafepoint(() -> new Inspector(space, r).view(ref));
    }

    /** Marks the thread to end; its next slice ends it (a waiting thread is woken for it). The mark is in the space. */
    @Override public String kill(long id) {
        VmRuntime r = runtime();
        long t = atSafepoint(() -> {
            long th = thread(id);
            r.kill(th);
            return th;
        });
        wakeNow(t);
        return "thread " + id + " killed";
    }

    @Override public String suspend(long id, boolean suspended) {
        VmRuntime r = runtime();
        long[] t = new long[1];
        boolean ok = atSafepoint(() -> {
            t[0] = thread(id);
            return r.setSuspended(t[0], suspended);
        });
        if (!ok) return "thread " + id + " was made by an older build: it cannot be suspended (vm:kill works)";
        if (!suspended) wakeNow(t[0]);
        return "thread " + id + (suspended ? " suspended" : " resumed");
    }

    String setPriority(long id, int priority) {
        VmRuntime r = runtime();
        boolean ok = atSafepoint(() -> r.setPriority(thread(id), priority));
        if (!ok) return "thread " + id + " stays as it is: the real-time limit (" + r.limits.realtimeThreads() + " threads) is reached";
        return "thread " + id + " priority " + PRIORITIES.get(priority);
    }

    static final List<String> PRIORITIES = List.of("normal", "realtime", "idle");

    private void wakeNow(long thread) {
        Scheduler s = scheduler;
        if (s != null) s.wake(thread);
    }

    // ------------------------------------------------------------------ Executor

    @Override public Outcome run(long thread, int budget, SafepointFlag safepoint) {
        if (closing) return Outcome.BLOCKED; // the next VM instance runs it
        inFlight.incrementAndGet();
        try {
            if (closing) return Outcome.BLOCKED;
            long token = carrierToken.get();
            boolean claimable = space.refSlots(thread) > Shapes.T_CARRIER; // threads of spaces older than the claim slot
            if (claimable && !space.compareAndSetRef(thread, Shapes.T_CARRIER, phantom.api.space.Ref.NULL, token)) {
                LOG.warn("VM thread {} is run by another carrier: this slice is refused", Long.toHexString(thread));
                return Outcome.BLOCKED;
            }
            Outcome o = runClaimed(thread, budget, safepoint);
            // a finished thread may be freed already: its claim went with it
            if (claimable && o != Outcome.FINISHED) space.compareAndSetRef(thread, Shapes.T_CARRIER, token, phantom.api.space.Ref.NULL);
            return o;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Outcome runClaimed(long thread, int budget, SafepointFlag safepoint) {
        Interpreter in = interpreters.get();
        Outcome o = in.run(thread, budget, safepoint);
        if (o == Outcome.FINISHED && exitWhenDone != 0) runEnded(thread, in.lastEnd);
        return o;
    }

    /** How the run's first thread ended (FINISHED or FAILED), once it has; 0 before. */
    private volatile int runFirstEnd;
    private final java.util.concurrent.atomic.AtomicBoolean runStopped = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * A thread of a one-shot run ended: the run is over when its first thread has ended and no
     * thread is left but daemons (a Java program's main may return while threads it started go
     * on, as on the JVM; daemons do not keep it going).
     */
    private void runEnded(long thread, int how) {
        if (thread == exitWhenDone) runFirstEnd = how;
        if (runFirstEnd == 0 || runtime().hasLiveNonDaemon() || !runStopped.compareAndSet(false, true)) return;
        exitWhenDone = 0;
        // the launcher's exit code: the process-wide channel it reads after the framework stops
        System.setProperty(RUN_STATUS, runFirstEnd == Shapes.FAILED ? "failed" : "finished");
        stopFramework();
    }

    @Override public long wakeAt(long thread) {
        VmRuntime r = runtime();
        // a suspended thread is woken by vm:resume; the timer is only a fallback if that wake is lost
        if (r.isSuspended(thread)) return System.currentTimeMillis() + SUSPENDED_POLL_MILLIS;
        return r.wakeAt(thread);
    }

    static final long SUSPENDED_POLL_MILLIS = 1000;

    @Override public int priority(long thread) { return space.getInt(thread, Shapes.T_PRIORITY); }

    private void stopFramework() {
        BundleContext ctx = context;
        if (ctx == null) return;
        Thread t = new Thread(() -> {
            try {
                ctx.getBundle(0).stop();
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("could not stop the framework: {}", e.getMessage());
            }
        }, "phantom-run-exit");
        t.start();
    }
}
