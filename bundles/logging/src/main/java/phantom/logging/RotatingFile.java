package phantom.logging;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * phantom.log, rotated by size: when a line would take it past {@code maxBytes} it becomes
 * phantom.log.1 (phantom.log.1 becomes .2, ...; the oldest beyond {@code keep} is deleted).
 * Not thread-safe: the sink holds its lock. A failing disk never fails the caller: the line is
 * dropped and one warning goes to stderr.
 */
final class RotatingFile {
    private final Path path;
    private final long maxBytes;
    private final int keep;
    private Writer out;
    private long size;
    private boolean warned;

    RotatingFile(Path path, long maxBytes, int keep) {
        this.path = path;
        this.maxBytes = Math.max(1024, maxBytes);
        this.keep = Math.max(1, keep);
    }

    Path path() { return path; }

    void write(String line) {
        byte[] b = (line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        try {
            if (out == null) open();
            if (size > 0 && size + b.length > maxBytes) {
                close();
                rotate();
                open();
            }
            out.write(line);
            out.write(System.lineSeparator());
            out.flush();
            size += b.length;
        } catch (IOException e) {
            if (!warned) System.err.println("phantom: cannot write the log file " + path + ": " + e.getMessage());
            warned = true;
            try {
                close();
            } catch (IOException ignored) {
                // already failing: the next line tries to open it again
            }
        }
    }

    private void open() throws IOException {
        Files.createDirectories(path.getParent());
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(path);
    }

    private void rotate() throws IOException {
        Files.deleteIfExists(numbered(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(numbered(i))) Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(path, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    }

    Path numbered(int i) { return path.resolveSibling(path.getFileName() + "." + i); }

    void close() throws IOException {
        if (out != null) {
            Writer w = out;
            out = null;
            w.close();
        }
    }
}
