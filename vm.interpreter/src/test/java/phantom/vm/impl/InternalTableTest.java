package phantom.vm.impl;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.NativeCall;
import phantom.api.space.Ref;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;

/**
 * An internal class's method table comes from its bound bundle: an update may add a method
 * (the assembler and the VM both see it) and remove one (a call of it is a clean VM error,
 * catchable, never a call of whatever took its ordinal).
 */
public class InternalTableTest {
    static final String PROGRAM = """
        class Asker
        method main ()V
            new tty
            oldc "answer "
            new time
            call time.answer ()I
            box
            call string.concat (O)O
            call tty.println (O)V
            ret
        end
        """;

    /** A build of the time class that added {@code answer}, or (removed) left its ordinal as a tombstone. */
    static final class Time extends AbstractInternalClass {
        private final phantom.classes.times.TimeClass base = new phantom.classes.times.TimeClass();

        Time(int version, String added) { super("time", version, table(added)); }

        private static List<String> table(String added) {
            List<String> t = new ArrayList<>(CoreClasses.TIME);
            t.add(added);
            return List.copyOf(t);
        }

        @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
            if (ordinal == CoreClasses.TIME.size()) return Ref.ofInt(42);
            return base.invoke(call, ordinal, self, args);
        }
    }

    @Test
    public void aMethodAddedByAnUpdatedBundleIsCallableAndARemovedOneIsACleanVmError() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.classes.put("time", new Time(2, "answer"));
            h.rt.internalChanged("time");
            String main = null;
            for (ClassFile cf : Assembler.assemble(PROGRAM, n -> h.classes.containsKey(n) ? h.classes.get(n).methods() : null)) {
                h.rt.loadClass(cf.toBytes());
                main = cf.name();
            }
            assertTrue(h.out.toString(), runAndPrint(h, main).contains("answer 42"));

            h.classes.put("time", new Time(3, "-")); // version 3 removed it; its ordinal is never reused
            h.rt.internalChanged("time");
            String out = runAndPrint(h, main);
            assertTrue(out, out.contains("has no method answer") && out.contains("version 3"));
        }
    }

    @Test
    public void theOfflineAssemblerRefusesAMethodNoCoreTableHas() {
        try {
            Assembler.assemble(PROGRAM);
            throw new AssertionError("assembled a call of a method the core table of time does not have");
        } catch (Assembler.AsmException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("answer"));
        }
    }

    private static String runAndPrint(VmHarness h, String main) {
        synchronized (h.out) { h.out.setLength(0); }
        long thread = h.rt.newThread(main);
        h.runToEnd(thread, 10_000);
        h.space.release(thread);
        return h.out.toString();
    }
}
