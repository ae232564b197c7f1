package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/** Issue 18: vm:kill, vm:suspend, vm:resume and vm:priority, each kept in the thread object across a restart. */
public class ThreadControlTest {
    static final String LOOP = String.join("\n",
        "class Spin",
        "field int n",
        "method main ()V",
        "loop:",
        "    igetf n",
        "    iconst 1",
        "    iadd",
        "    iputf n",
        "    goto loop",
        "end");

    static final String SLEEPER = String.join("\n",
        "class Sleeper",
        "method main ()V",
        "    new time",
        "    iconst 100000",
        "    call time.sleep (I)V",
        "    ret",
        "end");

    private static long start(VmHarness vm, String src) {
        long t = vm.rt.newThread(vm.load(src));
        vm.space.release(t); // the thread list keeps it
        return t;
    }

    @Test public void killEndsARunningThreadAndFreesIt() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            long t = start(vm, LOOP);
            Interpreter in = new Interpreter(vm.rt);
            assertEquals(Outcome.YIELDED, in.run(t, 1000, () -> false));
            long id = vm.rt.threadId(t);
            vm.rt.kill(t);
            assertEquals(Outcome.FINISHED, in.run(t, 1000, () -> false));
            assertEquals(Shapes.FAILED, in.lastEnd);
            assertTrue(vm.out.toString(), vm.out.toString().contains("thread " + id + " (Spin#" + id + ") killed"));
            assertEquals(0, vm.rt.liveThreads().size());
            assertEquals(0L, vm.rt.threadById(id));
        }
    }

    @Test public void killEndsASleepingThreadAtOnce() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            long t = start(vm, SLEEPER);
            Interpreter in = new Interpreter(vm.rt);
            assertEquals(Outcome.BLOCKED, in.run(t, 1000, () -> false));
            assertTrue(vm.rt.waitsOn(t), vm.rt.waitsOn(t).startsWith("sleep until "));
            assertTrue(vm.rt.waitsOn(t), vm.rt.waitsOn(t).endsWith(" in time.sleep"));
            vm.rt.kill(t);
            assertEquals(Outcome.FINISHED, in.run(t, 1000, () -> false));
            assertEquals(0, vm.rt.liveThreads().size());
        }
    }

    @Test public void suspendStopsAThreadAcrossARestartAndResumeLetsItGoOn() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long id;
        try (VmHarness vm = new VmHarness(file)) {
            long t = start(vm, LOOP);
            id = vm.rt.threadId(t);
            Interpreter in = new Interpreter(vm.rt);
            in.run(t, 1000, () -> false);
            assertTrue(vm.rt.setSuspended(t, true));
            assertEquals(Outcome.BLOCKED, in.run(t, 1000, () -> false));
        }
        try (VmHarness vm = new VmHarness(file)) {
            long t = vm.rt.threadById(id);
            assertNotEquals(0L, t);
            assertTrue("still suspended after the restart", vm.rt.isSuspended(t));
            Interpreter in = new Interpreter(vm.rt);
            assertEquals(Outcome.BLOCKED, in.run(t, 1000, () -> false));
            String before = vm.rt.where(t);
            assertTrue(vm.rt.setSuspended(t, false));
            assertEquals(Outcome.YIELDED, in.run(t, 1000, () -> false));
            assertFalse(vm.rt.isSuspended(t));
            assertTrue(before, before.startsWith("Spin.main()V (line "));
        }
    }

    @Test public void killHoldsAcrossARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        try (VmHarness vm = new VmHarness(file)) {
            long t = start(vm, SLEEPER);
            new Interpreter(vm.rt).run(t, 1000, () -> false);
            vm.rt.kill(t); // the process dies before the thread's next slice
        }
        try (VmHarness vm = new VmHarness(file)) {
            long t = vm.rt.liveThreads().get(0);
            assertEquals(Outcome.FINISHED, new Interpreter(vm.rt).run(t, 1000, () -> false));
            assertEquals(0, vm.rt.liveThreads().size());
        }
    }

    @Test public void priorityIsKeptAcrossARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long id;
        try (VmHarness vm = new VmHarness(file)) {
            long t = start(vm, SLEEPER);
            id = vm.rt.threadId(t);
            assertTrue(vm.rt.setPriority(t, 2));
        }
        try (VmHarness vm = new VmHarness(file)) {
            assertEquals(2, vm.space.getInt(vm.rt.threadById(id), Shapes.T_PRIORITY));
        }
    }

    @Test public void threadsListShowsNameLineAndPriority() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            long t = start(vm, SLEEPER);
            new Interpreter(vm.rt).run(t, 1000, () -> false);
            VmComponent.ThreadDetails d = new VmComponent.ThreadDetails(
                new phantom.api.vm.VirtualMachine.ThreadInfo(t, vm.rt.threadId(t), "sleeping", vm.rt.where(t)),
                vm.rt.threadName(t), "Sleeper", 0, vm.rt.waitsOn(t));
            String table = VmCommands.format(java.util.List.of(d));
            assertTrue(table, table.contains("Sleeper#1"));
            assertTrue(table, table.contains("sleeping"));
            assertTrue(table, table.contains("normal"));
            assertTrue(table, table.contains("Sleeper.main()V (line "));
            assertTrue(table, table.contains("in time.sleep"));
        }
    }

    static final String HELLO = String.join("\n",
        "class Hello",
        "method main ()V",
        "    new tty",
        "    oldc \"hi\"",
        "    call tty.println (O)V",
        "    new time",
        "    iconst 1",
        "    call time.sleep (I)V",
        "    new tty",
        "    oldc \"bye\"",
        "    call tty.println (O)V",
        "    ret",
        "end");

    /** One program writes: its output is as it is. Two write: each line names its thread. */
    @Test public void outputCarriesItsThreadWhenSeveralWrite() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            assertEquals("hi\nbye\n", vm.run(HELLO));
            vm.out.setLength(0);
            long a = start(vm, HELLO), b = start(vm, HELLO);
            long ia = vm.rt.threadId(a), ib = vm.rt.threadId(b);
            Interpreter in = new Interpreter(vm.rt);
            in.run(a, 1000, () -> false); // a prints alone: untagged
            in.run(b, 1000, () -> false); // now two write
            Thread.sleep(5);
            in.run(a, 1000, () -> false);
            in.run(b, 1000, () -> false);
            String out = vm.out.toString();
            // a ended after its bye: b writes alone again
            assertEquals("hi\n[Hello#" + ib + "] hi\n[Hello#" + ia + "] bye\nbye\n", out);
        }
    }
}
