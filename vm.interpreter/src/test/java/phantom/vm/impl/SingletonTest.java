package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Test;

/** `singleton`: one instance per class, made on first use, kept across patches and restarts: where a program's statics live. */
public class SingletonTest {
    static final String PROGRAM = """
        class Stats
        field int calls
        class Worker
        method work ()V
            singleton Stats
            odup
            igetfield Stats calls
            iconst 1
            iadd
            iputfield Stats calls
            ret
        end
        class Main
        method main ()V
            new Worker
            call Worker.work ()V
            new Worker
            call Worker.work ()V
            new tty
            singleton Stats
            igetfield Stats calls
            box
            call tty.println (O)V
            ret
        end
        """;

    @Test public void everyUseSeesTheSameInstanceAcrossPatchesAndARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        try (VmHarness vm = new VmHarness(file)) {
            assertEquals("2\n", vm.run(PROGRAM));
            // loading the program again patches its classes: the singleton goes on in the new version
            assertEquals("4\n", vm.run(PROGRAM));
            // a version of Stats with a field more: the singleton migrates by field name
            assertEquals("6\n", vm.run(PROGRAM.replace("class Stats\nfield int calls\n", "class Stats\nfield obj note\nfield int calls\n")));
        }
        try (VmHarness vm = new VmHarness(file)) {
            assertEquals("8\n", vm.run(PROGRAM.replace("class Stats\nfield int calls\n", "class Stats\nfield obj note\nfield int calls\n")));
        }
    }

    @Test public void anInternalClassHasNone() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run("""
                class T
                method main ()V
                try:
                    singleton string
                    opop
                    ret
                end1:
                handler:
                    ostore 1
                    new tty
                    oload 1
                    call object.toString ()O
                    call tty.println (O)V
                    ret
                    catch try end1 handler error
                end
                """);
            assertTrue(out, out.contains("internal class string has no singleton"));
        }
    }
}
