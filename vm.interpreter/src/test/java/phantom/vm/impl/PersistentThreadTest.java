package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/**
 * A thread's whole state is in the space between slices: stop a program in the middle (even
 * deep in recursion), close the space, open it in a new VM, and the thread goes on to the same
 * result as an uninterrupted run.
 */
public class PersistentThreadTest {
    static final String PROGRAM = """
        class Counter
        field obj log
        method sum (I)J
            iload 0
            ifeq zero
            this
            iload 0
            iconst 1
            isub
            call Counter.sum (I)J
            iload 0
            i2l
            ladd
            lret_placeholder
        zero:
            lconst 0
            iret
        end
        method main ()V
            oldc "sums:"
            oputf log
            iconst 1
            istore 0
        loop:
            iload 0
            iconst 60
            if_icmpgt done
            ogetf log
            oldc " "
            call string.concat (O)O
            this
            iload 0
            iconst 50
            imul
            call Counter.sum (I)J
            lbox
            call string.concat (O)O
            oputf log
            iinc 0 1
            goto loop
        done:
            new tty
            ogetf log
            call tty.println (O)V
            ret
        end
        """.replace("lret_placeholder", "iret");

    @Test public void aThreadResumesInANewVmAfterTheSpaceIsReopened() throws Exception {
        String expected;
        try (VmHarness whole = new VmHarness()) {
            expected = whole.run(PROGRAM);
        }
        assertTrue(expected, expected.startsWith("sums: 1275 5050"));

        Path file = VmHarness.newSpaceFile();
        long thread;
        int slices = 0;
        StringBuilder printed = new StringBuilder();
        try (VmHarness first = new VmHarness(file)) {
            first.load(PROGRAM);
            thread = first.rt.newThread("Counter");
            Interpreter in = new Interpreter(first.rt);
            // small slices: the program is stopped many times, mostly deep inside sum()
            for (int i = 0; i < 40; i++, slices++) assertEquals(Outcome.YIELDED, in.run(thread, 97, () -> false));
            assertTrue("stopped inside a deep call", first.rt.where(thread).contains("sum"));
            printed.append(first.out);
        }
        int restarts = 0;
        while (true) {
            try (VmHarness next = new VmHarness(file)) {
                restarts++;
                List<Long> live = next.rt.liveThreads();
                if (live.isEmpty()) break;
                assertEquals(List.of(thread), live);
                Interpreter in = new Interpreter(next.rt);
                Outcome o = Outcome.YIELDED;
                for (int i = 0; i < 500 && o != Outcome.FINISHED; i++) o = in.run(thread, 1000, () -> false);
                printed.append(next.out);
                if (o == Outcome.FINISHED) {
                    assertTrue(next.rt.liveThreads().isEmpty());
                    break;
                }
            }
        }
        assertTrue("it took several reopenings: " + restarts, restarts > 1);
        assertEquals(expected, printed.toString());
    }
}
