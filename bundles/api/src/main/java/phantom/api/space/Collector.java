package phantom.api.space;

import org.osgi.annotation.versioning.ProviderType;

/**
 * GC tier two: a collector that marks a durable snapshot of the space and frees, in the live
 * space, what was unreachable in it: cycles, and objects whose count stuck.
 */
@ProviderType
public interface Collector {

    /** Collects on the newest durable snapshot now (after a collection in progress) and reports. */
    CollectionReport collectNow() throws InterruptedException;

    /** The report of the last collection that ended (finished, abandoned or failed); null before the first. */
    CollectionReport lastReport();

    /** What the collector is doing now, one line. */
    String state();
}
