package phantom.vm.impl;

import static org.junit.Assert.*;

import org.junit.Test;

import phantom.vm.code.Assembler;

/** Issue 18: an uncaught exception prints every frame with class, method and source line. */
public class StackTraceTest {
    static final String SRC = String.join("\n",
        "class Deep",                        // 1
        "method main ()V",                   // 2
        "    this",                          // 3
        "    call Deep.a ()V",               // 4
        "    ret",                        // 5
        "end",                               // 6
        "method a ()V",                      // 7
        "    this",                          // 8
        "    call Deep.b ()V",               // 9
        "    ret",                        // 10
        "end",                               // 11
        "method b ()V",                      // 12
        "    oldc \"boom\"",                 // 13
        "    throw",                         // 14
        "end");

    @Test public void uncaughtExceptionPrintsEveryFrameWithItsLine() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run(SRC);
            assertTrue(out, out.startsWith("thread 1 (Deep#1) died: uncaught string: boom\n"));
            assertTrue(out, out.contains("    at Deep.b()V (line 14, pc 3)\n"));
            assertTrue(out, out.contains("    at Deep.a()V (line 9, pc 1)\n"));
            assertTrue(out, out.contains("    at Deep.main()V (line 4, pc 1)\n"));
            assertTrue("innermost frame first: " + out, out.indexOf("Deep.b") < out.indexOf("Deep.a") && out.indexOf("Deep.a") < out.indexOf("Deep.main"));
        }
    }

    @Test public void classFromAnOldFileShowsOffsetsOnly() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            for (var cf : Assembler.assemble(SRC)) vm.rt.loadClass(cf.toBytes(phantom.vm.code.ClassFile.FORMAT_NO_LINES));
            long t = vm.rt.newThread("Deep");
            vm.runToEnd(t, 10_000);
            vm.space.release(t);
            String out = vm.out.toString();
            assertTrue(out, out.contains("    at Deep.b()V (pc 3)\n"));
        }
    }

    @Test public void deepRecursionTraceIsCut() throws Exception {
        String src = String.join("\n", "class R", "method main ()V", "    this", "    call R.main ()V", "    ret", "end");
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run(src);
            // the frame limit's error, then at most MAX_TRACE frames and a count of the rest
            assertTrue(out, out.contains("died: uncaught"));
            assertTrue(out, out.contains(" more\n"));
            assertTrue(out, out.split("\n").length <= Interpreter.MAX_TRACE + 3);
        }
    }
}
