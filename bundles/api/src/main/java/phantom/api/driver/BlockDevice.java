package phantom.api.driver;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An open block device: positioned reads and writes, a durability barrier, and a read-only
 * mapping for readers that want the contents in place. Safe for concurrent positioned reads
 * and writes from several threads.
 */
@ProviderType
public interface BlockDevice extends AutoCloseable {

    /** Bytes in one block, the unit a store lays out its data in (4096 on every platform). */
    int blockSize();

    /** Current size in bytes. */
    long size() throws IOException;

    /** Reads into {@code dst} from {@code position} until it is full or the device ends; returns the bytes read. */
    int read(ByteBuffer dst, long position) throws IOException;

    /** Writes all of {@code src} at {@code position}; a full device throws an IOException saying so. */
    void write(ByteBuffer src, long position) throws IOException;

    /** Returns once every write made before it is durable (survives a power cut). */
    void force() throws IOException;

    /** The first {@code size()} bytes, mapped read-only into {@code arena}; unmapped when the arena closes. */
    MemorySegment map(Arena arena) throws IOException;

    /** A name for messages (the file path). */
    String name();

    @Override void close() throws IOException;
}
