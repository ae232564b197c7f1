package phantom.devices;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import phantom.api.driver.BlockDevice;
import phantom.api.driver.BlockStorage;

/**
 * Block storage on a host file, through positioned FileChannel reads and writes; {@link
 * BlockDevice#force} is fsync of data and metadata. Every open file carries an OS lock (exclusive
 * for writing, shared for reading) for as long as it is open. The platform bundles register it.
 */
public class FileBlockStorage implements BlockStorage {
    public static final int BLOCK = 4096;

    /**
     * Files open through this storage. A second open in this process is refused before a channel
     * is opened: closing that channel would drop the OS lock the first one holds (POSIX locks
     * belong to the process, and any close of the file releases them).
     */
    private final Set<Path> open = ConcurrentHashMap.newKeySet();

    /** Opened with an exclusive OS lock, held until closed: a second opener (another process) is refused. */
    @Override public BlockDevice open(Path path) throws IOException {
        return openOnce(path, false);
    }

    /** Opened with a shared OS lock: readers together, never beside a writer. */
    @Override public BlockDevice openReadOnly(Path path) throws IOException {
        return openOnce(path, true);
    }

    private BlockDevice openOnce(Path path, boolean readOnly) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        if (!open.add(key)) throw new IOException(path + " is in use (open already in this process)");
        try {
            FileChannel ch = readOnly ? FileChannel.open(path, StandardOpenOption.READ)
                : FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            return new FileDevice(path, locked(path, ch, readOnly), () -> open.remove(key));
        } catch (IOException | RuntimeException e) {
            open.remove(key);
            throw e;
        }
    }

    private static FileChannel locked(Path path, FileChannel ch, boolean shared) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null; // open already in this process
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new IOException(path + " is in use by another process (it holds the file's lock)");
        }
        return ch;
    }

    private static final class FileDevice implements BlockDevice {
        private final Path path;
        private final FileChannel ch;
        private final Runnable onClose;

        FileDevice(Path path, FileChannel ch, Runnable onClose) {
            this.path = path;
            this.ch = ch;
            this.onClose = onClose;
        }

        @Override public int blockSize() { return BLOCK; }

        @Override public long size() throws IOException { return ch.size(); }

        @Override public int read(ByteBuffer dst, long position) throws IOException {
            int total = 0;
            while (dst.hasRemaining()) {
                int n = ch.read(dst, position + total);
                if (n < 0) break;
                total += n;
            }
            return total;
        }

        @Override public void write(ByteBuffer src, long position) throws IOException {
            long at = position;
            try {
                while (src.hasRemaining()) at += ch.write(src, at);
            } catch (IOException e) {
                // the host's message ("No space left on device", ...) with where it happened
                throw new IOException(path + ": writing at byte " + at + " failed: " + e.getMessage(), e);
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw new IOException(path + " is open for reading only");
            }
        }

        @Override public void force() throws IOException { ch.force(true); }

        @Override public MemorySegment map(Arena arena) throws IOException {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
        }

        @Override public String name() { return path.toString(); }

        @Override public void close() throws IOException {
            try {
                ch.close();
            } finally {
                onClose.run();
            }
        }
    }
}
