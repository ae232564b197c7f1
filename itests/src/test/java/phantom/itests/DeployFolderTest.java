package phantom.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/** A bundle dropped into the deploy folder is installed and started; a newer copy updates it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeployFolderTest {

    @Inject BundleContext context;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    @Test
    public void droppingAndReplacingABundleInstallsAndUpdatesIt() throws Exception {
        Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
        Files.createDirectories(deploy);
        Path jar = PhantomOptions.jarOf("phantom.system");
        String location = deploy.resolve("status.jar").toUri().toString();

        Version v1 = new Version(9, 0, 0, "dropped");
        write(deploy, LiveUpdateTest.rebuild(jar, v1));
        Bundle b = waitForVersion(v1);
        assertEquals(Bundle.ACTIVE, waitForState(b, Bundle.ACTIVE));

        Version v2 = new Version(9, 0, 1, "replaced");
        write(deploy, LiveUpdateTest.rebuild(jar, v2));
        Bundle updated = waitForVersion(v2);
        assertEquals("the same bundle was updated, not a second one installed", b.getBundleId(), updated.getBundleId());
        assertEquals(Bundle.ACTIVE, waitForState(updated, Bundle.ACTIVE));
        assertNull(find(v1));

        Files.delete(deploy.resolve("status.jar"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (find(v2) != null && System.nanoTime() < deadline) Thread.sleep(100);
        assertNull("removing the file uninstalls the bundle", find(v2));
        assertNotNull(location);
    }

    /** Writes through a temporary name so the watcher never sees half a jar. */
    private static void write(Path deploy, byte[] bytes) throws Exception {
        Path tmp = deploy.resolve("status.jar.tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, deploy.resolve("status.jar"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Bundle find(Version v) {
        for (Bundle b : context.getBundles()) {
            if ("phantom.system".equals(b.getSymbolicName()) && v.equals(b.getVersion())) return b;
        }
        return null;
    }

    private Bundle waitForVersion(Version v) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Bundle b;
        while ((b = find(v)) == null) {
            if (System.nanoTime() > deadline) throw new AssertionError("no phantom.system " + v + " was installed from the deploy folder");
            Thread.sleep(100);
        }
        return b;
    }

    private static int waitForState(Bundle b, int state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (b.getState() != state && System.nanoTime() < deadline) Thread.sleep(50);
        return b.getState();
    }
}
