package phantom.space.impl;

import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real host file-system states for tests: a small tmpfs that fills up, an immutable file. Both
 * need root (CI runs as root); without it the test is skipped with a message saying why.
 */
final class HostFs {
    private HostFs() {}

    static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 ? null : String.join(" ", cmd) + ": " + out;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "2m") on a new directory under target/; skips the test when it cannot. */
    static Path tmpfs(String size) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tmpfs").toAbsolutePath();
        String failed = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        assumeTrue("SKIPPED: this test needs a real small file system and could not mount one (run as root, as CI does): " + failed,
            failed == null);
        return dir;
    }

    static void unmount(Path dir) throws Exception {
        if (dir != null) run("umount", "-l", dir.toString());
    }

    /** Makes {@code file} immutable (chattr +i); skips the test when it cannot. */
    static void immutable(Path file, boolean on) throws Exception {
        String failed = run("chattr", on ? "+i" : "-i", file.toString());
        if (on) assumeTrue("SKIPPED: this test needs chattr +i (root on ext4/xfs, as CI has): " + failed, failed == null);
    }

    /** Fills the file system holding {@code dir} with a file of zeros until it is full; returns the file. */
    static Path fill(Path dir) throws IOException {
        Path f = dir.resolve("filler");
        byte[] chunk = new byte[4096];
        try (var out = Files.newOutputStream(f)) {
            while (true) out.write(chunk);
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) throw full;
        }
        return f;
    }
}
