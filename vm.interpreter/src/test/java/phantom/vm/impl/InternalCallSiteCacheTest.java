package phantom.vm.impl;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/**
 * A call site caches the internal class it called; a virtual site that sees receivers of
 * several internal classes must run each one's own method (a cache keyed by the site alone ran
 * string's toString on an error: "error.toString failed").
 */
public class InternalCallSiteCacheTest {
    static final String PROGRAM = """
        class Mixed
        method show (O)V
            new tty
            oload 1
            call object.toString ()O
            call tty.println (O)V
            ret
        end
        method main ()V
            this
            oldc "a string"
            call Mixed.show (O)V
            this
            new array
            call Mixed.show (O)V
            this
            oldc "again"
            call Mixed.show (O)V
            ret
        end
        """;

    @Test
    public void aVirtualInternalSiteRunsEachReceiverClassesOwnMethod() throws Exception {
        try (VmHarness h = new VmHarness()) {
            String out = h.run(PROGRAM);
            assertEquals("a string\n" + expectedArray(h) + "\nagain\n", out);
        }
    }

    private static String expectedArray(VmHarness h) throws Exception {
        try (VmHarness other = new VmHarness()) {
            return other.run("""
                class One
                method main ()V
                    new tty
                    new array
                    call object.toString ()O
                    call tty.println (O)V
                    ret
                end
                """).trim();
        }
    }
}
