package phantom.gc.cycles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The collector's scratch files (data/gc/). Each is locked (an OS lock) by the collection that
 * created it for as long as it is open, so the clean-up at start deletes only files nobody
 * holds: a leftover of a killed collection, never one in use by another process.
 */
final class Scratch {
    private Scratch() {}

    /** A new scratch file in {@code dir}, open, locked, deleted when closed. */
    static FileChannel create(Path dir, String prefix, String suffix) throws IOException {
        Path f = Files.createTempFile(dir, prefix, suffix);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        if (tryLock(ch) == null) {
            ch.close();
            throw new IOException(f + " is locked by another process");
        }
        return ch;
    }

    /** Deletes every file in {@code dir} that no one holds; returns the names of those left because they are in use. */
    static java.util.List<String> clean(Path dir) throws IOException {
        java.util.List<String> inUse = new java.util.ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p)) continue;
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    if (tryLock(ch) == null) {
                        inUse.add(p.getFileName().toString());
                        continue;
                    }
                    Files.deleteIfExists(p); // under our lock: nobody can take it meanwhile
                }
            }
        }
        return inUse;
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this process
        }
    }
}
