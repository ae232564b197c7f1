package phantom.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/**
 * The deploy folder changes the running system in place: a dropped build of an installed
 * bundle updates that bundle (never a second copy), removing it returns to the shipped build,
 * and a build that cannot take the old one's place is refused with the old one left running.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class DeployFolderTest {
    private static final String BSN = "phantom.system";

    @Inject BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    @Test
    public void aDroppedBuildUpdatesTheInstalledBundleInPlaceAndRemovingItReturnsToTheShippedBuild() throws Exception {
        Path deploy = deployFolder();
        Bundle shipped = only(BSN);
        Version original = shipped.getVersion();

        Version v1 = new Version(9, 0, 0, "dropped");
        write(deploy, "status.jar", BundleJars.rebuild(PhantomOptions.jarOf(BSN), Map.of("Bundle-Version", v1.toString())));
        waitFor(() -> only(BSN).getVersion().equals(v1), "phantom.system updated to " + v1);
        assertEquals("updated in place, not installed beside", shipped.getBundleId(), only(BSN).getBundleId());
        assertEquals(Bundle.ACTIVE, waitForState(shipped, Bundle.ACTIVE));

        Version v2 = new Version(9, 0, 1, "replaced");
        write(deploy, "status.jar", BundleJars.rebuild(PhantomOptions.jarOf(BSN), Map.of("Bundle-Version", v2.toString())));
        waitFor(() -> only(BSN).getVersion().equals(v2), "phantom.system updated to " + v2);
        assertEquals(shipped.getBundleId(), only(BSN).getBundleId());

        Files.delete(deploy.resolve("status.jar"));
        waitFor(() -> only(BSN).getVersion().equals(original), "phantom.system back to the shipped " + original);
        assertEquals(shipped.getBundleId(), only(BSN).getBundleId());
        assertEquals(Bundle.ACTIVE, waitForState(shipped, Bundle.ACTIVE));
    }

    @Test
    public void aBuildThatCannotResolveIsRefusedAndTheRunningOneKept() throws Exception {
        Path deploy = deployFolder();
        Bundle running = only(BSN);
        Version before = running.getVersion();
        // a build against an API the system does not have: it would never resolve
        byte[] bad = BundleJars.rebuild(PhantomOptions.jarOf(BSN), Map.of("Bundle-Version", "9.9.9.incompatible",
            "Import-Package", "phantom.api.space;version=\"[99.0,100)\",org.osgi.framework"));
        write(deploy, "status.jar", bad);
        waitFor(() -> status().contains("refused " + BSN), "the refusal in deploy:status");
        assertEquals("the running build was kept", before, only(BSN).getVersion());
        assertEquals(Bundle.ACTIVE, waitForState(running, Bundle.ACTIVE));
        assertEquals(running.getBundleId(), only(BSN).getBundleId());
    }

    @Test
    public void aNewBundleIsInstalledAndRemovedWithItsJar() throws Exception {
        Path deploy = deployFolder();
        write(deploy, "extra.jar", BundleJars.rebuild(PhantomOptions.jarOf(BSN), Map.of("Bundle-SymbolicName", "phantom.itests.extra",
            "Bundle-Version", "1.0.0")));
        waitFor(() -> all("phantom.itests.extra").size() == 1 && all("phantom.itests.extra").get(0).getState() == Bundle.ACTIVE,
            "phantom.itests.extra installed and active");
        Files.delete(deploy.resolve("extra.jar"));
        waitFor(() -> all("phantom.itests.extra").isEmpty(), "phantom.itests.extra uninstalled");
    }

    @Test
    public void aSecondBuildOfOneBundleAndANonBundleJarAreRefused() throws Exception {
        Path deploy = deployFolder();
        Version v1 = new Version(9, 1, 0, "first");
        write(deploy, "a.jar", BundleJars.rebuild(PhantomOptions.jarOf(BSN), Map.of("Bundle-Version", v1.toString())));
        waitFor(() -> only(BSN).getVersion().equals(v1), "phantom.system updated to " + v1);
        write(deploy, "b.jar", BundleJars.rebuild(PhantomOptions.jarOf(BSN), Map.of("Bundle-Version", "9.2.0.second")));
        write(deploy, "notes.jar", "not a zip".getBytes());
        waitFor(() -> status().contains("b.jar refused") && status().contains("notes.jar ignored"), "both refusals in deploy:status");
        assertEquals(v1, only(BSN).getVersion());
        assertEquals(1, all(BSN).size());
    }

    /** Pax Exam gives every method of a class the same folders: start each from an empty deploy folder. */
    @org.junit.Before
    public void emptyTheDeployFolder() throws Exception {
        Path deploy = deployFolder();
        try (java.util.stream.Stream<Path> s = Files.list(deploy)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        Version shipped;
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(PhantomOptions.jarOf(BSN).toFile())) {
            shipped = new Version(jf.getManifest().getMainAttributes().getValue("Bundle-Version"));
        }
        Thread.sleep(1000); // the watcher reverts what it applied in this framework
        // Pax Exam keeps the bundle cache between methods: an earlier method's build may still be installed
        for (Bundle b : all("phantom.itests.extra")) b.uninstall();
        Bundle b = only(BSN);
        if (!b.getVersion().equals(shipped)) {
            b.stop(Bundle.STOP_TRANSIENT);
            b.update(Files.newInputStream(PhantomOptions.jarOf(BSN)));
            java.util.concurrent.CountDownLatch refreshed = new java.util.concurrent.CountDownLatch(1);
            context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class).refreshBundles(List.of(b),
                ev -> { if (ev.getType() == org.osgi.framework.FrameworkEvent.PACKAGES_REFRESHED) refreshed.countDown(); });
            refreshed.await(30, TimeUnit.SECONDS);
            if (b.getState() != Bundle.ACTIVE) b.start();
        }
        waitFor(() -> all(BSN).size() == 1 && all(BSN).get(0).getVersion().equals(shipped)
            && all(BSN).get(0).getState() == Bundle.ACTIVE && all("phantom.itests.extra").isEmpty(), "the shipped set");
    }

    private Path deployFolder() throws IOException {
        Path deploy = Path.of(context.getProperty("phantom.deploy"));
        Files.createDirectories(deploy);
        return deploy;
    }

    private String status() {
        try {
            Object c = context.getService(context.getServiceReferences("phantom.deploy.DeployComponent", null)[0]);
            return (String) c.getClass().getMethod("status").invoke(c);
        } catch (ReflectiveOperationException | org.osgi.framework.InvalidSyntaxException | NullPointerException e) {
            return "";
        }
    }

    /** Writes through a temporary name, as a user's copy should, so the watcher never sees half a jar. */
    static void write(Path deploy, String name, byte[] bytes) throws IOException {
        Path tmp = deploy.resolve("." + name + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, deploy.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Bundle> all(String bsn) {
        List<Bundle> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) if (bsn.equals(b.getSymbolicName())) out.add(b);
        return out;
    }

    private Bundle only(String bsn) {
        List<Bundle> bs = all(bsn);
        assertEquals("exactly one " + bsn + " installed", 1, bs.size());
        return bs.get(0);
    }

    interface Check { boolean ok() throws Exception; }

    static void waitFor(Check c, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!c.ok()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for: " + what);
            Thread.sleep(100);
        }
    }

    private static int waitForState(Bundle b, int state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (b.getState() != state && System.nanoTime() < deadline) Thread.sleep(50);
        return b.getState();
    }

}
