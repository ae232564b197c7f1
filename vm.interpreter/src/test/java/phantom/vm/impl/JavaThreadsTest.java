package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Test;

/** The instructions Java threads are built on: spawn, thread.join, and Object.wait/notify on monitors (mwait, mnotify, mnotifyall). */
public class JavaThreadsTest {
    private final VmHarness vm;

    public JavaThreadsTest() throws Exception { vm = new VmHarness(); }

    @After public void close() throws Exception { vm.close(); }

    static final String BOX = """
        class Box
        field int n
        method inc ()V
            this
            menter
            igetf n
            iconst 1
            iadd
            iputf n
            this
            mexit
            ret
        end
        method get ()I
            igetf n
            iret
        end
        ; waits until n is not 0, then takes it
        method take ()I
            this
            menter
        look:
            igetf n
            ifne got
            this
            ildc 0L
            mwait
            ipop
            goto look
        got:
            igetf n
            iconst 0
            iputf n
            this
            mexit
            iret
        end
        method put (I)V
            this
            menter
            iload 0
            iputf n
            this
            mnotifyall
            this
            mexit
            ret
        end
        """;

    static String worker(String name, String body) {
        return "class " + name + "\nfield obj box\nmethod setBox (O)V\n oload 1\n oputf box\n ret\nend\nmethod run ()V\n" + body + "\nend\n";
    }

    private void run(String src) {
        String main = vm.load(src);
        long t = vm.rt.newThread(main);
        vm.space.release(t);
        vm.runAllToEnd(1000, 20_000);
    }

    @Test public void twoSpawnedThreadsCountUnderOneMonitorAndAreJoined() {
        String src = BOX + worker("Adder", """
             iconst 0
             istore 0
            loop:
             iload 0
             iconst 1000
             if_icmpge done
             ogetf box
             call Box.inc ()V
             iinc 0 1
             goto loop
            done:
             ret""") + """
            class Main
            method main ()V
                new Box
                ostore 1
                new Adder
                ostore 2
                oload 2
                oload 1
                call Adder.setBox (O)V
                new Adder
                ostore 3
                oload 3
                oload 1
                call Adder.setBox (O)V
                oload 2
                spawn
                ostore 4
                oload 3
                spawn
                ostore 5
                oload 4
                call thread.join ()V
                oload 5
                call thread.join ()V
                new tty
                oload 1
                call Box.get ()I
                box
                call tty.println (O)V
                oload 4
                call thread.isAlive ()I
                box
                new tty
                oswap
                call tty.println (O)V
                ret
            end
            """;
        run(src);
        assertEquals("2000\n0\n", vm.out.toString());
    }

    @Test public void aThreadWaitingOnAMonitorTakesWhatANotifyHandsIt() {
        String src = BOX + worker("Taker", """
             new tty
             ogetf box
             call Box.take ()I
             box
             call tty.println (O)V
             ret""") + """
            class Main
            method main ()V
                new Box
                ostore 1
                new Taker
                ostore 2
                oload 2
                oload 1
                call Taker.setBox (O)V
                oload 2
                spawn
                ostore 3
                new time
                iconst 30
                call time.sleep (I)V
                oload 1
                iconst 42
                call Box.put (I)V
                oload 3
                call thread.join ()V
                ret
            end
            """;
        run(src);
        assertEquals("42\n", vm.out.toString());
        long table = vm.space.root(phantom.api.space.Roots.MONITORS);
        assertEquals("no monitor is held and nobody waits", 0, vm.space.getLong(table, 0));
    }

    @Test public void aTimedWaitNobodyNotifiesEndsWithZeroAndTheMonitorHeldAgain() {
        String out = vm.run("class W\nmethod main ()V\n this\n menter\n this\n ildc 5L\n mwait\n box\n new tty\n oswap\n call tty.println (O)V\n"
            + " this\n mexit\n ret\nend\n");
        assertEquals("0\n", out);
    }

    @Test public void waitAndNotifyWithoutTheMonitorAreErrors() {
        String out = vm.run("class T\nmethod main ()V\n this\n ildc 0L\n mwait\n ipop\n ret\nend\n");
        assertTrue(out, out.contains("wait by a thread that does not hold the monitor"));
        out = vm.run("class U\nmethod main ()V\n this\n mnotify\n ret\nend\n");
        assertTrue(out, out.contains("notify by a thread that does not hold the monitor"));
    }

    @Test public void spawnOfAnObjectWithoutRunIsAnError() {
        String out = vm.run("class V\nmethod main ()V\n this\n spawn\n opop\n ret\nend\n");
        assertTrue(out, out.contains("has no method run ()V"));
    }
}
