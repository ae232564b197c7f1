package phantom.api.space;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Called by the write barrier before the first write to a page in a snapshot epoch, while the
 * page still holds what it held when the epoch began. No other thread writes the page until
 * this returns.
 */
@ConsumerType
public interface SnapshotHook {
    /**
     * @param page          the page about to be written
     * @param epoch         the current epoch
     * @param previousEpoch the epoch in which the page was last written (0: not since the space was opened)
     */
    void beforeFirstWrite(ObjectSpace space, long page, long epoch, long previousEpoch);
}
