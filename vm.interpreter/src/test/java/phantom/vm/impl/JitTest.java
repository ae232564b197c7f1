package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/**
 * The compiling tier ({@link Jit}) computes what the interpreter does: the same programs run
 * interpreted and compiled print the same, also when cut into slices at random points (every
 * yield hands the compiled frames to the interpreter, which must go on exactly there), when an
 * exception leaves compiled code, when recursion is deeper than compiled frames may nest, and
 * when a call blocks.
 */
public class JitTest {
    static final String BENCH;

    static {
        try {
            BENCH = new String(JitTest.class.getResourceAsStream("/bench/bench.pasm").readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A runner of one benchmark program that calls it {@code times} times and prints each result. */
    static String runner(String name, int n, int times) {
        String kind = name.equals("loops") || name.equals("dispatch") ? "J" : "I";
        return BENCH + "\nclass Run_" + name + " extends Bench\nmethod main ()V\n iconst " + times + "\n istore 0\nagain:\n new tty\n this\n iconst " + n
            + "\n call Bench." + name + " (I)" + kind + "\n " + (kind.equals("J") ? "lbox" : "box") + "\n call tty.println (O)V\n iinc 0 -1\n iload 0\n ifgt again\n ret\nend\n";
    }

    /** Runs {@code source}'s last class's main with the given threshold, in slices of random length on fresh interpreters. */
    static String run(String source, int threshold, long seed, int maxSlice) throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.rt.jitThreshold = threshold;
            String main = h.load(source);
            long thread = h.rt.newThread(main);
            Random rnd = new Random(seed);
            while (new Interpreter(h.rt).run(thread, 1 + rnd.nextInt(maxSlice), () -> false) != Outcome.FINISHED) {
                if (h.rt.threadState(thread) == Shapes.SLEEPING) Thread.sleep(1);
            }
            h.space.release(thread);
            return h.out.toString();
        }
    }

    @Test public void everyBenchmarkPrintsTheSameCompiledAsInterpretedWhereverItsSlicesEnd() throws Exception {
        String[][] programs = { { "fib", "18" }, { "loops", "60" }, { "sieve", "3000" }, { "calls", "3000" }, { "trees", "6" },
            { "dispatch", "3000" }, { "strings", "2000" }, { "mixed", "3000" } };
        for (String[] p : programs) {
            String src = runner(p[0], Integer.parseInt(p[1]), 3);
            String interpreted = run(src, 0, 1, 20_000);
            assertEquals(p[0], 3, interpreted.lines().count());
            for (long seed = 1; seed <= 3; seed++) {
                assertEquals(p[0] + " cut at random, seed " + seed, interpreted, run(src, 1, seed, 300));
            }
            assertEquals(p[0] + " in whole slices", interpreted, run(src, 1, 7, 20_000));
        }
    }

    @Test public void hotMethodsAreCompiledAndAMethodWithHandlersIsNot() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.rt.jitThreshold = 2;
            h.load(runner("fib", 15, 2));
            long t = h.rt.newThread("Run_fib");
            while (new Interpreter(h.rt).run(t, 20_000, () -> false) != Outcome.FINISHED) { /* slices */ }
            ClassInfo bench = h.rt.named().get("Bench");
            ClassInfo.Target fib = bench.lookup("fib", "(I)I");
            assertNotNull("fib is compiled", fib.jit);
            assertNull(fib.jitWhy);
            h.space.release(t);
        }
        try (VmHarness h = new VmHarness()) {
            h.rt.jitThreshold = 1;
            h.run(CAUGHT);
            ClassInfo.Target main = h.rt.named().get("Caught").lookup("main", "()V");
            try {
                Jit.compile(main, h.rt.classEpoch, h.rt.namesEpoch.get());
                org.junit.Assert.fail("a method with handlers was compiled");
            } catch (Jit.Refused e) {
                assertEquals("exception handlers", e.getMessage());
            }
            assertNotNull("the callee without handlers is compiled", h.rt.named().get("Caught").lookup("ratio", "(II)I").jit);
        }
    }

    static final String CAUGHT = """
        class Caught
        method ratio (II)I
            iload 0
            iload 1
            idiv
            iret
        end
        method main ()V
            iconst 5
            istore 0
        loop:
        try1:
            this
            iconst 100
            iload 0
            call Caught.ratio (II)I
            box
            call object.toString ()O
            goto print
        end1:
        caught1:
            call object.toString ()O
        print:
            ostore 1
            new tty
            oload 1
            call tty.println (O)V
            iinc 0 -1
            iload 0
            iconst -2
            if_icmpgt loop
            ret
            catch try1 end1 caught1 error
        end
        """;

    @Test public void anErrorInCompiledCodeIsCaughtByItsInterpretedCallerAsWhenInterpreted() throws Exception {
        String interpreted = run(CAUGHT, 0, 1, 20_000);
        assertTrue(interpreted, interpreted.contains("division by zero") || interpreted.contains("zero"));
        assertEquals(interpreted, run(CAUGHT, 1, 1, 20_000));
        assertEquals(interpreted, run(CAUGHT, 1, 2, 50));
    }

    static final String DEEP = """
        class Deep
        method sum (I)J
            iload 0
            ifle zero
            this
            iload 0
            iconst 1
            isub
            call Deep.sum (I)J
            iload 0
            i2l
            ladd
            iret
        zero:
            lconst 0
            iret
        end
        method main ()V
            new tty
            this
            iconst 2
            call Deep.sum (I)J
            ipop
            this
            iconst 5000
            call Deep.sum (I)J
            lbox
            call tty.println (O)V
            ret
        end
        """;

    @Test public void recursionDeeperThanCompiledFramesNestGoesOnThroughTheInterpreter() throws Exception {
        String src = DEEP;
        assertEquals("12502500\n", run(src, 0, 1, 20_000));
        assertEquals("12502500\n", run(src, 1, 1, 1_000_000));
        assertEquals("12502500\n", run(src, 1, 3, 500));
    }

    static final String SLEEPY = """
        class Sleepy
        method nap (I)I
            new time
            iconst 1
            call time.sleep (I)V
            iload 0
            iconst 1
            iadd
            iret
        end
        method main ()V
            iconst 0
            istore 0
        loop:
            this
            iload 0
            call Sleepy.nap (I)I
            istore 0
            iload 0
            iconst 30
            if_icmplt loop
            new tty
            iload 0
            box
            call object.toString ()O
            call tty.println (O)V
            ret
        end
        """;

    @Test public void aCompiledCallThatSleepsBlocksTheThreadAndItGoesOnAfterTheCall() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.rt.jitThreshold = 1;
            String main = h.load(SLEEPY);
            long t = h.rt.newThread(main);
            int blocked = 0;
            Outcome o;
            while ((o = new Interpreter(h.rt).run(t, 20_000, () -> false)) != Outcome.FINISHED) {
                if (o == Outcome.BLOCKED) blocked++;
                Thread.sleep(1);
            }
            assertEquals("30\n", h.out.toString());
            assertTrue("each sleep blocks: " + blocked, blocked >= 29);
            assertNotNull(h.rt.named().get("Sleepy").lookup("nap", "(I)I").jit);
            assertFalse(h.out.toString().contains("died"));
            h.space.release(t);
        }
    }

    @Test public void theThresholdPropertyIsANumberOrTheComponentSaysWhatIsWrong() {
        assertEquals(2, VmComponent.jitThreshold(null));
        assertEquals(0, VmComponent.jitThreshold(" 0 "));
        assertEquals(50, VmComponent.jitThreshold("50"));
        for (String bad : new String[] { "x", "-1", "2.5" }) {
            try {
                VmComponent.jitThreshold(bad);
                org.junit.Assert.fail(bad + " was taken");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("phantom.vm.jit.threshold must be a number >= 0"));
            }
        }
    }
}
