package phantom.jvm;

import java.lang.classfile.ClassFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import phantom.api.vm.ClassTranslator;

/**
 * The JVM front end as a service: the first class file is the program's main class, the others
 * the program's own classes it may use (javac's output folder); every class it reaches that the
 * program does not have comes from the class library translated with it (src/main/jlib). Class
 * files are read with the JDK's own java.lang.classfile, final since JDK 24: it follows every
 * class-file version javac writes, with no library to keep up to date.
 */
@Component(service = ClassTranslator.class)
public final class JvmTranslator implements ClassTranslator {
    @Override public String toAssembly(List<byte[]> classFiles) {
        if (classFiles.isEmpty()) throw new IllegalArgumentException("no class file to translate");
        Map<String, byte[]> program = new HashMap<>();
        for (byte[] b : classFiles) program.put(internalName(b), b);
        try {
            return Translation.translate(classFiles.get(0), program::get);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // a fault of the front end, not of the program: said as such, never a half translation
            throw new IllegalArgumentException("the JVM front end failed on " + Names.javaName(internalName(classFiles.get(0))) + ": " + e, e);
        }
    }

    private static String internalName(byte[] b) {
        try {
            return ClassFile.of().parse(b).thisClass().asInternalName();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a JVM class file: " + e.getMessage(), e);
        }
    }
}
