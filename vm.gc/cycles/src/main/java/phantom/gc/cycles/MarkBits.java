package phantom.gc.cycles;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * One mark bit per 16 bytes of space (every object starts on a 16-byte boundary), in a sparse
 * memory-mapped scratch file: outside the image and off the Java heap, and only the parts of
 * it that are touched take memory. Deleted on close.
 */
final class MarkBits implements AutoCloseable {
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment bits;
    private final FileChannel ch;

    MarkBits(Path dir, long capacity) throws IOException {
        long bytes = Math.max(8, ((capacity >>> 4) + 63) / 64 * 8);
        ch = Scratch.create(dir, "marks-", ".bits");
        try {
            ch.write(ByteBuffer.allocate(1), bytes - 1); // sparse: all zero, no blocks yet
            bits = ch.map(FileChannel.MapMode.READ_WRITE, 0, bytes, arena);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Sets the bit of {@code addr}; true if it was clear. */
    boolean mark(long addr) {
        long bit = addr >>> 4, off = (bit >>> 6) << 3, m = 1L << (bit & 63);
        long w = bits.get(WORD, off);
        if ((w & m) != 0) return false;
        bits.set(WORD, off, w | m);
        return true;
    }

    boolean isMarked(long addr) {
        long bit = addr >>> 4;
        return (bits.get(WORD, (bit >>> 6) << 3) & (1L << (bit & 63))) != 0;
    }

    @Override public void close() throws IOException {
        try {
            if (arena.scope().isAlive()) arena.close();
        } finally {
            ch.close();
        }
    }
}
