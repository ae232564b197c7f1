package phantom.jvm;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.InputStream;
import java.util.List;

import org.junit.Test;

/** What the front end writes for the Java it translates, and how it refuses the rest: with class, method, line and what. */
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

    static class WithCatch {
        static int safe(int a, int b) {
            try {
                return a / b;
            } catch (ArithmeticException e) {
                return 0;
            }
        }
    }

    static class WithFloatText {
        static void show(float x) { System.out.println(x); }
    }

    static class WithCharText {
        static void show(char x) { System.out.println("letter: " + x); }
    }

    private static byte[] bytes(Class<?> c) throws Exception {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test public void staticMethodsLoopsAndConcatenationBecomeAssembly() throws Exception {
        String asm = new JvmTranslator().toAssembly(List.of(bytes(Loops.class)));
        assertTrue(asm, asm.startsWith("class phantom_jvm_JvmTranslatorTest_Loops\n"));
        assertTrue(asm, asm.contains("static method sum (I)J"));
        assertTrue(asm, asm.contains("method main ()V"));
        assertTrue(asm, asm.contains("ixor") && asm.contains("iushr") && asm.contains("ladd"));
        assertTrue(asm, asm.contains("callstatic phantom_jvm_JvmTranslatorTest_Loops.sum (I)J"));
        assertTrue(asm, asm.contains("call string.concat (O)O") && asm.contains("call tty.println (O)V"));
    }

    @Test public void whatIsNotTranslatedYetIsRefusedNamingWhereAndWhat() throws Exception {
        Object[][] cases = {
            { WithCatch.class, "WithCatch.safe(II)I", "try/catch" },
            { WithFloatText.class, "WithFloatText.show(F)V", "PrintStream.println(float)" },
            { WithCharText.class, "WithCharText.show(C)V", "concatenation with a char" },
        };
        for (Object[] c : cases) {
            try {
                new JvmTranslator().toAssembly(List.of(bytes((Class<?>) c[0])));
                fail("translated " + c[0]);
            } catch (IllegalArgumentException expected) {
                String m = expected.getMessage();
                assertTrue(m, m.contains((String) c[1]) && m.contains((String) c[2]) && m.contains("not translated yet"));
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
