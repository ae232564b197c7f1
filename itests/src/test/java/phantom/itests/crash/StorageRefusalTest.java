package phantom.itests.crash;

import static org.junit.Assert.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * The real launcher on a data directory with nothing whole to restore: a counter runs, is
 * killed with SIGKILL, and its snapshot store is damaged (a byte flipped in every block). The
 * next start is refused in one line on stderr with exit code 1, no thread runs and nothing in
 * the directory changes; with --open-as-is it opens the space as it is and the old store is
 * kept aside; ./phantom image verify names the damage.
 */
public class StorageRefusalTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");

    private static List<String> command(Path data, String... more) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-jar", LAUNCHER.toString(), "--no-shell", "--web", "off",
            "--data", data.toString(), "--deploy", data.resolve("deploy").toString(), "--capacity", "64m",
            "--snapshot-period", "200"));
        cmd.addAll(List.of(more));
        return cmd;
    }

    private static Process start(Path data, Path log, String... more) throws IOException {
        return new ProcessBuilder(command(data, more)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test public void nothingWholeToRestoreIsRefusedThenOpenedAsIsWhenAsked() throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Path dir = Files.createTempDirectory(Files.createDirectories(work), "refusal");
        Path data = dir.resolve("data");
        Process first = start(data, dir.resolve("first.log"), "--start", Path.of("../examples/counter.pasm").toString());
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.readString(dir.resolve("first.log")).contains("count 3")) {
            assertTrue(Files.readString(dir.resolve("first.log")), first.isAlive() && System.currentTimeMillis() < deadline);
            Thread.sleep(50);
        }
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        Path store = data.resolve("snapshots.img");
        try (RandomAccessFile f = new RandomAccessFile(store.toFile(), "rw")) {
            for (long b = 0; b < f.length() / 4096; b++) {
                f.seek(b * 4096 + 20);
                int v = f.read();
                f.seek(b * 4096 + 20);
                f.write(v ^ 0x40);
            }
        }
        byte[] space = Files.readAllBytes(data.resolve("space.mem")), img = Files.readAllBytes(store);

        Process second = new ProcessBuilder(command(data)).redirectOutput(dir.resolve("second.out").toFile())
            .redirectError(dir.resolve("second.err").toFile()).start();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8);
        String line = err.lines().filter(l -> l.startsWith("phantom: ")).findFirst().orElse("");
        assertEquals(err, 1, second.exitValue());
        assertTrue(err, line.contains("was not closed cleanly") && line.contains("no whole generation") && line.contains("--open-as-is"));
        assertTrue("no thread ran", Files.readString(dir.resolve("second.out")).lines().noneMatch(l -> l.startsWith("count ")));
        assertArrayEquals("the space is as it was", space, Files.readAllBytes(data.resolve("space.mem")));
        assertArrayEquals("the store is as it was", img, Files.readAllBytes(store));

        Process verify = new ProcessBuilder("bash", "../phantom", "image", "verify", data.toString()).redirectErrorStream(true).start();
        String report = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(120, TimeUnit.SECONDS));
        assertEquals(report, 1, verify.exitValue());
        assertTrue(report, report.contains("superblock 0 has a bad checksum") && report.contains("superblock 1 has a bad checksum"));

        Process third = start(data, dir.resolve("third.log"), "--open-as-is");
        deadline = System.currentTimeMillis() + 60_000;
        while (Files.readString(dir.resolve("third.log")).lines().noneMatch(l -> l.startsWith("count "))) {
            assertTrue(Files.readString(dir.resolve("third.log")), third.isAlive() && System.currentTimeMillis() < deadline);
            Thread.sleep(50);
        }
        third.destroy();
        assertTrue(third.waitFor(30, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("third.log"));
        assertTrue(log, log.contains("AS IT IS"));
        try (var files = Files.list(data)) {
            assertTrue("the old store is kept aside", files.anyMatch(p -> p.getFileName().toString().startsWith("snapshots.img.unusable-")));
        }
    }
}
