package phantom.api.space;

import java.io.IOException;
import java.lang.foreign.MemorySegment;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The pages of a committed snapshot generation, read on demand after a lazy restart
 * ({@link SpaceRecovery#recoverLazily}): the space opens at once and reads each page the first
 * time it is touched (and the rest in the background), never trusting a page that did not come
 * from the generation and pass its checksum.
 */
@ConsumerType
public interface LazyRestore extends AutoCloseable {
    /** The generation the space is restored from. */
    long generation();

    /**
     * Pages {@code [0, pages())} make up the generation's used space. The space file prepared by
     * the restore holds the generation's header pages, zero from {@code pages()} on, and stale
     * contents between, never to be read before {@link #read} has put the page in.
     */
    long pages();

    /**
     * Reads page {@code page} of the generation into {@code dst} (one page long), checked against
     * its checksum. Returns false, having zeroed {@code dst}, when the page is all zero in the generation.
     *
     * @throws IOException when the page cannot be read or fails its checksum: the generation is damaged
     */
    boolean read(long page, MemorySegment dst) throws IOException;

    /**
     * Reads the {@code count} pages from {@code page} on into {@code dst} (as {@link #read}, in as few
     * large reads as the store's layout allows); returns how many were not all zero.
     */
    default int readRun(long page, int count, MemorySegment dst) throws IOException {
        int n = 0;
        long size = dst.byteSize() / count;
        for (int i = 0; i < count; i++) if (read(page + i, dst.asSlice(i * size, size))) n++;
        return n;
    }

    /**
     * A page of this generation was found damaged at its first touch: recorded beside the store so
     * that the next start restores the generation before it (loudly), since this life descends
     * from a damaged state and must never be snapshotted.
     */
    void damaged(long page, String problem);

    /** Releases the store (every page is in, or the space closes). */
    @Override void close() throws IOException;
}
