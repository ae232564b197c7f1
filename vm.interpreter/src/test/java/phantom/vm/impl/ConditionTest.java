package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;
import phantom.api.space.Roots;

/**
 * Producer and consumer with a mutex and a condition: the consumer waits on the condition
 * while the queue is empty. The two are interleaved, stopped at an arbitrary point (often with
 * the consumer waiting on the condition), the space is closed and reopened, and they finish:
 * the consumer has received every item exactly once.
 */
public class ConditionTest {
    static final String SRC = """
        class Shared
        field obj m
        field obj c
        field obj q
        field int sum
        method init ()V
            new mutex
            oputf m
            new condition
            oputf c
            new array
            oputf q
            ret
        end
        method m ()O
            ogetf m
            oret
        end
        method c ()O
            ogetf c
            oret
        end
        method q ()O
            ogetf q
            oret
        end
        method add (I)V
            igetf sum
            iload 0
            iadd
            iputf sum
            ret
        end

        class Producer
        field obj s
        method main ()V
            iconst 1
            istore 0
        loop:
            iload 0
            iconst 100
            if_icmpgt done
            ogetf s
            call Shared.m ()O
            call mutex.lock ()V
            ogetf s
            call Shared.q ()O
            iload 0
            box
            call array.add (O)V
            ogetf s
            call Shared.c ()O
            call condition.signal ()V
            ogetf s
            call Shared.m ()O
            call mutex.unlock ()V
            iinc 0 1
            goto loop
        done:
            ret
        end

        class Consumer
        field obj s
        method main ()V
            iconst 0
            istore 0
        loop:
            iload 0
            iconst 100
            if_icmpge done
            ogetf s
            call Shared.m ()O
            call mutex.lock ()V
        check:
            ogetf s
            call Shared.q ()O
            call array.size ()I
            ifne take
            ogetf s
            call Shared.c ()O
            ogetf s
            call Shared.m ()O
            call condition.await (O)V
            goto check
        take:
            ogetf s
            ogetf s
            call Shared.q ()O
            call array.removeLast ()O
            unbox
            call Shared.add (I)V
            ogetf s
            call Shared.m ()O
            call mutex.unlock ()V
            iinc 0 1
            goto loop
        done:
            ret
        end
        """;

    @Test public void producerConsumerSurvivesARestart() throws Exception {
        for (int stopAfter : new int[] { 40, 400, 4000 }) {
            Path file = VmHarness.newSpaceFile();
            long p, c;
            try (VmHarness vm = new VmHarness(file)) {
                vm.load(SRC);
                p = vm.rt.newThread("Producer");
                c = vm.rt.newThread("Consumer");
                long shared = vm.rt.newInstance(vm.rt.byName("Shared"));
                vm.space.setRoot(Roots.FIRST_FREE, shared);
                vm.space.release(shared);
                // Shared.init through a tiny bootstrap thread would be more VM-like; the fields are set directly
                vm.space.setRef(shared, 0, vm.rt.newInstance(vm.rt.byName("mutex")));
                vm.space.release(vm.space.getRef(shared, 0));
                vm.space.setRef(shared, 1, vm.rt.newInstance(vm.rt.byName("condition")));
                vm.space.release(vm.space.getRef(shared, 1));
                vm.space.setRef(shared, 2, vm.rt.newInstance(vm.rt.byName("array")));
                vm.space.release(vm.space.getRef(shared, 2));
                for (long t : new long[] { p, c }) {
                    long self = vm.space.getRef(vm.space.getRef(t, Shapes.T_FRAME), Shapes.F_LOCALS);
                    vm.space.setRef(self, 0, shared);
                }
                Interpreter in = new Interpreter(vm.rt);
                // the consumer first, so it waits on an empty queue
                boolean waited = false;
                for (int i = 0; i < stopAfter; i++) {
                    in.run(c, 2, () -> false);
                    waited |= vm.space.getLong(c, Shapes.T_WAIT_TICKET) != 0;
                    if (i % 3 == 0) in.run(p, 2, () -> false);
                }
                assertTrue("the consumer waited on the condition", waited);
                if (stopAfter == 40) assertNotEquals("stopped while it waits", 0, vm.space.getLong(c, Shapes.T_WAIT_TICKET));
                vm.space.release(p);
                vm.space.release(c);
            }
            try (VmHarness vm = new VmHarness(file)) {
                Interpreter in = new Interpreter(vm.rt);
                boolean pd = false, cd = false;
                long deadline = System.currentTimeMillis() + 20_000;
                while (!(pd && cd)) {
                    assertTrue("both finish (stopAfter " + stopAfter + ")", System.currentTimeMillis() < deadline);
                    if (!pd) pd = in.run(p, 7, () -> false) == Outcome.FINISHED;
                    if (!cd) cd = in.run(c, 7, () -> false) == Outcome.FINISHED;
                }
                long shared = vm.space.root(Roots.FIRST_FREE);
                assertEquals("every item received exactly once (stopAfter " + stopAfter + ")", 5050, vm.space.getLong(shared, 0));
                assertEquals("", vm.out.toString());
            }
        }
    }
}
