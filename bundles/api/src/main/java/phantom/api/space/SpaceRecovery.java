package phantom.api.space;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Brings a space file back to the newest consistent state before the space opens it, when the
 * file cannot be trusted as it is (the process was killed, the machine lost power, or a file
 * that claims a clean close fails its checks).
 */
@ConsumerType
public interface SpaceRecovery {
    /** Service property of the {@link ObjectSpace}: how it was opened ({@code created}, {@code clean}, {@code restored}, {@code as-is}). */
    String ORIGIN_PROPERTY = "phantom.space.origin";
    /**
     * Service property of the {@link ObjectSpace} when {@code restored}: the generation it was restored from (a Long);
     * when {@code clean}, present if the space is exactly the store's newest generation ({@link #generationOf}).
     */
    String GENERATION_PROPERTY = "phantom.space.restoredGeneration";

    /**
     * Rewrites the space file from the newest snapshot generation that is whole (every page
     * checked) and returns its number. A generation that is not whole is never written, even in
     * part: the older one is tried, and when none is whole the file is left as it was.
     *
     * @param spaceFile where the space lives (the store is found beside it)
     * @param target the space file, open for writing and locked by the caller: the restore
     *        writes through it (closing another channel on the file would drop the caller's lock)
     * @throws NoUsableGenerationException when there is no whole generation to restore
     * @throws IOException when the restore itself fails (the store is left as it was)
     */
    long recover(Path spaceFile, FileChannel target) throws IOException;

    /**
     * A lazy restart: the space file is prepared from the newest whole-looking generation (its
     * header pages restored and checked, every other page left to be read on first touch) and the
     * returned {@link LazyRestore} reads the rest, each page checked against its checksum as it is
     * read. The generation's root and map pages are checked before this returns; a data page that
     * fails its check later is reported through {@link LazyRestore#damaged}, and the next start
     * skips that generation. Returns null when lazy restarts are not supported: then {@link #recover}.
     *
     * @throws NoUsableGenerationException as {@link #recover}
     */
    default LazyRestore recoverLazily(Path spaceFile, FileChannel target) throws IOException { return null; }

    /**
     * For a space file that opened cleanly: the number of the store's newest generation when the
     * space holds exactly it (every page but the two header pages has the checksum the generation
     * recorded for it), so that the first snapshot writes only what changed since instead of every
     * page; -1 when it does not, or there is no such generation. Reads the store only.
     *
     * @param pageChecksums the CRC32C of every page below the space's bump pointer, verified at the open
     */
    default long generationOf(Path spaceFile, int[] pageChecksums) { return -1; }
}
