package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/**
 * Two threads increment a shared counter under a mutex, interleaved at every call and backward
 * jump; one is stopped while it holds the mutex, the space is closed and reopened, and the
 * other waits for the mutex until the first, resumed, lets it go. No increment is lost.
 */
public class MutexTest {
    static final String SRC = """
        class Box
        field int n
        method get ()I
            igetf n
            iret
        end
        method set (I)V
            iload 0
            iputf n
            ret
        end

        class Worker
        field obj m
        field obj box
        method main ()V
            iconst 0
            istore 0
        loop:
            iload 0
            iconst 200
            if_icmpge done
            ogetf m
            call mutex.lock ()V
            ogetf box
            call Box.get ()I
            istore 1
            ogetf box
            iload 1
            iconst 1
            iadd
            call Box.set (I)V
            ogetf m
            call mutex.unlock ()V
            iinc 0 1
            goto loop
        done:
            ret
        end
        """;

    /** The same workers, with the box's own monitor (menter/mexit) instead of a mutex. */
    static final String MONITOR_SRC = SRC
        .replace("    ogetf m\n    call mutex.lock ()V\n", "    ogetf box\n    menter\n")
        .replace("    ogetf m\n    call mutex.unlock ()V\n", "    ogetf box\n    mexit\n");

    /** Id of the thread holding the lock (mutex owner, or the monitor table's one entry), 0 if none. */
    private static long owner(VmHarness vm, long mutex, boolean monitor) {
        if (!monitor) {
            long o = vm.space.getRef(mutex, 0);
            return o == 0 ? 0 : phantom.api.space.Ref.intValue(o);
        }
        long table = vm.space.root(phantom.api.space.Roots.MONITORS);
        if (table == 0 || vm.space.getLong(table, 0) == 0) return 0;
        return vm.space.getLong(table, 8 + 16);
    }

    /** Gives both workers the same mutex and box, through their instances (local 0 of their first frame). */
    private static void share(VmHarness vm, long a, long b) {
        long m = vm.rt.newInstance(vm.rt.byName("mutex"));
        long box = vm.rt.newInstance(vm.rt.byName("Box"));
        for (long t : new long[] { a, b }) {
            long self = vm.space.getRef(vm.space.getRef(t, Shapes.T_FRAME), Shapes.F_LOCALS);
            vm.space.setRef(self, 0, m);
            vm.space.setRef(self, 1, box);
        }
        vm.space.release(m);
        vm.space.release(box);
        vm.space.setRoot(phantom.api.space.Roots.FIRST_FREE, box);
    }

    @Test public void noIncrementIsLostAcrossInterleavingAndARestart() throws Exception {
        check(SRC, false);
    }

    @Test public void monitorsToo() throws Exception {
        assertTrue(MONITOR_SRC.contains("menter"));
        check(MONITOR_SRC, true);
    }

    private void check(String src, boolean monitor) throws Exception {
        Path file = VmHarness.newSpaceFile();
        long holder, waiter;
        try (VmHarness vm = new VmHarness(file)) {
            vm.load(src);
            long a = vm.rt.newThread("Worker");
            long b = vm.rt.newThread("Worker");
            share(vm, a, b);
            Interpreter in = new Interpreter(vm.rt);
            long mutex = vm.space.getRef(vm.space.getRef(vm.space.getRef(a, Shapes.T_FRAME), Shapes.F_LOCALS), 0);
            // interleave at every call and backward jump for a while, then stop as soon as one holds the mutex
            for (int i = 0; i < 300; i++) {
                in.run(a, 3, () -> false);
                in.run(b, 3, () -> false);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (owner(vm, mutex, monitor) == 0) {
                assertTrue("one of them takes the mutex", System.nanoTime() < deadline);
                assertNotEquals(Outcome.FINISHED, in.run(a, 1, () -> false));
                if (owner(vm, mutex, monitor) != 0) break;
                assertNotEquals(Outcome.FINISHED, in.run(b, 1, () -> false));
            }
            holder = owner(vm, mutex, monitor) == vm.rt.threadId(a) ? a : b;
            waiter = holder == a ? b : a;
            vm.space.release(a);
            vm.space.release(b);
        }
        try (VmHarness vm = new VmHarness(file)) {
            Interpreter in = new Interpreter(vm.rt);
            // after the restart the waiter still cannot get past the mutex the holder holds
            long mutex = vm.space.getRef(vm.space.getRef(vm.space.getRef(waiter, Shapes.T_FRAME), Shapes.F_LOCALS), 0);
            long deadline = System.currentTimeMillis() + 200;
            while (System.currentTimeMillis() < deadline) {
                assertNotEquals(Outcome.FINISHED, in.run(waiter, 1000, () -> false));
                assertEquals("the holder still holds it", vm.rt.threadId(holder), owner(vm, mutex, monitor));
            }
            int rounds = 0;
            boolean hDone = false, wDone = false;
            while (!(hDone && wDone) && rounds++ < 1_000_000) {
                if (!hDone) hDone = in.run(holder, 5, () -> false) == Outcome.FINISHED;
                if (!wDone) wDone = in.run(waiter, 5, () -> false) == Outcome.FINISHED;
            }
            assertTrue(hDone && wDone);
            long box = vm.space.root(phantom.api.space.Roots.FIRST_FREE);
            assertEquals("400 increments, none lost", 400, vm.space.getLong(box, 0));
        }
    }

    @Test public void unlockingAMutexOneDoesNotHoldIsAnError() {
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run("class T\nmethod main ()V\n new mutex\n call mutex.unlock ()V\n ret\nend\n");
            assertTrue(out, out.contains("unlock of a mutex this thread does not hold"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test public void aSemaphoreCountsPermits() {
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run("""
                class T
                method main ()V
                    new semaphore
                    ostore 1
                    oload 1
                    iconst 2
                    call semaphore.setPermits (I)V
                    oload 1
                    call semaphore.acquire ()V
                    oload 1
                    call semaphore.acquire ()V
                    new tty
                    oload 1
                    call semaphore.available ()I
                    box
                    call tty.println (O)V
                    oload 1
                    call semaphore.release ()V
                    new tty
                    oload 1
                    call semaphore.available ()I
                    box
                    call tty.println (O)V
                    ret
                end
                """);
            assertEquals("0\n1\n", out);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
