package phantom.api.kernel;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs VM threads on a small pool of carrier threads and owns the safepoint protocol: a
 * safepoint is an instant at which every VM thread is parked at an instruction boundary with
 * its whole state in the object space.
 */
@ProviderType
public interface Scheduler {

    /** Makes a VM thread (an object in the space) runnable. */
    void schedule(long thread);

    /**
     * A call the thread is waiting on may complete now (input arrived, a lock was released):
     * run it again at once instead of at its retry time. Safe from any thread, cheap, never
     * blocks; a thread that is not waiting is left alone.
     */
    default void wake(long thread) {}

    /** Parks every VM thread at its next safepoint, runs {@code action}, then releases them. */
    void atSafepoint(Runnable action) throws InterruptedException;

    /**
     * Runs {@code action} as one step no safepoint can cut: a safepoint requested meanwhile
     * waits for it, and it waits for a safepoint in progress. For Java code that changes the
     * space outside VM instructions (the cycle collector's frees), so a snapshot never sees
     * half of such a change.
     */
    void runAtomically(Runnable action) throws InterruptedException;

    /** VM threads of the real-time and normal classes that are ready and waiting for a carrier. */
    default int waitingThreads() { return 0; }

    /** Number of VM threads that exist and have not finished. */
    int threadCount();
}
