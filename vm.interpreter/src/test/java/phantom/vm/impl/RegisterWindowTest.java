package phantom.vm.impl;

import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/**
 * Frames made and left inside a slice live in the interpreter's register window, and only the
 * frames still live when the slice ends are written to the space. A program cut into slices of
 * random length, each run by a fresh interpreter (nothing of the window survives a slice, as
 * after a kill), computes what an uncut run does: the spill at every slice end is complete.
 */
public class RegisterWindowTest {
    static final String PROGRAM = """
        class Deep
        field obj note
        method fib (I)I
            iload 0
            iconst 2
            if_icmplt small
            this
            iload 0
            iconst 1
            isub
            call Deep.fib (I)I
            this
            iload 0
            iconst 2
            isub
            call Deep.fib (I)I
            iadd
            iret
        small:
            iload 0
            iret
        end
        method label (IO)O
            oload 1
            oldc "/"
            call string.concat (O)O
            iload 0
            box
            call string.concat (O)O
            oret
        end
        method main ()V
            oldc "fib"
            oputf note
            this
            iconst 16
            call Deep.fib (I)I
            istore 0
            ogetf note
            iload 0
            box
            call string.concat (O)O
            ostore 1
            new tty
            this
            iconst 7
            oload 1
            call Deep.label (IO)O
            call tty.println (O)V
            ret
        end
        """;

    @Test
    public void slicesOfRandomLengthOnFreshInterpretersGiveTheUncutResult() throws Exception {
        String expected;
        try (VmHarness h = new VmHarness()) {
            expected = h.run(PROGRAM);
        }
        assertEquals("fib987/7\n", expected);
        Random rnd = new Random(42);
        for (int round = 0; round < 5; round++) {
            try (VmHarness h = new VmHarness()) {
                String main = h.load(PROGRAM);
                long thread = h.rt.newThread(main);
                int slices = 0;
                while (true) {
                    Outcome o = new Interpreter(h.rt).run(thread, 1 + rnd.nextInt(40), () -> false);
                    slices++;
                    if (o == Outcome.FINISHED) break;
                }
                h.space.release(thread);
                assertEquals("round " + round + " in " + slices + " slices", expected, h.out.toString());
            }
        }
    }
}
