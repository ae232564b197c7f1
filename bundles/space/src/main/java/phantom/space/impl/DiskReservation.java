package phantom.space.impl;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * Disk blocks for the space file's pages before they are written through the mapping. A write
 * to a page of a sparse mapped file that the disk has no room for is a SIGBUS, which Java turns
 * into an InternalError on whatever thread wrote: half an update done, no way back. So the
 * allocator reserves the blocks of every page it hands out first (posix_fallocate: extents,
 * no data written), and a full disk is a clean {@code SpaceFullException} at allocation.
 * Without posix_fallocate on the host (or native access refused), nothing is reserved. The
 * descriptor stays open until the space closes: closing any descriptor of the file drops the
 * process's OS lock on it.
 */
final class DiskReservation implements AutoCloseable {
    private static final int O_RDWR = 2;

    private final Path path;
    private final MethodHandle fallocate, close;
    private final int fd;

    private DiskReservation(Path path, MethodHandle fallocate, MethodHandle close, int fd) {
        this.path = path;
        this.fallocate = fallocate;
        this.close = close;
        this.fd = fd;
    }

    /** A reservation handle on {@code path}, or null when the host cannot reserve (the reason is in {@code why[0]}). */
    static DiskReservation open(Path path, String[] why) {
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            MethodHandle fa = linker.downcallHandle(libc.find("posix_fallocate").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG));
            MethodHandle open = linker.downcallHandle(libc.find("open").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
            MethodHandle close = linker.downcallHandle(libc.find("close").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            int fd;
            try (Arena a = Arena.ofConfined()) {
                fd = (int) open.invokeExact(a.allocateFrom(path.toString()), O_RDWR, 0);
            }
            if (fd < 0) {
                why[0] = "cannot open " + path + " to reserve its blocks";
                return null;
            }
            return new DiskReservation(path, fa, close, fd);
        } catch (Throwable e) {
            why[0] = "this host cannot reserve disk blocks (" + e + ")";
            return null;
        }
    }

    /** Makes sure bytes [from, to) of the file have disk blocks; existing data is not changed. */
    void reserve(long from, long to) throws IOException {
        if (to <= from) return;
        int err;
        try {
            err = (int) fallocate.invokeExact(fd, from, to - from);
        } catch (Throwable e) {
            throw new IOException("reserving disk for " + path + " failed: " + e, e);
        }
        if (err != 0) {
            throw new IOException(err == 28 ? "No space left on device" : "posix_fallocate failed with error " + err);
        }
    }

    @Override public void close() {
        try {
            int ignored = (int) close.invokeExact(fd);
        } catch (Throwable e) {
            // the descriptor dies with the process anyway
        }
    }
}
