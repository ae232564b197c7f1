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
}
