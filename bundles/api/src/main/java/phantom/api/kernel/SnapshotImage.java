package phantom.api.kernel;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A durable snapshot generation, read in place: the whole object space as it was at that
 * snapshot's flip. Pages never written read as zero. Every page's checksum is verified the
 * first time it is read; a mismatch throws. Reads from one thread at a time.
 */
@ProviderType
public interface SnapshotImage extends AutoCloseable {

    /** The generation number. */
    long generation();

    /** Bytes of space the image covers. */
    long capacity();

    /** The little-endian long at space address {@code address} (8-byte aligned). */
    long readLong(long address) throws IOException;

    /** The little-endian int at {@code address} (4-byte aligned). */
    int readInt(long address) throws IOException;

    /** The little-endian short at {@code address} (2-byte aligned). */
    short readShort(long address) throws IOException;

    /** Bytes of the store file the generation's pages occupy (for rate figures). */
    long storedPages();

    /** Releases the generation: the store may reuse its blocks once newer ones are durable. */
    @Override void close();
}
