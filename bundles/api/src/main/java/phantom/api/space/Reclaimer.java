package phantom.api.space;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Frees an object whose reference count dropped to zero (the first GC tier). Called by the
 * write barrier on the thread that dropped the count. An implementation must release the
 * object's children and free it through {@link ObjectSpace#free}, without deep recursion.
 */
@ConsumerType
public interface Reclaimer {
    void reclaim(ObjectSpace space, long obj);
}
