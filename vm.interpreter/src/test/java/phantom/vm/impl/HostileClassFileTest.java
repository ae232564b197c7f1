package phantom.vm.impl;

import static org.junit.Assert.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.NativeCall;
import phantom.api.kernel.Executor.Outcome;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;
import phantom.vm.code.ClassFile.Method;
import phantom.vm.code.ClassFormatException;
import phantom.vm.code.Verifier;

/**
 * Hand-made class files the assembler would never write (issue 12): the VM's loader and
 * verifier must refuse each with a message, and what a VM error cannot describe must end the
 * thread cleanly.
 */
public class HostileClassFileTest {
    private static final byte[] RET = { 113 };

    private static Method main(int maxO, int maxI, int maxOS, int maxIS, byte[] code) {
        return new Method("main", "()V", 0, 4, maxO, maxI, maxOS, maxIS, code, List.of());
    }

    private static byte[] cls(String name, String sup, List<String> objFields, Method... ms) {
        return new ClassFile(name, 1, sup, List.of(), objFields, List.of("n"), List.of(), List.of(ms)).toBytes();
    }

    private static String refusal(VmHarness vm, byte[] file) {
        try {
            vm.rt.loadClass(file);
        } catch (ClassFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("loaded");
    }

    /** Every internal class, the VM's own included: none may be extended by a program. */
    @Test public void subclassingAnyInternalClassIsRefusedAtLoad() throws Exception {
        List<String> names = new ArrayList<>(CoreClasses.ALL.keySet());
        names.addAll(List.of(Shapes.FRAME, Shapes.ERROR, Shapes.CLASSFILE, Shapes.BACKING));
        names.remove("object");
        try (VmHarness vm = new VmHarness()) {
            for (String n : names) {
                String msg = refusal(vm, cls("Sub_" + n, n, List.of("state"), main(1, 0, 0, 0, RET)));
                assertTrue(n + ": " + msg, msg.contains("cannot extend internal class " + n));
            }
            // object is designed for it: it has no state of its own
            assertEquals("Plain", vm.rt.loadClass(cls("Plain", "object", List.of("state"), main(1, 0, 0, 0, RET))));
        }
    }

    @Test public void theAssemblerRefusesSubclassesOfInternalClassesAndCycles() {
        for (String src : List.of("class P extends array\nmethod main ()V\n ret\nend\n",
                                  "class P extends frame\nmethod main ()V\n ret\nend\n",
                                  "class A extends A\nmethod main ()V\n ret\nend\n",
                                  "class A extends B\nfield int x\nclass B extends C\nfield int y\nclass C extends A\nfield int z\n")) {
            try {
                Assembler.assemble(src);
                fail("assembled: " + src);
            } catch (Assembler.AsmException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("internal class") || e.getMessage().contains("cycle"));
            }
        }
    }

    /** A source with a chain of 20,000 classes: refused, where building its method tables overflowed the Java stack. */
    @Test public void theAssemblerRefusesAnEndlessSuperclassChain() {
        StringBuilder src = new StringBuilder("class C0\nfield int x\n");
        for (int i = 1; i < 20_000; i++) src.append("class C").append(i).append(" extends C").append(i - 1).append("\nfield int x").append(i).append('\n');
        try {
            Assembler.assemble(src.toString());
            fail("assembled");
        } catch (Assembler.AsmException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("superclass chain longer than"));
        }
    }

    @Test public void aClassThatExtendsItselfIsRefusedWithOrWithoutAnOlderVersion() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            assertTrue(refusal(vm, cls("A", "A", List.of(), main(1, 0, 0, 0, RET))).contains("extend itself"));
            vm.rt.loadClass(cls("A", null, List.of(), main(1, 0, 0, 0, RET)));
            assertTrue(refusal(vm, cls("A", "A", List.of(), main(1, 0, 0, 0, RET))).contains("extend itself"));
        }
    }

    @Test public void aSuperclassChainPastTheLimitIsRefused() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            String sup = null;
            int loaded = 0;
            for (int i = 0; i < VmLimits.DEFAULT.maxInheritance() + 5; i++) {
                try {
                    vm.rt.loadClass(cls("C" + i, sup, List.of(), main(1, 0, 0, 0, RET)));
                    loaded++;
                } catch (ClassFormatException e) {
                    assertTrue(e.getMessage(), e.getMessage().contains("superclass chain"));
                    break;
                }
                sup = "C" + i;
            }
            assertEquals(VmLimits.DEFAULT.maxInheritance() - 1, loaded);
        }
    }

    @Test public void framesWith65535LocalsAreRefused() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            assertTrue(refusal(vm, cls("L", null, List.of(), main(65_535, 0, 0, 0, RET))).contains("locals"));
            assertTrue(refusal(vm, cls("L", null, List.of(), main(1, 65_535, 0, 0, RET))).contains("locals"));
            assertTrue(refusal(vm, cls("L", null, List.of(), main(1, 0, 65_535, 0, RET))).contains("stack"));
        }
    }

    /** 660 KB of code exhausted the verifier's memory (a stack shape per instruction, each as deep as 65,535). */
    @Test public void aHugeClassFileIsRefusedBeforeItCostsMemory() throws Exception {
        byte[] code = new byte[660_000];
        for (int i = 0; i + 5 < code.length; i += 5) code[i] = 1; // iconst 0, again and again
        code[code.length - 1] = 113;
        try (VmHarness vm = new VmHarness()) {
            String msg = refusal(vm, cls("Big", null, List.of(), main(1, 0, 0, 65_535, code)));
            assertTrue(msg, msg.contains("limit"));
            // within the class-file limit, one method's code is still bounded
            byte[] mid = java.util.Arrays.copyOf(code, 100_000);
            mid[mid.length - 1] = 113;
            assertTrue(refusal(vm, cls("Mid", null, List.of(), main(1, 0, 0, 256, mid))).contains("code of"));
        }
    }

    /** The worst the limits allow: methods of maximal code, each instruction at the deepest stack. Verified in bounded time. */
    @Test(timeout = 30_000) public void aClassAtEveryLimitVerifiesInBoundedTime() throws Exception {
        int max = Verifier.Limits.DEFAULT.maxCodeBytes(), depth = Verifier.Limits.DEFAULT.maxStack();
        byte[] code = new byte[max];
        int pc = 0;
        code[pc] = 1; // iconst 0
        pc += 5;
        for (int d = 1; d < depth; d++) code[pc++] = 17; // idup up to the limit
        while (pc + 3 <= max) { // then ipop / idup at the deepest stack
            code[pc++] = 16;
            code[pc++] = 17;
        }
        while (pc < max - 1) code[pc++] = 0; // nop
        code[max - 1] = 113; // ret
        List<Method> ms = new ArrayList<>();
        for (int i = 0; i < 15; i++) ms.add(new Method("m" + i, "()V", 0, 4 + i, 1, 0, 0, depth, code, List.of()));
        byte[] file = new ClassFile("Wide", 1, null, List.of(), List.of(), List.of(), List.of(), ms).toBytes();
        assertTrue("close to the class-file limit", file.length > Verifier.Limits.DEFAULT.maxClassBytes() * 9 / 10);
        try (VmHarness vm = new VmHarness()) {
            long t0 = System.nanoTime();
            assertEquals("Wide", vm.rt.loadClass(file));
            System.out.printf("verified %d bytes of code at stack depth %d in %d ms%n", 15 * max, depth, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Test public void moreThan255ParametersAreRefused() throws Exception {
        String many = "(" + "I".repeat(256) + ")V";
        Method m = new Method("m", many, ClassFile.STATIC, 4, 1, 256, 0, 0, RET, List.of());
        try (VmHarness vm = new VmHarness()) {
            assertTrue(refusal(vm, cls("P", null, List.of(), m)).contains("parameters"));
        }
    }

    /** An internal method that fails with a Java Error: the thread dies cleanly, with the message. */
    @Test public void aJavaErrorInAnInternalMethodEndsTheThreadCleanly() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            vm.classes.put("tty", new AbstractInternalClass("tty", 9, CoreClasses.TTY) {
                @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
                    throw new StackOverflowError("deliberate");
                }
            });
            String main = vm.load("class T\nmethod main ()V\n new tty\n oldc \"x\"\n call tty.println (O)V\n ret\nend\n");
            long t = vm.rt.newThread(main);
            Interpreter in = new Interpreter(vm.rt);
            assertEquals(Outcome.FINISHED, in.run(t, 10_000, () -> false));
            assertEquals(Shapes.FAILED, vm.rt.threadState(t));
            assertEquals(Shapes.FAILED, in.lastEnd);
            assertTrue(vm.out.toString(), vm.out.toString().contains("died: internal error: java.lang.StackOverflowError: deliberate"));
            assertEquals(Outcome.FINISHED, in.run(t, 10_000, () -> false)); // and it is never run again
            vm.space.release(t);
        }
    }

    @Test public void realTimeIsGrantedOnlyUpToTheConfiguredNumberOfThreads() throws Exception {
        VmLimits one = new VmLimits(Verifier.Limits.DEFAULT, 64, 1000, 1 << 20, 1 << 16, 1 << 20, 1, 0);
        try (VmHarness vm = new VmHarness(VmHarness.newSpaceFile(), 32L << 20, one)) {
            String main = vm.load("class T\nmethod main ()V\n thread\n iconst 1\n call thread.setPriority (I)V\n"
                + " new tty\n oldc \"granted\"\n call tty.println (O)V\n ret\nend\n");
            long first = vm.rt.newThread(main), second = vm.rt.newThread(main);
            Interpreter in = new Interpreter(vm.rt);
            // a spinning thread takes the one grant and keeps it; the next to ask is refused
            ClassFile waitForever = Assembler.assemble("class W\nmethod main ()V\n thread\n iconst 1\n call thread.setPriority (I)V\n"
                + "spin:\n goto spin\nend\n").get(0);
            vm.rt.loadClass(waitForever.toBytes());
            long spinner = vm.rt.newThread("W");
            assertEquals(Outcome.YIELDED, in.run(spinner, 1000, () -> false));
            assertEquals(1, vm.space.getInt(spinner, Shapes.T_PRIORITY));
            assertEquals(Outcome.FINISHED, in.run(first, 10_000, () -> false));
            assertEquals(Shapes.FAILED, vm.rt.threadState(first));
            assertTrue(vm.out.toString(), vm.out.toString().contains("real-time priority not granted"));
            assertEquals(0, vm.space.getInt(first, Shapes.T_PRIORITY));
            vm.space.release(first);
            vm.space.release(second);
            vm.space.release(spinner);
        }
    }
}
