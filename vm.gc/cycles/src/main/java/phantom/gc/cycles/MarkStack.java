package phantom.gc.cycles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The mark work list: a fixed buffer on the heap; when it fills, its older half goes to a
 * scratch file, and comes back when the buffer empties. So a node with a million children, or
 * a deep structure, needs disk, not heap. Deleted on close.
 */
final class MarkStack implements AutoCloseable {
    static final long EMPTY = -1;
    private final long[] buf;
    private final int half;
    private final Path dir;
    private final ByteBuffer io;
    private FileChannel spill;
    private long chunks;
    private int top;
    long spilledChunks;

    MarkStack(Path dir, int capacity) {
        this.dir = dir;
        this.buf = new long[capacity];
        this.half = capacity / 2;
        this.io = ByteBuffer.allocateDirect(half * 8).order(ByteOrder.LITTLE_ENDIAN);
    }

    void push(long v) throws IOException {
        if (top == buf.length) spillHalf();
        buf[top++] = v;
    }

    /** The next entry, or {@link #EMPTY}. */
    long pop() throws IOException {
        if (top == 0) {
            if (chunks == 0) return EMPTY;
            reload();
        }
        return buf[--top];
    }

    private void spillHalf() throws IOException {
        if (spill == null) {
            spill = Scratch.create(dir, "markstack-", ".bin");
        }
        io.clear();
        io.asLongBuffer().put(buf, 0, half);
        long pos = chunks * half * 8L;
        while (io.hasRemaining()) spill.write(io, pos + io.position());
        chunks++;
        spilledChunks++;
        System.arraycopy(buf, half, buf, 0, top - half);
        top -= half;
    }

    private void reload() throws IOException {
        chunks--;
        io.clear();
        long pos = chunks * half * 8L;
        while (io.hasRemaining()) {
            if (spill.read(io, pos + io.position()) < 0) throw new IOException("mark stack spill file truncated");
        }
        io.flip();
        LongBuffer lb = io.asLongBuffer();
        lb.get(buf, 0, half);
        top = half;
    }

    @Override public void close() throws IOException {
        if (spill != null) spill.close();
    }
}
