package phantom.api.space;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told after each collection of GC tier two that freed objects (a whiteboard service the
 * collector finds in the registry). Lets a subsystem that keeps Java-side views of space
 * objects drop those of objects just freed, instead of holding them until its next use.
 * Called on the collector's thread, outside any safepoint; it should be quick and must not
 * wait for a collection.
 */
@ConsumerType
public interface CollectionListener {
    void collected(CollectionReport report);
}
