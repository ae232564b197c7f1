package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.ToolProvider;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;
import phantom.jvm.JvmTranslator;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;

/** A running Java program patched with a new version of its class: new calls run the new code, its statics stay, the library is left alone. */
public class JavaPatchTest {
    static String source(String greeting) {
        return """
            public class Greeter {
                static int n;
                static String greet() { return "%s"; }
                public static void main(String[] args) {
                    while (n < 40) {
                        n++;
                        System.out.println(greet() + " " + n);
                    }
                }
            }
            """.formatted(greeting);
    }

    static List<byte[]> translated(String source) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "patch");
        Files.writeString(dir.resolve("Greeter.java"), source);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), dir.resolve("Greeter.java").toString()));
        String asm = new JvmTranslator().toAssembly(List.of(Files.readAllBytes(dir.resolve("Greeter.class"))));
        List<byte[]> out = new ArrayList<>();
        for (ClassFile cf : Assembler.assemble(asm)) out.add(cf.toBytes());
        return out;
    }

    @Test public void aRunningJavaProgramTakesANewVersionOfItsClassAndKeepsItsStatics() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            List<byte[]> v1 = translated(source("v1"));
            String main = null;
            for (byte[] b : v1) {
                String c = vm.rt.loadClass(b);
                if (c.equals("Greeter")) main = c;
            }
            long thread = vm.rt.newThread(main);
            Interpreter in = new Interpreter(vm.rt);
            while (vm.out.toString().split("\n").length < 5) assertEquals(Outcome.YIELDED, in.run(thread, 200, () -> false));
            // between slices: a safepoint; the library's classes are identical and left alone
            List<String> done = vm.rt.versions.loadAll(translated(source("v2")));
            assertTrue(done.toString(), done.stream().anyMatch(l -> l.contains("Greeter")));
            assertTrue(done.toString(), done.stream().noneMatch(l -> l.contains("java.util.HashMap") && l.contains("version 2")));
            while (in.run(thread, 200, () -> false) != Outcome.FINISHED) { }
            vm.space.release(thread);
            String[] lines = vm.out.toString().split("\n");
            assertEquals("the counter went on: one static n through the patch", 40, lines.length);
            for (int i = 0; i < lines.length; i++) assertTrue(lines[i], lines[i].endsWith(" " + (i + 1)));
            assertTrue(lines[0], lines[0].startsWith("v1 "));
            assertTrue(lines[39], lines[39].startsWith("v2 "));
        }
    }
}
