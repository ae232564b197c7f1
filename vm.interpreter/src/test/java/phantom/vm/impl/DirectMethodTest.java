package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.DirectMethod;
import phantom.api.classes.NativeCall;
import phantom.api.space.Ref;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;

/**
 * Internal methods bound per call site as direct methods: a site of exactly their signature
 * calls them without boxes, interpreted and compiled, and another signature goes through
 * invoke; their errors are the VM's errors, and one that tries to block is refused.
 */
public class DirectMethodTest {

    /** time, with "twice" (I)I, "fail" ()V and "nap" ()V added, each offered direct, counting how it was called. */
    static final class Time extends AbstractInternalClass {
        static final int TWICE = CoreClasses.TIME.size(), FAIL = TWICE + 1, NAP = TWICE + 2;
        private final phantom.classes.times.TimeClass base = new phantom.classes.times.TimeClass();
        final AtomicInteger direct = new AtomicInteger(), invoked = new AtomicInteger();

        Time() { super("time", 2, table()); }

        private static List<String> table() {
            List<String> t = new ArrayList<>(CoreClasses.TIME);
            t.addAll(List.of("twice", "fail", "nap"));
            return List.copyOf(t);
        }

        @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
            if (ordinal == TWICE) {
                invoked.incrementAndGet();
                return Ref.ofInt(2 * intArg(call, args, 0));
            }
            return base.invoke(call, ordinal, self, args);
        }

        @Override public DirectMethod direct(int ordinal) {
            if (ordinal == TWICE) return DirectMethod.of("(I)I", (c, self, a0, a1) -> {
                direct.incrementAndGet();
                return 2 * (int) a0;
            });
            if (ordinal == FAIL) return DirectMethod.of("()V", (c, self, a0, a1) -> { throw c.error("no good"); });
            if (ordinal == NAP) return DirectMethod.of("()V", (c, self, a0, a1) -> {
                c.sleepUntil(System.currentTimeMillis() + 10);
                return 0;
            });
            return null;
        }
    }

    private static final String SUM = """
        class Summer
        method main ()V
            new tty
            this
            iconst 3000
            call Summer.sum (I)I
            box
            call tty.println (O)V
            new tty
            new time
            lconst 21
            call time.twice (J)J
            lbox
            call tty.println (O)V
            ret
        end
        method sum (I)I
            iconst 0
            istore 1
            iconst 0
            istore 2
        loop:
            iload 2
            iload 0
            if_icmpge done
            new time
            iload 2
            call time.twice (I)I
            iload 1
            iadd
            istore 1
            iinc 2 1
            goto loop
        done:
            iload 1
            iret
        end
        """;

    @Test
    public void aSiteOfTheDirectSignatureCallsItInterpretedAndCompiledAndAnotherSignatureInvokes() throws Exception {
        try (VmHarness h = new VmHarness()) {
            Time time = install(h);
            String out = run(h, SUM, "Summer");
            assertEquals(out, "8997000\n42\n", out.replace("\r", ""));
            assertEquals("every call of the (I)I site direct", 3000, time.direct.get());
            assertEquals("the (J)J site through invoke, boxed", 1, time.invoked.get());
        }
    }

    @Test
    public void aDirectMethodsErrorIsACatchableVmErrorNamingIt() throws Exception {
        try (VmHarness h = new VmHarness()) {
            install(h);
            String out = run(h, """
                class Failer
                method main ()V
                try:
                    new time
                    call time.fail ()V
                    goto after
                end:
                caught:
                    ostore 1
                    new tty
                    oload 1
                    call object.toString ()O
                    call tty.println (O)V
                after:
                    ret
                    catch try end caught error
                end
                """, "Failer");
            assertTrue(out, out.contains("time.fail: no good"));
        }
    }

    /** The same error from compiled code: boom is compiled at its second call and hands the error to its interpreted caller. */
    @Test
    public void aDirectMethodsErrorInCompiledCodeIsCaughtByItsInterpretedCaller() throws Exception {
        try (VmHarness h = new VmHarness()) {
            Time time = install(h);
            String out = run(h, """
                class Boomer
                method main ()V
                    iconst 0
                    istore 0
                again:
                    iload 0
                    iconst 3
                    if_icmpge done
                try:
                    this
                    call Boomer.boom ()V
                    goto next
                end:
                caught:
                    ostore 1
                    new tty
                    oload 1
                    call object.toString ()O
                    call tty.println (O)V
                next:
                    iinc 0 1
                    goto again
                done:
                    ret
                    catch try end caught error
                end
                method boom ()V
                    iconst 0
                    istore 0
                loop:
                    iload 0
                    iconst 1000
                    if_icmpge fail
                    new time
                    iload 0
                    call time.twice (I)I
                    ipop
                    iinc 0 1
                    goto loop
                fail:
                    new time
                    call time.fail ()V
                    ret
                end
                """, "Boomer");
            assertEquals(out, 3, out.split("time.fail: no good", -1).length - 1);
            assertEquals(3000, time.direct.get());
            ClassInfo.Target boom = h.rt.byName("Boomer").lookup("boom", "()V");
            assertTrue("boom was compiled: " + boom.jitWhy, boom.jit != null);
        }
    }

    @Test
    public void aDirectMethodThatTriesToBlockIsRefused() throws Exception {
        try (VmHarness h = new VmHarness()) {
            install(h);
            String out = run(h, """
                class Napper
                method main ()V
                    new time
                    call time.nap ()V
                    ret
                end
                """, "Napper");
            assertTrue(out, out.contains("time.nap tried to block"));
        }
    }

    /** array.get lends its element: held in a local after the array let it go, across slice ends, it is still the same string. */
    @Test
    public void anElementArrayGetLentOutlivesItsArraysHoldInTheFrameThatHoldsIt() throws Exception {
        try (VmHarness h = new VmHarness()) {
            String out = run(h, """
                class Lender
                method main ()V
                    new array
                    ostore 1
                    oload 1
                    iconst 12345
                    callstatic string.fromInt (I)O
                    call array.add (O)V
                    oload 1
                    iconst 0
                    call array.get (I)O
                    ostore 2
                    oload 1
                    call array.clear ()V
                    iconst 0
                    istore 1
                spin:
                    iload 1
                    iconst 20000
                    if_icmpge done
                    oload 1
                    iconst 7
                    callstatic string.fromInt (I)O
                    call array.add (O)V
                    oload 1
                    call array.clear ()V
                    iinc 1 1
                    goto spin
                done:
                    new tty
                    oload 2
                    call tty.println (O)V
                    ret
                end
                """, "Lender");
            assertEquals("12345\n", out.replace("\r", ""));
        }
    }

    private static Time install(VmHarness h) {
        Time time = new Time();
        h.classes.put("time", time);
        h.rt.internalChanged("time");
        return time;
    }

    private static String run(VmHarness h, String program, String main) throws Exception {
        for (ClassFile cf : Assembler.assemble(program, n -> h.classes.containsKey(n) ? h.classes.get(n).methods() : null)) {
            h.rt.loadClass(cf.toBytes());
        }
        synchronized (h.out) { h.out.setLength(0); }
        long thread = h.rt.newThread(main);
        h.runToEnd(thread, 500);
        h.space.release(thread);
        return h.out.toString();
    }
}
