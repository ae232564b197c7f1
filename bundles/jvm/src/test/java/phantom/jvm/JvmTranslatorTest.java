package phantom.jvm;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.InputStream;
import java.util.List;

import org.junit.Test;

/** The front end as the VM sees it: the first class file is the main class; what is refused is named with class, method, line and what. */
public class JvmTranslatorTest {
    static class Loops {
        static long sum(int n) {
            long s = 0;
            for (int i = 0; i < n; i++) s += i ^ (i >>> 1);
            return s;
        }

        public static void main(String[] args) {
            System.out.println("sum " + sum(10) + " of " + 10);
        }
    }

    static class WithFiles {
        static boolean there(String name) {
            return new java.io.File(name).exists();
        }
    }

    static class WithReflection {
        static Object make(String name) throws Exception {
            return Class.forName(name);
        }
    }

    private static byte[] bytes(Class<?> c) throws Exception {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test public void theMainClassAndTheLibraryItReachesBecomeAssembly() throws Exception {
        String asm = new JvmTranslator().toAssembly(List.of(bytes(Loops.class)));
        assertTrue(asm, asm.contains("class phantom.jvm.JvmTranslatorTest$Loops\n"));
        assertTrue(asm, asm.contains("static method sum (I)J"));
        assertTrue(asm, asm.contains("method main ()V"));
        assertTrue(asm, asm.contains("ixor") && asm.contains("iushr") && asm.contains("ladd"));
        // System.out is the library's PrintStream, translated with the program
        assertTrue(asm, asm.contains("class java.io.PrintStream"));
    }

    @Test public void whatIsNotSupportedIsRefusedNamingWhereAndWhat() throws Exception {
        Object[][] cases = {
            { WithFiles.class, "WithFiles.there(Ljava/lang/String;)Z (line ", "java.io.File" },
            { WithReflection.class, "WithReflection.make(Ljava/lang/String;)Ljava/lang/Object; (line ", "forName" },
        };
        for (Object[] c : cases) {
            try {
                new JvmTranslator().toAssembly(List.of(bytes((Class<?>) c[0])));
                fail("translated " + c[0]);
            } catch (IllegalArgumentException expected) {
                String m = expected.getMessage();
                assertTrue(m, m.contains((String) c[1]) && m.contains((String) c[2]));
            }
        }
    }

    @Test public void aFileThatIsNoClassFileIsRefused() {
        try {
            new JvmTranslator().toAssembly(List.of(new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0 }));
            fail("parsed a truncated class file");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().startsWith("not a JVM class file"));
        }
    }
}
