package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;
import phantom.vm.code.ClassFormatException;

/**
 * Live patching of classes: new calls run new code on old instances too, frames in old code
 * finish there, instances migrate by field name (through a migration method when the new
 * version has one), subclasses are rebased, a bad patch changes nothing, rollback works and
 * everything holds across a restart. Each test runs a thread in slices and patches between
 * them, where the VM component patches: at a safepoint.
 */
public class PatchTest {
    /** A loop that asks its greeter every iteration; it ends when the greeter says "stop". */
    static final String LOOP = """
        class Greeter
        method greet ()O
            oldc "hello v1"
            oret
        end
        class Loop
        field obj g
        method main ()V
            new Greeter
            oputf g
        again:
            ogetf g
            call Greeter.greet ()O
            odup
            oldc "stop"
            call object.equals (O)I
            ifne done
            new tty
            oswap
            call tty.println (O)V
            new time
            iconst 1
            call time.sleep (I)V
            goto again
        done:
            opop
            ret
        end
        """;

    static final String GREETER_V2 = """
        class Greeter
        field int n
        method greet ()O
            igetf n
            iconst 1
            iadd
            iputf n
            oldc "hello v2 #"
            igetf n
            box
            call string.concat (O)O
            oret
        end
        """;

    static final String GREETER_STOP = """
        class Greeter
        method greet ()O
            oldc "stop"
            oret
        end
        """;

    /** Loads every class of a source (a patch for names already loaded); returns what the last load did. */
    static ClassVersions.Loaded apply(VmHarness h, String source) {
        ClassVersions.Loaded last = null;
        // as VmComponent.patch: a patched class may extend a loaded one the file does not hold
        for (ClassFile cf : Assembler.assemble(source, h.rt::methodNames)) last = h.rt.load(cf.toBytes());
        return last;
    }

    /** Runs slices until the output holds {@code text} (or the thread ends); false if it never came. */
    static boolean runUntil(VmHarness h, Interpreter in, long thread, String text) {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            synchronized (h.out) {
                if (h.out.toString().contains(text)) return true;
            }
            Outcome o = in.run(thread, 200, () -> false);
            if (o == Outcome.FINISHED) {
                synchronized (h.out) { return h.out.toString().contains(text); }
            }
            if (o == Outcome.BLOCKED) sleepUntilWake(h, thread);
        }
        return false;
    }

    static void sleepUntilWake(VmHarness h, long thread) {
        long wait = h.rt.wakeAt(thread) - System.currentTimeMillis();
        if (wait > 0) {
            try { Thread.sleep(Math.min(wait, 50)); } catch (InterruptedException e) { throw new AssertionError(e); }
        }
    }

    @Test public void aRunningLoopPicksUpTheNewCodeAtItsNextCallOnTheOldInstance() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(LOOP);
            long t = h.rt.newThread("Loop");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(h.out.toString(), runUntil(h, in, t, "hello v1"));
            ClassVersions.Loaded p = apply(h, GREETER_V2);
            assertTrue(p.patch());
            assertEquals(2, p.version());
            // the greeter made by version 1 (no fields, no room for n) now counts: migrated, through an extension object
            assertTrue(h.out.toString(), runUntil(h, in, t, "hello v2 #3"));
            apply(h, GREETER_STOP);
            runUntil(h, in, t, "\u0000 (runs to the end)");
            assertFalse(h.out.toString(), h.out.toString().contains("died"));
            assertEquals(Shapes.FINISHED, h.rt.threadState(t));
            h.space.release(t);
        }
    }

    @Test public void thePatchRequestAppliedAgainAfterACrashMakesNoNewVersion() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(LOOP);
            byte[] v2 = Assembler.assemble(GREETER_V2).get(0).toBytes();
            java.util.List<String> first, again;
            synchronized (h.rt.registryLock()) {
                first = h.rt.versions.loadAll(java.util.List.of(v2));
                again = h.rt.versions.loadAll(java.util.List.of(v2));
            }
            assertTrue(first.toString(), first.get(0).contains("patched Greeter to version 2"));
            assertTrue(again.toString(), again.get(0).contains("unchanged"));
            assertEquals(2, h.rt.named().get("Greeter").number);
        }
    }

    static final String HOLDER = """
        class Item
        field int v
        method value ()J
            lgetf v
            iret
        end
        class Main
        field obj items
        method main ()V
            new array
            oputf items
            iconst 0
            istore 0
        fill:
            iload 0
            iconst 1000
            if_icmpge pass
            ogetf items
            new Item
            odup
            iload 0
            iputfield Item v
            call array.add (O)V
            iinc 0 1
            goto fill
        pass:
            lconst 0
            lstore 1
            iconst 0
            istore 0
        sum:
            iload 0
            iconst 1000
            if_icmpge summed
            ogetf items
            iload 0
            call array.get (I)O
            call Item.value ()J
            lload 1
            ladd
            lstore 1
            iinc 0 1
            goto sum
        summed:
            new tty
            oldc "sum "
            lload 1
            lbox
            call string.concat (O)O
            call tty.println (O)V
            new time
            iconst 1
            call time.sleep (I)V
            goto pass
        end
        """;

    /** Version 2 keeps v + 1000 in a new field w, set by its migration method. */
    static final String HOLDER_ITEM_V2 = """
        class Item
        field int w
        method migrate (O)V
            oload 1
            igetfield Item v
            iconst 1000
            iadd
            iputf w
            ret
        end
        method value ()J
            lgetf w
            iret
        end
        """;

    @Test public void anEagerMigrationMovesEveryInstanceBeforeTheProgramTouchesOne() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(HOLDER);
            long t = h.rt.newThread("Main");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(h.out.toString(), runUntil(h, in, t, "sum 499500\n"));
            apply(h, HOLDER_ITEM_V2);
            // as VmComponent.migrate does it, each step at a safepoint (here: between slices)
            long list = Lists.create(h.space, h.rt.arrayClass, h.rt.backingClass);
            long migrator = h.rt.versions.newMigrator("Item", list);
            long pos = 0;
            do {
                pos = h.rt.versions.collectStale(h.rt.versions.staleVersionsOf("Item"), pos, 100, list);
            } while (pos != 0);
            assertEquals(1000, Lists.size(h.space, list));
            assertEquals("idle priority", 2, h.space.getInt(migrator, Shapes.T_PRIORITY));
            h.runToEnd(migrator, 500);
            assertFalse(h.out.toString(), h.out.toString().contains("died"));
            java.util.List<phantom.api.vm.VirtualMachine.ClassVersion> cs = h.rt.versions.census(java.util.Map.of());
            assertTrue("no instance is left in version 1: " + cs,
                cs.stream().noneMatch(c -> c.name().equals("Item") && c.version() == 1 && c.instances() > 0));
            assertTrue(cs.toString(), cs.stream().anyMatch(c -> c.name().equals("Item") && c.version() == 2 && c.instances() == 1000));
            // the program sees every value through the migration method's conversion
            assertTrue(h.out.toString(), runUntil(h, in, t, "sum " + (499500 + 1000 * 1000) + "\n"));
            h.space.release(migrator);
            h.space.release(t);
        }
    }

    static final String COUNTER = """
        class Counter
        field int count
        method bump ()I
            igetf count
            iconst 1
            iadd
            idup
            iputf count
            iret
        end
        class Main
        field obj c
        method main ()V
            new Counter
            oputf c
        again:
            ogetf c
            call Counter.bump ()I
            box
            new tty
            oswap
            call tty.println (O)V
            new time
            iconst 1
            call time.sleep (I)V
            goto again
        end
        """;

    /** Version 2 renames count to total (the migration method moves it) and adds a step of 100. */
    static final String COUNTER_V2 = """
        class Counter
        field int step
        field int total
        method migrate (O)V
            oload 1
            igetfield Counter count
            iputf total
            iconst 100
            iputf step
            ret
        end
        method bump ()I
            igetf total
            igetf step
            iadd
            idup
            iputf total
            iret
        end
        """;

    @Test public void aMigrationMethodMovesARenamedFieldAndSetsANewOne() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(COUNTER);
            long t = h.rt.newThread("Main");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(h.out.toString(), runUntil(h, in, t, "\n5\n"));
            apply(h, COUNTER_V2);
            // the count went on from where it was, in the renamed field, in steps of 100
            String out = h.out.toString();
            int last = Integer.parseInt(out.strip().lines().reduce((a, b) -> b).orElseThrow());
            assertTrue(h.out.toString(), runUntil(h, in, t, "\n" + (last + 100) + "\n"));
            assertTrue(h.out.toString(), runUntil(h, in, t, "\n" + (last + 300) + "\n"));
            assertFalse(h.out.toString(), h.out.toString().contains("died"));
            h.space.release(t);
        }
    }

    static final String WORKER = """
        class Job
        method work ()V
            iconst 0
            istore 0
        step:
            new tty
            oldc "old step"
            call tty.println (O)V
            new time
            iconst 1
            call time.sleep (I)V
            iinc 0 1
            iload 0
            iconst 6
            if_icmplt step
            ret
        end
        class Main
        method main ()V
            new Job
            call Job.work ()V
            new Job
            call Job.work ()V
            ret
        end
        """;

    static final String JOB_V2 = """
        class Job
        method work ()V
            new tty
            oldc "new work"
            call tty.println (O)V
            ret
        end
        """;

    @Test public void aFrameAlreadyInTheOldMethodFinishesThereAndTheNextCallRunsTheNewOne() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(WORKER);
            long t = h.rt.newThread("Main");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(runUntil(h, in, t, "old step\nold step\n"));
            apply(h, JOB_V2);
            assertTrue(h.out.toString(), runUntil(h, in, t, "new work"));
            String out = h.out.toString();
            // all six steps of the first call ran in the old code, then the second call ran the new code once
            assertEquals(out, 6, out.split("old step", -1).length - 1);
            assertTrue(out, out.endsWith("old step\nnew work\n"));
            h.space.release(t);
        }
    }

    static final String SHAPES = """
        class Base
        field int a
        method init ()V
            iconst 7
            iputf a
            ret
        end
        method who ()O
            oldc "base v1"
            oret
        end
        class Sub extends Base
        field int b
        method setB ()V
            iconst 5
            iputf b
            ret
        end
        method show ()O
            this
            call Base.who ()O
            oldc " a="
            call string.concat (O)O
            igetf a
            box
            call string.concat (O)O
            oldc " b="
            call string.concat (O)O
            igetf b
            box
            call string.concat (O)O
            oret
        end
        class Main
        field obj s
        method main ()V
            new Sub
            oputf s
            ogetf s
            call Base.init ()V
            ogetf s
            call Sub.setB ()V
        again:
            new tty
            ogetf s
            call Sub.show ()O
            call tty.println (O)V
            new time
            iconst 1
            call time.sleep (I)V
            goto again
        end
        """;

    /** Base version 2: a new field before a, and a new who. */
    static final String BASE_V2 = """
        class Base
        field int z
        field obj label
        field int a
        method who ()O
            oldc "base v2"
            oret
        end
        """;

    @Test public void patchingASuperclassRebasesItsSubclassesAndTheirInstancesKeepTheirFields() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(SHAPES);
            long t = h.rt.newThread("Main");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(h.out.toString(), runUntil(h, in, t, "base v1 a=7 b=5"));
            ClassVersions.Loaded p = apply(h, BASE_V2);
            assertEquals(java.util.List.of("Sub"), p.rebased());
            assertTrue(h.out.toString(), runUntil(h, in, t, "base v2 a=7 b=5"));
            assertFalse(h.out.toString(), h.out.toString().contains("died"));
            h.space.release(t);
        }
    }

    static final String PETS = """
        class Animal
        field int legs
        method who ()O
            oldc "animal"
            oret
        end
        class Robot
        field int serial
        method who ()O
            oldc "robot"
            oret
        end
        class Pet extends Animal
        field obj name
        method init ()V
            oldc "Rex"
            oputf name
            iconst 4
            iputf legs
            ret
        end
        method show ()O
            this
            call Animal.who ()O
            oldc " "
            call string.concat (O)O
            ogetf name
            call string.concat (O)O
            oret
        end
        class Main
        field obj p
        method main ()V
            new Pet
            oputf p
            ogetf p
            call Pet.init ()V
        again:
            new tty
            ogetf p
            call Pet.show ()O
            call tty.println (O)V
            new time
            iconst 1
            call time.sleep (I)V
            goto again
        end
        """;

    /** Pet version 2 is a Robot: its own field stays, Animal's goes, Robot's comes (0). */
    static final String PET_V2 = """
        class Pet extends Robot
        field obj name
        method show ()O
            this
            call Robot.who ()O
            oldc " "
            call string.concat (O)O
            ogetf name
            call string.concat (O)O
            oldc " serial "
            call string.concat (O)O
            this
            igetfield Robot serial
            box
            call string.concat (O)O
            oret
        end
        """;

    @Test public void aPatchMayChangeTheSuperclassAndTheInstanceKeepsItsOwnFields() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(PETS);
            long t = h.rt.newThread("Main");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(h.out.toString(), runUntil(h, in, t, "animal Rex\n"));
            apply(h, PET_V2);
            assertTrue(h.out.toString(), runUntil(h, in, t, "robot Rex serial 0\n"));
            assertEquals("Robot", h.rt.findClass("Pet").superclass.name);
            assertFalse(h.out.toString(), h.out.toString().contains("died"));
            h.space.release(t);
        }
    }

    @Test public void aSuperclassPatchThatDropsAFieldASubclassUsesIsRefusedAndChangesNothing() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(SHAPES);
            try {
                apply(h, "class Base\nmethod who ()O\n    oldc \"gone\"\n    oret\nend\n");
                fail("patched Base without the field a that Sub uses");
            } catch (ClassFormatException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("Base.a") && expected.getMessage().contains("Sub"));
            }
            assertEquals(1, h.rt.findClass("Base").number);
            assertEquals(1, h.rt.findClass("Sub").number);
            assertTrue(h.run(SHAPES.replace("goto again", "ret")).contains("base v1 a=7 b=5"));
        }
    }

    @Test public void aPatchThatDoesNotVerifyChangesNothing() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(LOOP);
            try {
                apply(h, "class Greeter\nmethod greet ()O\n    iconst 1\n    oret\nend\n");
                fail("loaded a patch whose code underflows its stack");
            } catch (ClassFormatException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("greet"));
            }
            assertEquals(1, h.rt.findClass("Greeter").number);
            try {
                apply(h, "class Greeter\nmethod migrate ()V\n    ret\nend\n");
                fail("loaded a migration method of the wrong shape");
            } catch (ClassFormatException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("migrate (O)V"));
            }
            assertEquals(1, h.rt.findClass("Greeter").number);
        }
    }

    @Test public void aCallOfARemovedMethodIsACleanVmError() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(LOOP);
            long t = h.rt.newThread("Loop");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(runUntil(h, in, t, "hello v1"));
            apply(h, "class Greeter\nmethod other ()V\n    ret\nend\n");
            assertTrue(h.out.toString(), runUntil(h, in, t, "has no method greet"));
            assertEquals(Shapes.FAILED, h.rt.threadState(t));
            h.space.release(t);
        }
    }

    @Test public void rollbackReturnsToThePreviousVersionAndRepeatedRollbacksGoFurtherBack() throws Exception {
        try (VmHarness h = new VmHarness()) {
            h.load(LOOP);
            long t = h.rt.newThread("Loop");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(runUntil(h, in, t, "hello v1"));
            apply(h, GREETER_V2);
            assertTrue(runUntil(h, in, t, "hello v2 #2"));
            apply(h, GREETER_V2.replace("hello v2", "hello v3"));
            assertTrue(runUntil(h, in, t, "hello v3 #"));
            ClassVersions.Loaded r = h.rt.versions.rollback("Greeter");
            assertEquals(4, r.version());
            synchronized (h.out) { h.out.setLength(0); }
            assertTrue(h.out.toString(), runUntil(h, in, t, "hello v2 #"));
            h.rt.versions.rollback("Greeter");
            synchronized (h.out) { h.out.setLength(0); }
            assertTrue(h.out.toString(), runUntil(h, in, t, "hello v1\n"));
            try {
                h.rt.versions.rollback("Greeter");
                fail("rolled back past the first version");
            } catch (phantom.api.classes.VmError expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("no earlier version"));
            }
            h.space.release(t);
        }
    }

    @Test public void aPatchAndTheMigrationsItCausedHoldAcrossARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long thread;
        try (VmHarness h = new VmHarness(file)) {
            h.load(COUNTER);
            thread = h.rt.newThread("Main");
            Interpreter in = new Interpreter(h.rt);
            assertTrue(runUntil(h, in, thread, "\n3\n"));
            apply(h, COUNTER_V2);
            assertTrue(h.out.toString(), runUntil(h, in, thread, "\n103\n"));
        }
        try (VmHarness h = new VmHarness(file)) {
            assertEquals(2, h.rt.findClass("Counter").number);
            Interpreter in = new Interpreter(h.rt);
            assertTrue(h.out.toString(), runUntil(h, in, thread, "\n303\n"));
            assertTrue(h.out.toString(), runUntil(h, in, thread, "\n403\n"));
            // and the history survived too: a rollback after the restart returns to version 1
            h.rt.versions.rollback("Counter");
            // version 1 has no migration method and no field total: its count starts again from zero
            synchronized (h.out) { h.out.setLength(0); }
            assertTrue(h.out.toString(), runUntil(h, in, thread, "\n2\n"));
            assertFalse(h.out.toString(), h.out.toString().contains("died"));
        }
    }
}
