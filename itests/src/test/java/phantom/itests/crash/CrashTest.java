package phantom.itests.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/**
 * The kill harness, 20 kills (CI) with the Java workload beside the assembly one, and 6 kills with a gibibyte more live, so that restarts page
 * it in lazily while they are killed; {@code ./phantom crash-test 200 [--ballast MIB]} runs more.
 */
public class CrashTest {
    @Test
    public void survivesTwentyKills() throws Exception {
        int kills = Integer.getInteger("phantom.kills", 20);
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "crash");
        KillHarness.Result r = new KillHarness(Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar"), data,
            Path.of("src/test/resources/workload.pasm"), 20261124L).withJava(Path.of("../examples/Bank.java")).run(kills);
        System.out.println(r.summary());
        assertEquals(r.problems().toString(), 0, r.corruptions());
        assertEquals(kills, r.verified());
    }

    @Test
    public void survivesKillsDuringTheLazyPageInOfAGibibyteLive() throws Exception {
        int kills = Integer.getInteger("phantom.ballastKills", 6);
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "crash-ballast");
        try {
            KillHarness.Result r = new KillHarness(Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar"), data,
                Path.of("src/test/resources/workload.pasm"), 20261202L, 1024).run(kills);
            System.out.println(r.summary());
            assertEquals(r.problems().toString(), 0, r.corruptions());
            assertEquals(kills, r.verified());
            assertTrue("some kills landed while a restart was still paging the gibibyte in: " + r.summary(), r.duringPageIn() > 0);
        } finally {
            // two gibibytes of space and store: not left behind in the build folder
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
