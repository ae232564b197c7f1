package phantom.vm.impl;

import static org.junit.Assert.*;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;
import phantom.api.space.Ref;
import phantom.api.vm.VirtualMachine.Field;
import phantom.api.vm.VirtualMachine.ObjectView;
import phantom.api.vm.VirtualMachine.TtyText;

/** Issue 18, what the web console reads of the VM: each thread's own TTY (output, a line sent to it) and the object inspector. */
public class WebConsoleViewsTest {

    @Test public void aLineSentToAThreadsTtyComesBeforeTheConsolesAndItsOutputIsKeptPerThread() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            vm.inputEnded = false;
            vm.input.add("from the console");
            vm.load(TtyReadTest.ECHO);
            long t = vm.rt.newThread("Echo");
            long id = vm.rt.threadId(t);
            vm.rt.tty(id).input.add("from the web");
            Interpreter in = new Interpreter(vm.rt);
            for (int i = 0; i < 6; i++) in.run(t, 1000, () -> false);
            assertEquals("got from the web\ngot from the console\n", vm.out.toString());
            TtyText all = vm.rt.tty(id).read(0);
            assertEquals("got from the web\ngot from the console\n", all.text());
            assertEquals(0, all.start());
            assertEquals(all.text().length(), all.end());
            assertEquals("got from the console\n", vm.rt.tty(id).read("got from the web\n".length()).text());
            assertEquals("", vm.rt.tty(id).read(all.end()).text());
            assertEquals("a position past the end reads nothing", "", vm.rt.tty(id).read(all.end() + 100).text());
            vm.space.release(t);
        }
    }

    @Test public void ttyOutputKeepsAtLeastTheLast64KiB() {
        VmRuntime.Tty tty = new VmRuntime.Tty();
        String line = "x".repeat(999) + "\n";
        for (int i = 0; i < 300; i++) tty.append(line);
        TtyText t = tty.read(0);
        assertEquals(300_000, t.end());
        assertTrue(t.text().length() >= VmRuntime.Tty.KEEP && t.text().length() <= 2 * VmRuntime.Tty.KEEP);
        assertEquals(t.end(), t.start() + t.text().length());
        assertEquals("a reader behind the window gets what is kept", t.text(), tty.read(5).text());
    }

    @Test public void theInspectorShowsRootsAndFieldsByName() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            long t = vm.rt.newThread(vm.load(ThreadControlTest.LOOP));
            vm.space.release(t);
            Interpreter in = new Interpreter(vm.rt);
            assertEquals(Outcome.YIELDED, in.run(t, 1000, () -> false));
            Inspector inspector = new Inspector(vm.space, vm.rt);

            ObjectView roots = inspector.view(Ref.NULL);
            assertEquals("roots", roots.className());
            Field threads = roots.fields().stream().filter(f -> f.name().equals("threads")).findFirst().orElseThrow();
            assertEquals(vm.space.root(phantom.api.space.Roots.THREADS), threads.ref());

            ObjectView list = inspector.view(threads.ref());
            assertEquals("array", list.className());
            assertEquals("size 1", list.text());
            assertEquals(t, list.fields().get(0).ref());

            // the Spin instance is the frame's first object local: its integer field by its qualified name
            long frame = vm.space.getRef(t, Shapes.T_FRAME);
            long spin = vm.space.getRef(frame, Shapes.F_LOCALS);
            ObjectView o = inspector.view(spin);
            assertEquals("Spin", o.className());
            Field n = o.fields().stream().filter(f -> f.name().equals("Spin.n")).findFirst().orElseThrow(() -> new AssertionError(o));
            assertTrue(n.value(), Long.parseLong(n.value()) > 0);
            assertEquals(Ref.NULL, n.ref());

            ObjectView thread = inspector.view(t);
            assertTrue(thread.fields().stream().anyMatch(f -> f.value().startsWith("string \"Spin#")));

            for (long bad : new long[] { Ref.ofInt(5), -16, vm.space.capacity() + 16, 12 }) {
                try {
                    inspector.view(bad);
                    fail("not an object: " + bad);
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage(), e.getMessage().contains(Long.toString(bad)));
                }
            }
        }
    }
}
