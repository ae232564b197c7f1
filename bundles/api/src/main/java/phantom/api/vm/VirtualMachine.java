package phantom.api.vm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The bytecode VM. Classes and threads live in the object space, so they outlive the process. */
@ProviderType
public interface VirtualMachine {

    /**
     * Verifies a class file and stores the class in the object space. A class of a name already
     * loaded is patched: every new call runs the new version, on old instances too (they migrate
     * at their next call). Returns the class name. Throws {@link ClassFormatError}-like
     * {@link IllegalArgumentException} naming the class, method and offset of a fault.
     */
    String loadClass(byte[] classFile);

    /**
     * Patches (or loads) every class of a program file ({@code .pasm} source or {@code .phc}
     * class file) at one safepoint, so a snapshot holds all of it or none. Returns one line per
     * class saying what happened. When any class does not verify or cannot be migrated to, the
     * exception says why and no class of the file is changed.
     */
    List<String> patch(Path file) throws IOException;

    /** Returns a class to its previous version (as a patch: instances migrate back by field name). */
    String rollback(String className);

    /**
     * Migrates every instance of the class's replaced versions now instead of at each one's next
     * use: a background VM thread (idle priority, persistent like any) calls a method on each,
     * migration method included. Returns what was started.
     */
    String migrate(String className);

    /** Every class version in the space, with its live instances and the frames running its code. */
    List<ClassVersion> classes();

    /**
     * One version of a class: {@code current} for the one new instances and new calls get;
     * {@code instances} counted by a walk of the space, {@code frames} over every thread's stack.
     */
    record ClassVersion(String name, int version, boolean current, boolean internal, long instances, long frames) {}

    /** Makes an instance of {@code className} and starts a thread running its {@code main} method. */
    long start(String className);

    /** Every VM thread that exists. */
    List<ThreadInfo> threads();

    /** What a VM thread is doing. */
    record ThreadInfo(long ref, long id, String state, String where) {}

    /**
     * Every VM thread with what a console shows of it: {@code priority} is normal, realtime or
     * idle; {@code waitsOn} a driver event, deadline or call, "-" for none.
     */
    List<ThreadView> threadViews();

    /** One thread as {@link #threadViews()} shows it. */
    record ThreadView(long id, String name, String state, String priority, String where, String waitsOn) {}

    /**
     * The frames of a thread, innermost first, each as class.method(source:line) @pc. Throws
     * {@link IllegalArgumentException} naming the id when there is no such thread.
     */
    List<String> stack(long threadId);

    /** Ends a thread (persistent across restarts); a message saying so. Unknown id: {@link IllegalArgumentException}. */
    String kill(long threadId);

    /** Suspends ({@code true}) or resumes a thread (persistent across restarts); a message saying what happened. */
    String suspend(long threadId, boolean suspended);

    /** Sets a thread's priority class: normal, realtime or idle (persistent). Bad id or name: {@link IllegalArgumentException}. */
    String setPriority(long threadId, String priority);

    /**
     * What a thread printed, kept per thread in memory (at least the last 64 KiB, not across restarts):
     * the text from position {@code from} (0 for all that is still kept) to {@code end}.
     * {@code start} is the oldest position kept; a reader passes the {@code end} it got to read on.
     */
    TtyText ttyOutput(long threadId, long from);

    /** A slice of a thread's output: positions count characters since the thread first printed in this process. */
    record TtyText(long start, long end, String text) {}

    /**
     * Queues a line for the thread's next {@code tty.readLine} (before the console's own input)
     * and wakes the thread if it waits for one. Unknown id: {@link IllegalArgumentException}.
     */
    void ttyInput(long threadId, String line);

    /**
     * One object as an inspector shows it: its class, reference count and fields by name (slot
     * numbers where the class has no names), reference fields with the reference to follow.
     * {@code ref} 0 shows the space's root slots. A reference that is no object: {@link IllegalArgumentException}.
     */
    ObjectView inspect(long ref);

    /** An object and its fields; {@code text} is a string's value or an array's size, else null. */
    record ObjectView(long ref, String className, int refCount, int dataBytes, String text, List<Field> fields) {}

    /** One field: {@code ref} is the object it refers to (0 for none or for a value), {@code value} how it reads. */
    record Field(String name, long ref, String value) {}
}
