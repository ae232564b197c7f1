package phantom.api.kernel;

import org.osgi.annotation.versioning.ConsumerType;

/** Runs one slice of a VM thread: what the scheduler calls on a carrier thread (the interpreter). */
@ConsumerType
public interface Executor {

    enum Outcome {
        /** The budget ran out or a safepoint was requested; runnable again at once. */
        YIELDED,
        /** Waiting: for a deadline ({@link #wakeAt}) or a monitor. */
        BLOCKED,
        /** The thread returned from its first frame or died of an uncaught exception. */
        FINISHED
    }

    /**
     * Runs {@code thread} for about {@code budget} instructions. On return the thread's whole
     * state is in the object space.
     */
    Outcome run(long thread, int budget, SafepointFlag safepoint);

    /** For a thread that returned BLOCKED on a deadline: the wall-clock time to wake it, else 0. */
    long wakeAt(long thread);

    /** Priority classes; a ready real-time thread runs before any normal one, idle ones only when nothing else is ready. */
    int REALTIME = 1, NORMAL = 0, IDLE = 2;

    /** The thread's priority class: {@link #NORMAL}, {@link #REALTIME} or {@link #IDLE}. */
    default int priority(long thread) { return NORMAL; }

    /**
     * Run by the scheduler at each safepoint, once no slice runs and before the safepoint's
     * action (a snapshot, a handover): work that needs every thread stopped (the VM frees its
     * zero-count table, so a snapshot holds no garbage the table was waiting to free).
     */
    default void atSafepoint() {}

    /** Polled by the interpreter at calls and backward jumps. */
    interface SafepointFlag {
        boolean requested();
    }
}
