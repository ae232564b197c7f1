package phantom.api.vm;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A front end: turns class files of another machine (the JVM's, as javac writes them) into the
 * VM's assembly (docs/bytecode.md), which the VM assembles and loads like any program. What it
 * cannot translate it refuses with an {@link IllegalArgumentException} naming the class, the
 * method and the instruction; it never translates part of a program silently.
 */
@ConsumerType
public interface ClassTranslator {
    /**
     * The assembly of one program: the first class file is its main class, the others are the
     * program's classes it may use; what it reaches beyond them comes from the front end's own
     * class library. The main class's {@code main} becomes the VM class's {@code main}.
     */
    String toAssembly(List<byte[]> classFiles);
}
