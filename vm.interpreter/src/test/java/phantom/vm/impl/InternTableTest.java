package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Test;

/**
 * One string object per interned text: equal literals of two classes are the same object,
 * {@code string.intern} of a string made at run time gives the literal, the table survives a
 * restart, and at a safepoint it lets go of what only it holds.
 */
public class InternTableTest {
    static final String TWO_CLASSES = """
        class Other
        method lit ()O
            oldc "shared"
            oret
        end
        class Same
        method main ()V
            new Other
            call Other.lit ()O
            oldc "shared"
            if_oeq same
            new tty
            oldc "two objects"
            call tty.println (O)V
            goto interned
        same:
            new tty
            oldc "one object"
            call tty.println (O)V
        interned:
            oldc "sha"
            oldc "red"
            call string.concat (O)O
            ostore 1
            oload 1
            oldc "shared"
            if_oeq notFresh
            oload 1
            call string.intern ()O
            oldc "shared"
            if_oeq internOk
        notFresh:
            new tty
            oldc "intern wrong"
            call tty.println (O)V
            ret
        internOk:
            new tty
            oldc "intern gives the literal"
            call tty.println (O)V
            ret
        end
        """;

    @Test
    public void equalLiteralsOfTwoClassesAreOneObjectAndInternGivesIt() throws Exception {
        try (VmHarness h = new VmHarness()) {
            assertEquals("one object\nintern gives the literal\n", h.run(TWO_CLASSES));
        }
    }

    @Test
    public void aTextInternedAtRunTimeIsTheSameObjectAfterARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long first;
        try (VmHarness h = new VmHarness(file)) {
            long made = h.rt.newString("made at run time " + 42);
            first = h.rt.interned.intern(made);
            assertEquals(made, first);
            h.space.setRoot(phantom.api.space.Roots.FIRST_FREE, first); // keeps it alive across the restart
            h.space.release(first);
            h.space.release(made);
        }
        try (VmHarness h = new VmHarness(file)) {
            long again = h.rt.newString("made at run time 42");
            long interned = h.rt.interned.intern(again);
            assertEquals("the restored table answers with the string of the first life", first, interned);
            h.space.release(interned);
            h.space.release(again);
        }
    }

    @Test
    public void atASafepointTheTableLetsGoOfStringsOnlyItHolds() throws Exception {
        try (VmHarness h = new VmHarness()) {
            long before = h.space.stats().liveObjects();
            int sizeBefore = h.rt.interned.size();
            long kept = interned(h, "kept");
            for (int i = 0; i < 500; i++) {
                long s = h.rt.newString("dropped " + i);
                h.space.release(h.rt.interned.intern(s));
                h.space.release(s);
            }
            assertEquals(sizeBefore + 501, h.rt.interned.size());
            int dropped = h.rt.interned.pruneAtSafepoint();
            assertEquals(500, dropped);
            assertEquals(sizeBefore + 1, h.rt.interned.size());
            long k2 = h.rt.newString("kept");
            long same = h.rt.interned.intern(k2);
            assertEquals("a string something else holds stays interned", kept, same);
            h.space.release(same);
            h.space.release(k2);
            h.space.release(kept);
            assertTrue("the dropped strings were freed: " + (h.space.stats().liveObjects() - before),
                h.space.stats().liveObjects() - before < 50);
        }
    }

    private static long interned(VmHarness h, String text) {
        long s = h.rt.newString(text);
        long i = h.rt.interned.intern(s);
        h.space.release(s);
        return i;
    }
}
