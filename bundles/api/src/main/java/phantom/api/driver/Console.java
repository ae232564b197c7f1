package phantom.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** A text console: what the tty class prints to and reads lines from. */
@ConsumerType
public interface Console {

    void print(String text);

    /** The next line without its terminator, or null at end of input. Blocks. */
    String readLine();

    /**
     * The next line if one has arrived, else null at once; {@link #atEnd()} tells an empty
     * input from a finished one. The VM uses this so a thread waiting for input never blocks a
     * carrier, and its read is issued again after a restart.
     */
    default String pollLine() { return readLine(); }

    /** True when the input has ended and every line was taken. */
    default boolean atEnd() { return false; }

    /**
     * Calls {@code listener} (on the driver's thread) whenever a line arrives or the input ends,
     * until the returned registration is closed. A console without input never calls it.
     */
    default Registration listen(Runnable listener) { return () -> {}; }
}
