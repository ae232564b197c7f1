package phantom.api.space;

/**
 * What one run of the cycle collector did.
 *
 * @param generation    the snapshot generation it marked
 * @param outcome       "finished", "abandoned" (stopped or updated meanwhile: nothing half done) or "failed: why"
 * @param allocated     objects allocated in the snapshot (its allocator's count): marked + freed + reused when finished
 * @param marked        objects reachable in the snapshot
 * @param freedObjects  objects freed in the live space
 * @param freedBytes    their bytes (size-class rounded)
 * @param cyclic        freed objects whose count was above zero in the snapshot: kept alive only by
 *                      other garbage (members of cycles and what hangs from them), or stuck counts
 * @param reused        garbage of the snapshot already freed, or its address reused, since: left alone
 * @param imageBytes    bytes of space the snapshot covered up to its heap end
 * @param markMillis    time to mark
 * @param sweepMillis   time to walk the snapshot's heap and free
 */
public record CollectionReport(long generation, String outcome, long allocated, long marked, long freedObjects, long freedBytes,
                               long cyclic, long reused, long imageBytes, long markMillis, long sweepMillis) {

    public String summary() {
        return "gc of generation " + generation + " " + outcome + ": " + freedObjects + " objects freed (" + freedBytes
            + " bytes), " + cyclic + " of them cyclic garbage; " + marked + " live and " + reused + " already gone of "
            + allocated + " objects in the snapshot; mark " + markMillis + " ms, sweep " + sweepMillis + " ms";
    }
}
