package phantom.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

/** The real bundle set (the launcher's, copied by the build) booted in Felix by Pax Exam. */
final class PhantomOptions {
    private PhantomOptions() {}

    static Path bundleDir() {
        return Path.of(System.getProperty("phantom.bundles", "target/bundles"));
    }

    /** A fresh data directory per framework, so tests never share an object space. */
    static Path freshDataDir() {
        try {
            Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
            Files.createDirectories(work);
            return Files.createTempDirectory(work, "data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Option system() {
        List<Option> opts = new ArrayList<>();
        opts.add(frameworkProperty("phantom.data").value(freshDataDir().toAbsolutePath().toString()));
        opts.add(frameworkProperty("phantom.space.capacity").value("256m"));
        opts.add(frameworkProperty("felix.bootdelegation.implicit").value("false"));
        // no console reader: it would take the test JVM's stdin, which is surefire's command channel
        opts.add(frameworkProperty("gosh.args").value("--nointeractive"));
        // nor a console reader of the VM's: standard input is Surefire's command channel, and a line of it read as
        // console input is a command Surefire never gets (its bye acknowledgement: the fork waited 30 s at its exit)
        opts.add(systemProperty("phantom.console.input").value("none"));
        Path deploy = freshDataDir().resolve("deploy");
        opts.add(frameworkProperty("phantom.deploy").value(deploy.toString()));
        opts.add(frameworkProperty("phantom.deploy.poll").value("300"));
        opts.add(frameworkProperty("phantom.bundles").value(bundleDir().toAbsolutePath().toString()));
        opts.add(frameworkProperty("felix.fileinstall.dir").value(deploy.toString()));
        opts.add(frameworkProperty("felix.fileinstall.filter").value(".*\\.(cfg|config)"));
        opts.add(frameworkProperty("felix.fileinstall.poll").value("500"));
        opts.add(frameworkProperty("felix.fileinstall.noInitialDelay").value("true"));
        // the web console on a free port of this machine (the launcher's default is 8080)
        opts.add(frameworkProperty("org.osgi.service.http.port").value(Integer.toString(freePort())));
        opts.add(frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"));
        opts.add(frameworkProperty("felix.webconsole.security.providers").value("phantom"));
        opts.add(systemProperty("pax.exam.logging").value("none"));
        opts.add(systemProperty("phantom.log.console").value("warn"));
        String arch = System.getProperty("os.arch");
        String otherDrivers = arch.equals("amd64") || arch.equals("x86_64") ? "phantom.drivers.arm." : "phantom.drivers.x86.";
        for (Path jar : jars()) {
            // the other processor's drivers are installed, not started: they cannot resolve here
            boolean start = !symbolicName(jar.toFile()).startsWith(otherDrivers) && !isFragment(jar.toFile());
            opts.add(bundle(jar.toUri().toString()).startLevel(startLevel(jar)).start(start));
        }
        opts.add(junitBundles());
        opts.add(frameworkStartLevel(10));
        opts.add(cleanCaches());
        return composite(opts.toArray(new Option[0]));
    }

    /** A port nobody listens on now. */
    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> jars() {
        try (Stream<Path> s = Files.list(bundleDir())) {
            List<Path> jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            if (jars.isEmpty()) throw new IllegalStateException("no bundles in " + bundleDir());
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logging before everything (SLF4J needs its provider mediated first), then the rest. */
    private static int startLevel(Path jar) {
        String bsn = symbolicName(jar.toFile());
        if (bsn.startsWith("slf4j.") || bsn.startsWith("org.objectweb.asm") || bsn.startsWith("org.apache.aries.spifly")
            || bsn.equals("phantom.logging")) {
            return 1;
        }
        if (bsn.equals("phantom.api") || bsn.equals("phantom.kernel.snapshot") || bsn.equals("phantom.devices")
            || bsn.startsWith("phantom.drivers.")) {
            return 4;
        }
        if (bsn.equals("phantom.deploy")) return 3;
        return bsn.startsWith("phantom.") ? 5 : 3;
    }

    static boolean isFragment(File jar) {
        try (JarFile jf = new JarFile(jar)) {
            return jf.getManifest().getMainAttributes().getValue("Fragment-Host") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String symbolicName(File jar) {
        try (JarFile jf = new JarFile(jar)) {
            String bsn = jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? "" : bsn.split(";")[0].trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jarOf(String symbolicName) {
        for (Path p : jars()) if (symbolicName(p.toFile()).equals(symbolicName)) return p;
        throw new IllegalStateException("no bundle " + symbolicName + " in " + bundleDir());
    }
}
