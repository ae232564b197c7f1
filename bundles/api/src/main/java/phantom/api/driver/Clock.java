package phantom.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** The clock device: wall-clock time for deadlines that outlive a restart, monotonic time for intervals. */
@ConsumerType
public interface Clock {
    /** Milliseconds since the epoch, as the host's wall clock says. */
    long wallMillis();

    /** Nanoseconds from an arbitrary origin; never goes back within one process. */
    long monotonicNanos();
}
