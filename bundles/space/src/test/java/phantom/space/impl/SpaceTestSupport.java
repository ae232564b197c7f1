package phantom.space.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class SpaceTestSupport {
    private SpaceTestSupport() {}

    /** A fresh directory under target/, on the same disk the build uses (not a RAM disk). */
    static Path newDir(String name) throws IOException {
        Path base = Path.of("target", "test-spaces");
        Files.createDirectories(base);
        return Files.createTempDirectory(base, name);
    }
}
