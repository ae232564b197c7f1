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
}
