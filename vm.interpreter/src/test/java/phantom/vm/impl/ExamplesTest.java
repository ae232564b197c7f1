package phantom.vm.impl;

import static org.junit.Assert.*;

import org.junit.Test;

/** The programs of examples/, run to the end, with their exact output. */
public class ExamplesTest {

    private static String run(String example) throws Exception {
        try (VmHarness vm = new VmHarness()) {
            long before = vm.space.stats().liveObjects();
            String out = vm.run(VmHarness.example(example));
            assertTrue("objects were freed as the program ran: " + vm.space.stats().liveObjects(),
                vm.space.stats().liveObjects() - before < 200);
            return out;
        }
    }

    @Test public void hello() throws Exception {
        assertEquals("Hello, world\n", run("hello.pasm"));
    }

    @Test public void fib() throws Exception {
        assertEquals("75025\n", run("fib.pasm"));
    }

    @Test public void sieve() throws Exception {
        assertEquals("primes below 10000: 1229\n", run("sieve.pasm"));
    }

    @Test public void strings() throws Exception {
        assertEquals("1,2,3,4,5,6,7,8,9,10\nlength 20\n2,3,4\nindexOf 10: 18\n", run("strings.pasm"));
    }

    @Test public void exceptionsAcrossFrames() throws Exception {
        assertEquals("caught: thrown three frames down\n"
            + "caught: error: division by zero\n"
            + "now an uncaught one\n"
            + "thread 1 (Exceptions#1) died: uncaught string: nobody catches this\n"
            + "    at Exceptions.main()V (line 39, pc 78)\n", run("exceptions.pasm"));
    }

    @Test public void virtualDispatch() throws Exception {
        assertEquals("shape with area 0\nshape with area 12\nshape with area 25\n", run("dispatch.pasm"));
    }
}
