package phantom.vm.impl;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

import phantom.vm.code.Verifier;

/**
 * One program cannot take the whole space: what a program allocates is charged to it, an
 * allocation past its share is a catchable out-of-memory error, and another program still
 * allocates; what the hog held comes back when it lets go.
 */
public class SpaceQuotaTest {
    static final String HOG = """
        class Hog
        field obj keep
        method main ()V
            new array
            oputf keep
        grab:
            ogetf keep
            new binary
            ostore 1
            oload 1
            iconst 60000
            call binary.resize (I)V
            oload 1
            call array.add (O)V
            goto grab
        grabbed:
        caught:
            ostore 1
            new tty
            oldc "hog stopped: "
            oload 1
            call object.toString ()O
            call string.concat (O)O
            call tty.println (O)V
            onull
            oputf keep
            ret
            catch grab grabbed caught error
        end
        """;

    static final String MODEST = """
        class Modest
        method main ()V
            new binary
            ostore 1
            oload 1
            iconst 60000
            call binary.resize (I)V
            new tty
            oldc "modest allocated"
            call tty.println (O)V
            ret
        end
        """;

    @Test
    public void aProgramPastItsShareGetsACatchableErrorAndAnotherStillAllocates() throws Exception {
        VmLimits limits = new VmLimits(Verifier.Limits.DEFAULT, 64, 250_000, 4 << 20, 1 << 22, 16 << 20, 0, 25);
        try (VmHarness h = new VmHarness(VmHarness.newSpaceFile(), 32L << 20, limits)) {
            String hog = h.load(HOG);
            long t = h.rt.newThread(hog);
            int owner = h.rt.ownerOf(t);
            h.runToEnd(t, 10_000);
            h.space.release(t);
            String out = h.out.toString();
            assertTrue(out, out.contains("hog stopped: ") && out.contains("out of memory: space quota of owner " + owner + " reached")
                && out.contains("phantom.vm.limit.programSpacePercent=25%"));
            assertTrue("the hog's share was freed when it let go: " + h.space.ownerBytes(owner), h.space.ownerBytes(owner) < (1 << 20));

            String modest = h.load(MODEST);
            long m = h.rt.newThread(modest);
            h.runToEnd(m, 10_000);
            h.space.release(m);
            assertTrue(h.out.toString(), h.out.toString().contains("modest allocated"));
        }
    }
}
