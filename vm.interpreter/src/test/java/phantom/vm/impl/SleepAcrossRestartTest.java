package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/**
 * A sleep is a wall-clock deadline kept in the thread object: a thread stopped while sleeping
 * wakes at its deadline if the system is back by then, and at once if it comes back later.
 */
public class SleepAcrossRestartTest {
    static final String SLEEPER = """
        class Sleeper
        method main ()V
            new time
            iconst 1500
            call time.sleep (I)V
            new tty
            oldc "awake"
            call tty.println (O)V
            ret
        end
        """;

    private static long startSleeping(Path file) throws Exception {
        try (VmHarness vm = new VmHarness(file)) {
            vm.load(SLEEPER);
            long t = vm.rt.newThread("Sleeper");
            assertEquals(Outcome.BLOCKED, new Interpreter(vm.rt).run(t, 1000, () -> false));
            long wake = vm.rt.wakeAt(t);
            assertTrue(wake > System.currentTimeMillis() + 1000);
            return wake;
        }
    }

    @Test public void aSleepEndsAtItsDeadlineAfterARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long deadline = startSleeping(file);
        Thread.sleep(300); // "down" for a while, back before the deadline
        try (VmHarness vm = new VmHarness(file)) {
            long t = vm.rt.liveThreads().get(0);
            assertEquals("the deadline survived", deadline, vm.rt.wakeAt(t));
            Interpreter in = new Interpreter(vm.rt);
            assertEquals("still asleep", Outcome.BLOCKED, in.run(t, 1000, () -> false));
            vm.runToEnd(t, 1000);
            assertTrue("not woken before the deadline", System.currentTimeMillis() >= deadline);
            assertEquals("awake\n", vm.out.toString());
        }
    }

    @Test public void aSleepWhoseDeadlinePassedWhileDownEndsAtOnce() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long deadline = startSleeping(file);
        Thread.sleep(Math.max(0, deadline - System.currentTimeMillis()) + 50);
        try (VmHarness vm = new VmHarness(file)) {
            long t = vm.rt.liveThreads().get(0);
            assertEquals(Outcome.FINISHED, new Interpreter(vm.rt).run(t, 1000, () -> false));
            assertEquals("awake\n", vm.out.toString());
        }
    }
}
