package phantom.api.classes;

import org.osgi.annotation.versioning.ProviderType;

import phantom.api.driver.Console;
import phantom.api.space.ObjectSpace;

/** What the VM offers an internal method while it runs: the space, strings, errors, the thread. */
@ProviderType
public interface NativeCall {

    ObjectSpace space();

    /** A new string object (count 1, owned by the caller). */
    long newString(String value);

    /** The Java text of a string object. Throws a VM error if {@code ref} is not a string. */
    String stringValue(long ref);

    /** True when {@code ref} is an instance of the class named {@code className} (or a subclass). */
    boolean isInstance(long ref, String className);

    /** The class object named {@code className} (not counted), or 0 if there is none. */
    long classNamed(String className);

    /**
     * The space's one string equal to the string {@code ref} (counted for the caller): the same
     * object for equal texts, and for every class's literal of that text (Java's String.intern).
     */
    default long intern(long ref) { throw new UnsupportedOperationException("intern"); }

    /** The name of the class of any reference ("int" for an immediate, "null" for null). */
    String className(long ref);

    /** Text for any value: a string's content, a number's digits, else class@address. */
    String describe(long ref);

    /**
     * A new instance of a loaded or internal class (count 1). For {@code long} and {@code double}
     * it is a number box of 8 data bytes, zero, which the caller sets before returning it.
     */
    long newInstance(String className);

    /** The VM thread making the call. */
    long thread();

    /** The console the VM's tty writes to and reads from. */
    Console console();

    /** The clock device (the host's clocks when no driver is bound). */
    default phantom.api.driver.Clock clock() {
        return new phantom.api.driver.Clock() {
            @Override public long wallMillis() { return System.currentTimeMillis(); }

            @Override public long monotonicNanos() { return System.nanoTime(); }
        };
    }

    /**
     * Makes the calling VM thread wait until the wall-clock time {@code epochMillis} after this
     * call returns. The deadline is kept in the thread, so it holds across a restart.
     */
    void sleepUntil(long epochMillis);

    /**
     * Ends this call without effect and has the VM issue it again after {@code millis}: the
     * call instruction and its arguments stay in the caller's frame, in the space, so a call
     * caught waiting by a snapshot is issued again after a restart. For blocking calls (a
     * contended mutex, an empty semaphore). The method's return value is ignored.
     */
    void retryLater(long millis);

    /**
     * Like {@link #retryLater}, and the call is issued again as soon as {@code event} is
     * signalled (by a driver, through the scheduler's completion ring), at the latest after
     * {@code millis}. Event names: {@code "console"} for console input,
     * {@link phantom.api.driver.Network#event} ({@code "net:<handle>"}) for a socket that may be ready.
     */
    default void retryOn(String event, long millis) { retryLater(millis); }

    /**
     * Largest string, in UTF-8 bytes, the VM lets a program make ({@link #newString} refuses
     * longer ones with a VM error); checked before building big Java strings, so a program that
     * keeps doubling a string gets an error instead of exhausting the carrier's Java heap.
     */
    default int maxStringBytes() { return 4 << 20; }

    /**
     * The number of elements of an array {@code newarray} made (any element kind). Throws a VM
     * error if {@code array} is not such an array.
     */
    default int arrayLength(long array) { throw new UnsupportedOperationException("arrayLength"); }

    /**
     * Elements {@code [from, from + count)} of a {@code char[]}. Throws a VM error if
     * {@code charArray} is not a {@code char[]} or the range is out of its bounds.
     */
    default char[] readChars(long charArray, int from, int count) { throw new UnsupportedOperationException("readChars"); }

    /**
     * Stores {@code src[from, from + count)} into the {@code char[]} at element {@code at}. Throws
     * a VM error, and changes nothing, if {@code charArray} is not a {@code char[]} or either
     * range is out of bounds.
     */
    default void writeChars(long charArray, int at, char[] src, int from, int count) {
        throw new UnsupportedOperationException("writeChars");
    }

    /** Most elements an {@code array} may hold. */
    default int maxArrayLength() { return 1 << 22; }

    /** Largest {@code binary}, in bytes. */
    default int maxBinaryBytes() { return 16 << 20; }

    /**
     * Real-time admission: true when {@code thread} may run in the real-time class (it already
     * does, or the system grants one more). Without admission any thread could starve every
     * normal one, so the VM grants only as many real-time threads as it is configured for.
     */
    default boolean admitRealtime(long thread) { return false; }

    /**
     * The event a VM thread's end signals (for {@link #retryOn}): a call waiting for a thread to
     * end (Java's Thread.join) waits on it.
     */
    static String threadEndEvent(long threadId) { return "thread-end:" + threadId; }

    /** An error the VM throws into the program as an exception of class {@code error}. */
    VmError error(String message);
}
