package phantom.vm.impl;

import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/**
 * Counts survive the register window: a program that calls, allocates and drops strings and
 * instances through many frames, run in slices of random length (each slice end materializes
 * the window, each start reloads it), leaves exactly as many live objects as before it ran, so
 * tier one frees all its acyclic garbage and no reference held in the window leaks or is freed early.
 */
public class WindowLeakTest {
    static final String PROGRAM = """
        class Churn
        field obj keep
        method make (IO)O
            oload 1
            oldc "-"
            call string.concat (O)O
            iload 0
            box
            call string.concat (O)O
            oret
        end
        method deep (I)O
            iload 0
            ifeq bottom
            this
            iload 0
            iconst 1
            isub
            call Churn.deep (I)O
            ostore 1
            this
            iload 0
            oload 1
            call Churn.make (IO)O
            oret
        bottom:
            oldc "x"
            oret
        end
        method main ()V
            iconst 0
            istore 0
        loop:
            iload 0
            iconst 300
            if_icmpge done
            this
            iconst 12
            call Churn.deep (I)O
            oputf keep
            new array
            ostore 1
            iinc 0 1
            goto loop
        done:
            onull
            oputf keep
            ret
        end
        """;

    @Test
    public void aChurningProgramInRandomSlicesLeavesNoObjectBehind() throws Exception {
        try (VmHarness h = new VmHarness()) {
            String main = h.load(PROGRAM);
            // a first run makes what stays for good (the space's owner table, interned constants)
            long warm = h.rt.newThread(main);
            h.runToEnd(warm, 10_000);
            h.space.release(warm);
            long before = h.space.stats().liveObjects();
            long thread = h.rt.newThread(main);
            Random rnd = new Random(7);
            Interpreter in = new Interpreter(h.rt);
            while (in.run(thread, 1 + rnd.nextInt(60), () -> false) != Outcome.FINISHED) {
                if (rnd.nextInt(4) == 0) in = new Interpreter(h.rt); // sometimes a fresh interpreter, as after a restart
            }
            h.space.release(thread);
            assertEquals("live objects before and after the program", before, h.space.stats().liveObjects());
        }
    }
}
