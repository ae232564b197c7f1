package phantom.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Boots Apache Felix with every bundle in the distribution's {@code bundles/} folder. Start
 * levels: 1 logging (the SLF4J provider must be there before anything logs), 2 the OSGi
 * platform services, 3 Phantom.
 */
public final class Main {
    static final int MIN_JAVA = 22;
    /** System property the VM sets to "finished" or "failed" when the --run program ends. */
    static final String RUN_STATUS = "phantom.run.status";
    /** Set with RUN_STATUS "failed" when the --run program could not be loaded: the reason. */
    static final String RUN_MESSAGE = "phantom.run.message";
    /** With --run: how long the launcher waits for the VM service before it gives up (the space or the VM failed to start). */
    static final long VM_START_MILLIS = 60_000;
    /** System property the space sets, with the reason, when it refuses to open (it stops the framework). */
    static final String SPACE_REFUSED = "phantom.space.refused";
    /** Set by the space when this life must end and the system start again (a damaged page found by a lazy restart). */
    static final String SPACE_RESTART = "phantom.space.restart";
    static final int LEVEL_LOGGING = 1;
    static final int LEVEL_PLATFORM = 2;
    /** The snapshot bundle first: the space must find its recovery service when it opens. */
    static final int LEVEL_KERNEL = 3;
    static final int LEVEL_PHANTOM = 4;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("phantom: " + e.getMessage());
            return 2;
        }
        if (opts.help) {
            out.println(Options.USAGE);
            return 0;
        }
        if (opts.version) {
            out.println("phantom " + version() + " (Java " + Runtime.version() + ", " + System.getProperty("os.arch") + ")");
            return 0;
        }
        int feature = Runtime.version().feature();
        if (feature < MIN_JAVA) {
            err.println("phantom: Java " + feature + " is too old; the object space needs java.lang.foreign, final in Java "
                + MIN_JAVA + ". Install a JDK " + MIN_JAVA + " or newer (JDK 25 recommended) and set JAVA_HOME to it.");
            return 1;
        }
        try {
            return boot(opts, out, err);
        } catch (LaunchException e) {
            err.println("phantom: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("phantom: the launch failed unexpectedly: " + e + " (please report this)");
            return 1;
        }
    }

    /** The distribution's version, from the launcher jar's manifest ("development build" when run from classes). */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    static final class LaunchException extends Exception {
        private static final long serialVersionUID = 1L;

        LaunchException(String message) { super(message); }
    }

    private static int boot(Options opts, PrintStream out, PrintStream err) throws LaunchException {
        Path home = distributionHome();
        Path data = opts.data.toAbsolutePath().normalize();
        Path deploy = opts.deploy.toAbsolutePath().normalize();
        prepareDirectory(data, "data directory");
        prepareDirectory(deploy, "deploy folder");
        try (FileChannel lockFile = FileChannel.open(data.resolve(".lock"), StandardOpenOption.CREATE,
                 StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile, data)) {
            probeLocks(data);
            int code = runFramework(opts, home, data, deploy, out);
            // a lazy restart found a page of its generation damaged at its first touch: that life ended
            // unsnapshotted; once more, and the recovery restores the generation before it
            for (int again = 0; again < 2 && System.getProperty(SPACE_RESTART) != null; again++) {
                err.println("phantom: " + System.getProperty(SPACE_RESTART) + " Starting again.");
                System.clearProperty(SPACE_RESTART);
                code = runFramework(opts, home, data, deploy, out);
            }
            if (System.getProperty(SPACE_RESTART) != null) {
                err.println("phantom: " + System.getProperty(SPACE_RESTART));
                return 1;
            }
            String refused = System.getProperty(SPACE_REFUSED);
            if (refused != null) {
                err.println("phantom: " + refused);
                return 1;
            }
            return code;
        } catch (IOException e) {
            throw new LaunchException("cannot lock data directory " + data + ": " + describe(e));
        }
    }

    private static FileLock tryLock(FileChannel ch, Path data) throws IOException, LaunchException {
        FileLock lock = ch.tryLock();
        if (lock == null) {
            throw new LaunchException("data directory " + data + " is in use by another Phantom process");
        }
        return lock;
    }

    /**
     * The space and the snapshot store carry OS locks while a system has them open (the lock
     * file can be deleted, those cannot be taken away): refuse here, before the framework
     * changes anything in the directory (its bundle cache).
     */
    private static void probeLocks(Path data) throws LaunchException {
        for (String name : new String[] { "space.mem", "snapshots.img" }) {
            Path f = data.resolve(name);
            if (!Files.isRegularFile(f)) continue;
            boolean writable = Files.isWritable(f);
            try (FileChannel ch = writable ? FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)
                                           : FileChannel.open(f, StandardOpenOption.READ);
                 FileLock l = ch.tryLock(0, Long.MAX_VALUE, !writable)) {
                if (l == null) {
                    throw new LaunchException("data directory " + data + " is in use by another Phantom process (" + name + " is locked)");
                }
            } catch (IOException e) {
                // cannot be probed here: the component that opens it says why
            }
        }
    }

    private static void prepareDirectory(Path dir, String what) throws LaunchException {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new LaunchException("cannot create " + what + " " + dir + ": " + describe(e));
        }
        if (!Files.isDirectory(dir)) throw new LaunchException(what + " " + dir + " is not a directory");
        if (!Files.isReadable(dir) || !Files.isWritable(dir)) {
            throw new LaunchException(what + " " + dir + " is not readable and writable by this user");
        }
    }

    /** An I/O failure in words, without exception class names. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way at " + ((java.nio.file.FileSystemException) e).getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied at " + ((java.nio.file.FileSystemException) e).getFile();
        }
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
            return (f.getReason() == null ? "cannot use" : f.getReason()) + " at " + f.getFile();
        }
        return e.getMessage() == null ? "unknown error" : e.getMessage();
    }

    /** The folder holding phantom-launcher.jar, lib/ and bundles/. */
    static Path distributionHome() throws LaunchException {
        String override = System.getProperty("phantom.home");
        try {
            Path home = override != null ? Path.of(override)
                : Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
            if (!Files.isDirectory(home.resolve("bundles"))) {
                throw new LaunchException("no bundles/ folder in " + home + "; run the build first (./phantom builds it)");
            }
            return home;
        } catch (java.net.URISyntaxException e) {
            throw new LaunchException("cannot locate the launcher jar: " + e.getMessage());
        }
    }

    private static int runFramework(Options opts, Path home, Path data, Path deploy, PrintStream out)
            throws LaunchException {
        boolean interactive = opts.shell && !opts.exitAfterBoot && System.console() != null;
        System.clearProperty(SPACE_REFUSED);
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, data.resolve("felix-cache").toString());
        // the persistent state is the object space; the bundle cache is rebuilt from this build
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(LEVEL_PHANTOM));
        props.put("phantom.data", data.toString());
        props.put("phantom.space.capacity", opts.capacity);
        // jars in deploy/ are phantom.deploy's (update in place by symbolic name); FileInstall
        // only feeds configuration files from there to Config Admin
        props.put("phantom.deploy", deploy.toString());
        props.put("phantom.bundles", home.resolve("bundles").toString());
        props.put("felix.fileinstall.dir", deploy.toString());
        props.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.poll", "1000");
        props.put("felix.fileinstall.log.level", "3");
        props.put("gosh.args", interactive ? "" : "--nointeractive");
        props.put("gosh.home", data.toString());
        Path program = opts.run != null ? opts.run : opts.start;
        if (program != null) {
            Path file = program.toAbsolutePath().normalize();
            if (!Files.isReadable(file)) throw new LaunchException("cannot read program " + file);
            props.put("phantom.run", file.toString());
            props.put("phantom.run.exit", Boolean.toString(opts.run != null));
            props.put("phantom.run.threads", Integer.toString(opts.threads));
        }
        if (opts.snapshotPeriod != null) props.put("phantom.snapshot.period", opts.snapshotPeriod);
        if (opts.gcEvery != null) props.put("phantom.gc.everySnapshots", opts.gcEvery);
        if (opts.openAsIs) props.put("phantom.space.openAsIs", "true");
        // the web console (Jetty and the Felix Web Console): this machine only unless --web-host says
        // otherwise, and then only with the credentials the user set (phantom.webconsole's AccessRule)
        String web = opts.web != null ? opts.web : opts.run != null ? "off" : "8080";
        if (!web.equals("off") && !portFree(opts.webHost, Integer.parseInt(web))) {
            // another system (or anything else) has it: this one runs without a web console, said in one line
            out.println("phantom: web console off: " + opts.webHost + ":" + web + " is in use or cannot be bound (--web PORT picks another)");
            web = "off";
        }
        boolean webOn = !web.equals("off");
        props.put("org.apache.felix.http.enable", Boolean.toString(webOn));
        if (!web.equals("off")) props.put("org.osgi.service.http.port", web);
        props.put("org.apache.felix.http.host", opts.webHost);
        props.put("felix.webconsole.security.providers", "phantom");
        // phantom.logging reads these when SLF4J starts it: everything at info goes to the rotating
        // file and log:tail; the console shows warnings only under the shell and with --run (a
        // program run from the command line prints only its own output), info otherwise (scripts
        // and the crash test read the restart lines)
        System.setProperty("phantom.log.dir", data.resolve("log").toString());
        String consoleLevel = opts.logLevel != null ? opts.logLevel : opts.run != null ? "warn" : "info";
        System.setProperty("phantom.log.console", consoleLevel);
        if (opts.logLevel != null && List.of("debug", "trace").contains(opts.logLevel)) System.setProperty("phantom.log.level", opts.logLevel);
        // java.util.logging (SPI Fly's "Registered provider" and the like): warnings only unless asked
        if (opts.logLevel == null || List.of("error", "warn").contains(opts.logLevel)) {
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        }

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
            .orElseThrow(() -> new LaunchException("no OSGi framework on the class path (lib/ is incomplete)"));
        Framework fw = factory.newFramework(props);
        try {
            fw.init();
        } catch (BundleException e) {
            throw new LaunchException("the OSGi framework did not initialise: " + e.getMessage());
        }
        Thread hook = new Thread(() -> stopQuietly(fw), "phantom-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        List<Bundle> installed = install(fw, DeployedSet.choose(home.resolve("bundles"), deploy, out), interactive, webOn);
        CountDownLatch started = new CountDownLatch(1);
        fw.getBundleContext().addFrameworkListener(ev -> {
            if (ev.getType() == FrameworkEvent.STARTED) started.countDown();
            if (ev.getType() == FrameworkEvent.ERROR) {
                System.err.println("phantom: " + ev.getBundle().getSymbolicName() + ": "
                    + (ev.getThrowable() == null ? "error" : ev.getThrowable().getMessage()));
            }
        });
        try {
            fw.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // a program started with --run may stop the framework before it reports STARTED
            while (!started.await(100, TimeUnit.MILLISECONDS) && (fw.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                if (System.nanoTime() > deadline) {
                    throw new LaunchException("the framework did not reach start level " + LEVEL_PHANTOM + " within 60 s");
                }
            }
        } catch (BundleException e) {
            throw new LaunchException("the OSGi framework did not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        int notActive = reportUnresolved(installed, opts.run == null ? out : new PrintStream(java.io.OutputStream.nullOutputStream()), interactive, webOn);
        // under the shell the console shows the boot and restore lines, then only warnings (log:tail has the rest)
        if (interactive && opts.logLevel == null) System.setProperty("phantom.log.console", "warn");
        if (opts.run == null) out.println("phantom: running; data " + data + ", deploy " + deploy
            + (interactive ? "; log " + data.resolve("log").resolve("phantom.log")
                + "; Gogo shell below (type 'help', 'vm:threads', 'log:tail'; 'stop 0' or Ctrl-C to stop)"
                           : "; Ctrl-C or SIGTERM stops"));
        if (opts.exitAfterBoot) {
            stopQuietly(fw);
            return notActive == 0 ? 0 : 3;
        }
        VmStart start = opts.run == null ? VmStart.UP : awaitVm(fw);
        boolean vmSeen = start == VmStart.UP;
        if (!vmSeen && (fw.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
            // nothing will ever end the run (the space did not open, the VM did not activate): say so, do not hang
            stopQuietly(fw);
            System.err.println("phantom: the program did not run: the VM " + (start == VmStart.FAILED ? "failed to start"
                : "did not start within " + VM_START_MILLIS / 1000 + " s") + " (the log above, or " + data.resolve("log") + ", says why)");
            return 1;
        }
        try {
            fw.waitForStop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it stopped the framework
        }
        // a program run with --run that failed to load or died of an uncaught exception makes the exit code 1
        if (opts.run == null) return 0;
        String message = System.getProperty(RUN_MESSAGE);
        if (message != null) System.err.println("phantom: " + message);
        String status = System.getProperty(RUN_STATUS);
        if (status == null) {
            if (System.getProperty(SPACE_REFUSED) != null) return 1; // the caller says why
            System.err.println(vmSeen ? "phantom: stopped before the program ended"
                : "phantom: the program did not run: the VM did not start (the log above, or " + data.resolve("log") + ", says why)");
            return 1;
        }
        return "failed".equals(status) ? 1 : 0;
    }

    /** True once the VM service is registered or the run ended; false on the timeout or when the framework stopped without a VM. */
    /** How the wait for the VM ended. */
    enum VmStart { UP, FAILED, TIMED_OUT }

    /**
     * Waits for the VM to be up: its service registered and made (a delayed component registers
     * its service before it activates; one whose activation throws, on a bad property, is never
     * made: the run would wait forever).
     */
    private static VmStart awaitVm(Framework fw) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(VM_START_MILLIS);
        while (System.nanoTime() < deadline) {
            if (System.getProperty(RUN_STATUS) != null) return VmStart.UP;
            if ((fw.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) return VmStart.FAILED;
            try {
                org.osgi.framework.BundleContext ctx = fw.getBundleContext();
                org.osgi.framework.ServiceReference<?> ref = ctx.getServiceReference("phantom.api.vm.VirtualMachine");
                if (ref != null) {
                    Object vm = ctx.getService(ref);
                    if (vm != null) {
                        ctx.ungetService(ref);
                        return VmStart.UP;
                    }
                    if (System.getProperty(RUN_STATUS) != null) return VmStart.UP;
                    return VmStart.FAILED; // its activation threw: the log says why
                }
                Thread.sleep(50);
            } catch (IllegalStateException stopped) {
                return System.getProperty(RUN_STATUS) != null ? VmStart.UP : VmStart.FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return VmStart.UP;
            }
        }
        return VmStart.TIMED_OUT;
    }

    /**
     * The JLine shell bundle: started only with a console. Without one it has nothing to read,
     * yet it builds a dumb terminal (JLine prints a warning) and its profile fails on the missing
     * line reader (a stack trace in every --run); the commands need only gogo.runtime.
     */
    static final String SHELL_BUNDLE = "org.apache.felix.gogo.jline";

    static boolean startsWith(String bsn, boolean interactive) { return startsWith(bsn, interactive, true); }

    /** The HTTP service (Jetty) is not started when the web console is off: no port, no threads, no log line. */
    static final String HTTP_BUNDLE = "org.apache.felix.http.jetty";

    static boolean startsWith(String bsn, boolean interactive, boolean web) {
        return (interactive || !SHELL_BUNDLE.equals(bsn)) && (web || !HTTP_BUNDLE.equals(bsn));
    }

    private static List<Bundle> install(Framework fw, List<Path> jars, boolean interactive, boolean webOn) throws LaunchException {
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            try {
                bundles.add(fw.getBundleContext().installBundle(jar.toUri().toString()));
            } catch (BundleException e) {
                throw new LaunchException("cannot install " + jar.getFileName() + ": " + e.getMessage());
            }
        }
        // resolve first: a driver bundle for another processor stays unresolved and is not started
        fw.adapt(org.osgi.framework.wiring.FrameworkWiring.class).resolveBundles(bundles);
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) continue;
            if (b.getState() == Bundle.INSTALLED && isForAnotherProcessor(b)) continue;
            try {
                b.adapt(BundleStartLevel.class).setStartLevel(startLevel(b.getSymbolicName()));
                if (!startsWith(b.getSymbolicName(), interactive, webOn)) continue;
                b.start(Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException e) {
                throw new LaunchException("cannot start " + b.getSymbolicName() + ": " + e.getMessage());
            }
        }
        fw.adapt(FrameworkStartLevel.class).setInitialBundleStartLevel(LEVEL_PHANTOM);
        return bundles;
    }

    /** Whether a server socket can be bound on host:port now (the web console's port). */
    static boolean portFree(String host, int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    static int startLevel(String bsn) {
        if (bsn == null) return LEVEL_PLATFORM;
        if (bsn.startsWith("slf4j.") || bsn.startsWith("org.slf4j") || bsn.startsWith("org.objectweb.asm")
            || bsn.startsWith("org.apache.aries.spifly") || bsn.equals("phantom.logging")) {
            return LEVEL_LOGGING;
        }
        // the space's recovery (kernel.snapshot) needs the block-storage driver before the space opens
        if (bsn.equals("phantom.api") || bsn.equals("phantom.kernel.snapshot") || bsn.equals("phantom.devices")
            || bsn.startsWith("phantom.drivers.")) {
            return LEVEL_KERNEL;
        }
        // the deploy watcher is platform: it imports nothing of Phantom, so no Phantom update restarts it
        if (bsn.equals("phantom.deploy")) return LEVEL_PLATFORM;
        return bsn.startsWith("phantom.") ? LEVEL_PHANTOM : LEVEL_PLATFORM;
    }

    /** Names bundles that did not start (for instance the driver set of another processor). */
    private static int reportUnresolved(List<Bundle> bundles, PrintStream out, boolean interactive, boolean webOn) {
        int n = 0;
        for (Bundle b : bundles) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && b.getState() == Bundle.INSTALLED && isForAnotherProcessor(b)) {
                out.println("phantom: bundle " + b.getSymbolicName() + " is for another processor (not started)");
                continue;
            }
            if (!fragment && b.getState() != Bundle.ACTIVE && startsWith(b.getSymbolicName(), interactive, webOn)) {
                n++;
                out.println("phantom: bundle " + b.getSymbolicName() + " " + b.getVersion() + " is not active ("
                    + stateName(b.getState()) + ")");
            }
        }
        return n;
    }

    /** A bundle that requires an osgi.native processor the host does not have. */
    static boolean isForAnotherProcessor(Bundle b) {
        String req = b.getHeaders().get(Constants.REQUIRE_CAPABILITY);
        return req != null && req.contains("osgi.native");
    }

    static String stateName(int state) {
        switch (state) {
            case Bundle.INSTALLED: return "installed, not resolved";
            case Bundle.RESOLVED: return "resolved";
            case Bundle.STARTING: return "starting";
            case Bundle.STOPPING: return "stopping";
            case Bundle.ACTIVE: return "active";
            default: return "uninstalled";
        }
    }

    private static void stopQuietly(Framework fw) {
        try {
            if ((fw.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                fw.stop();
                fw.waitForStop(30_000);
            }
        } catch (BundleException | InterruptedException e) {
            System.err.println("phantom: clean stop failed: " + e.getMessage());
        }
    }
}
