package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/** tty.readLine waits without blocking a carrier, and a thread waiting for a line still waits after a restart. */
public class TtyReadTest {
    static final String ECHO = """
        class Echo
        method main ()V
            new tty
            ostore 1
        loop:
            oload 1
            call tty.readLine ()O
            odup
            ifnull eof
            ostore 2
            new tty
            oldc "got "
            oload 2
            call string.concat (O)O
            call tty.println (O)V
            goto loop
        eof:
            opop
            new tty
            oldc "end of input"
            call tty.println (O)V
            ret
        end
        """;

    @Test public void aThreadWaitingForInputWaitsAcrossARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long t;
        try (VmHarness vm = new VmHarness(file)) {
            vm.inputEnded = false;
            vm.input.add("one");
            vm.load(ECHO);
            t = vm.rt.newThread("Echo");
            Interpreter in = new Interpreter(vm.rt);
            for (int i = 0; i < 5; i++) assertNotEquals(Outcome.FINISHED, in.run(t, 1000, () -> false));
            assertEquals("got one\n", vm.out.toString());
            assertEquals("waiting for input, not finished", Outcome.BLOCKED, in.run(t, 1000, () -> false));
            vm.space.release(t);
        }
        try (VmHarness vm = new VmHarness(file)) {
            vm.inputEnded = false;
            Interpreter in = new Interpreter(vm.rt);
            Thread.sleep(30);
            assertEquals("still waiting after the restart", Outcome.BLOCKED, in.run(t, 1000, () -> false));
            vm.input.add("two");
            vm.inputEnded = true;
            vm.runToEnd(t, 1000);
            assertEquals("got two\nend of input\n", vm.out.toString());
        }
    }
}
