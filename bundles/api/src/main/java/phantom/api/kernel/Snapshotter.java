package phantom.api.kernel;

import org.osgi.annotation.versioning.ProviderType;

/** Takes snapshots of the object space and restores the newest complete one at start. */
@ProviderType
public interface Snapshotter {

    /** Starts a snapshot now; returns its generation number. */
    long snapshotNow() throws InterruptedException;

    /** Starts a snapshot and waits until it is durable on disk; returns its generation. */
    long snapshotAndWait() throws InterruptedException;

    /** The newest generation that is complete on disk, or -1 when there is none. */
    long lastDurableGeneration();

    /**
     * Opens the newest durable generation for reading and keeps it on disk until the image is
     * closed, however many snapshots are taken meanwhile. Null when there is none yet.
     */
    SnapshotImage openImage() throws java.io.IOException;

    /** The last snapshots made durable in this process, oldest first (at most 120). */
    java.util.List<Taken> history();

    /**
     * One durable snapshot: when its epoch flipped, the pause of the flip, the pages and bytes
     * it wrote and how long writing them took.
     */
    record Taken(long generation, long flippedAtMillis, long pauseNanos, long pages, long bytes, long writeMillis) {}

    /**
     * The generation being written now, or null: it holds the pages whose latest first write is in
     * an epoch after {@code afterEpoch} and before {@code flipEpoch} (every used page when {@code full}).
     */
    InProgress inProgress();

    /** A snapshot being written: see {@link #inProgress()}. */
    record InProgress(long generation, long afterEpoch, long flipEpoch, boolean full) {}
}
