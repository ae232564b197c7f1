package phantom.api.vm;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The bytecode VM. Classes and threads live in the object space, so they outlive the process. */
@ProviderType
public interface VirtualMachine {

    /**
     * Verifies a class file and stores the class in the object space, replacing an older
     * version of the same class. Returns the class name. Throws {@link ClassFormatError}-like
     * {@link IllegalArgumentException} naming the class, method and offset of a fault.
     */
    String loadClass(byte[] classFile);

    /** Makes an instance of {@code className} and starts a thread running its {@code main} method. */
    long start(String className);

    /** Every VM thread that exists. */
    List<ThreadInfo> threads();

    /** What a VM thread is doing. */
    record ThreadInfo(long ref, long id, String state, String where) {}
}
