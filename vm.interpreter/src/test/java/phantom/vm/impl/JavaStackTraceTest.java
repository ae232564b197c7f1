package phantom.vm.impl;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.ToolProvider;

import org.junit.Test;

import phantom.jvm.JvmTranslator;

/** Java stack traces from the VM's frames: Java's method names and source lines, the VM's own errors where they happened, main's death reported as Java does. */
public class JavaStackTraceTest {
    static final String SOURCE = """
        public class Traces {
            static int depth(int n) { return n == 0 ? 1 / n : depth(n - 1); }
            static void boom(String why) { throw new IllegalStateException(why); }
            public static void main(String[] args) {
                try { depth(2); } catch (ArithmeticException e) {
                    RuntimeException r = new RuntimeException("wrapped", e);
                    r.printStackTrace();
                    StackTraceElement top = r.getStackTrace()[0];
                    System.out.println(top.getClassName() + " " + top.getMethodName() + " " + top.getFileName() + " " + top.getLineNumber());
                }
                boom("the end");
            }
        }
        """;

    @Test public void framesAreJavasAndMainsDeathIsReportedAsJavaDoesAndFailsTheThread() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "traces");
        Files.writeString(dir.resolve("Traces.java"), SOURCE);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), dir.resolve("Traces.java").toString()));
        String asm = new JvmTranslator().toAssembly(List.of(Files.readAllBytes(dir.resolve("Traces.class"))));
        try (VmHarness vm = new VmHarness()) {
            long thread = vm.rt.newThread(vm.load(asm));
            vm.runAllToEnd(20_000, 60_000);
            assertEquals(String.join("\n", List.of(
                "java.lang.RuntimeException: wrapped",
                "\tat Traces.main(Traces.java:6)",
                "Caused by: java.lang.ArithmeticException: / by zero",
                "\tat Traces.depth(Traces.java:2)",
                "\tat Traces.depth(Traces.java:2)",
                "\tat Traces.depth(Traces.java:2)",
                "\tat Traces.main(Traces.java:5)",
                "Traces main Traces.java 6",
                "Exception in thread \"main\" java.lang.IllegalStateException: the end",
                "\tat Traces.boom(Traces.java:3)",
                "\tat Traces.main(Traces.java:11)",
                "")), vm.out.toString());
            assertEquals("main counts as failed", Shapes.FAILED, vm.rt.threadState(thread));
            vm.space.release(thread);
        }
        List<Path> files = new ArrayList<>();
        try (var s = Files.walk(dir)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(files::add); }
        for (Path p : files) Files.delete(p);
    }
}
