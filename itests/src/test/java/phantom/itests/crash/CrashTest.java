package phantom.itests.crash;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/** The kill harness, 20 kills (CI); {@code ./phantom crash-test 200} runs more. */
public class CrashTest {
    @Test
    public void survivesTwentyKills() throws Exception {
        int kills = Integer.getInteger("phantom.kills", 20);
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "crash");
        KillHarness.Result r = new KillHarness(Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar"), data,
            Path.of("src/test/resources/workload.pasm"), 20261124L).run(kills);
        System.out.println(r.summary());
        assertEquals(r.problems().toString(), 0, r.corruptions());
        assertEquals(kills, r.verified());
    }
}
