package phantom.api.space;

/**
 * Allocation figures of a space.
 *
 * @param capacity       bytes the space can address
 * @param used           bytes handed out by the bump pointer so far (high-water mark)
 * @param liveObjects    objects allocated and not freed
 * @param liveBytes      bytes of those objects, rounded to their size class
 * @param requestedBytes bytes those objects asked for (header included)
 * @param freeListBytes  bytes waiting on free lists for reuse
 */
public record SpaceStats(long capacity, long used, long liveObjects, long liveBytes,
                         long requestedBytes, long freeListBytes) {

    /** Share of used memory that is free but not yet reused (external fragmentation). */
    public double externalFragmentation() {
        return used == 0 ? 0 : (double) freeListBytes / used;
    }

    /** Share of live bytes lost to size-class rounding (internal fragmentation). */
    public double internalFragmentation() {
        return liveBytes == 0 ? 0 : 1.0 - (double) requestedBytes / liveBytes;
    }
}
