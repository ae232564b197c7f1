package phantom.vm.impl;

import static org.junit.Assert.*;

import java.lang.reflect.Field;

import org.junit.Test;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.NativeCall;
import phantom.api.kernel.Executor.Outcome;

/**
 * `./phantom run` waits for its thread through the Executor: a thread that dies of a Java
 * exception inside the VM must still end the run, as failed (the launcher's exit code 1).
 * Before, the exception escaped to the scheduler, which dropped the thread, and the run never
 * returned.
 */
public class RunExitTest {
    private static void set(Object o, String field, Object value) throws Exception {
        Field f = VmComponent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, value);
    }

    @Test public void aThreadKilledByAJavaExceptionEndsTheRunAsFailed() throws Exception {
        String before = System.getProperty("phantom.run.status");
        try (VmHarness vm = new VmHarness()) {
            // a RuntimeException from an internal class is a VM error the program may catch; a Java Error is not
            vm.classes.put("time", new AbstractInternalClass("time", 9, CoreClasses.TIME) {
                @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
                    throw new StackOverflowError("deep");
                }
            });
            String main = vm.load("class T\nmethod main ()V\n callstatic time.now ()J\n ipop\n ret\nend\n");
            long t = vm.rt.newThread(main);
            VmComponent c = new VmComponent();
            set(c, "space", vm.space);
            set(c, "rt", vm.rt);
            set(c, "exitWhenDone", t);
            System.clearProperty("phantom.run.status");
            assertEquals(Outcome.FINISHED, c.run(t, 10_000, () -> false));
            assertEquals("failed", System.getProperty("phantom.run.status"));
            assertTrue(vm.out.toString(), vm.out.toString().contains("died: internal error: java.lang.StackOverflowError: deep"));
            vm.space.release(t);
        } finally {
            if (before == null) System.clearProperty("phantom.run.status");
            else System.setProperty("phantom.run.status", before);
        }
    }
}
