package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFormatException;
import phantom.vm.code.Disassembler;

/** Arrays of one element kind in one object: newarray, arraylength and the loads and stores of every kind. */
public class ArrayTest {
    private VmHarness vm;

    @Before public void open() throws Exception { vm = new VmHarness(); }

    @After public void close() throws Exception { vm.close(); }

    /** Runs a main body that leaves one number on the integer stack (of kind {@code kind}) and prints it. */
    private String eval(String kind, String body) {
        String box = switch (kind) {
            case "J" -> "lbox";
            case "D" -> "dbox";
            case "F" -> "f2d\n dbox";
            default -> "box";
        };
        return vm.run("class T\nmethod main ()V\n new tty\n" + body + "\n " + box + "\n call tty.println (O)V\n ret\nend\n").trim();
    }

    @Test public void objectMethodsOnATypedArrayAnswerInsteadOfWaitingForABundle() {
        // a Java record with an int[] component compares it with equals: the call waited forever for a bundle of class int[]
        String out = vm.run("class T\nmethod main ()V\n new tty\n iconst 2\n newarray int\n odup\n call object.equals (O)I\n box\n"
            + " call tty.println (O)V\n new tty\n iconst 1\n newarray double\n call object.toString ()O\n call tty.println (O)V\n ret\nend\n");
        assertTrue(out, out.startsWith("1\ndouble[]@"));
    }

    @Test public void ocloneCopiesArraysAndInstancesButNotTheVmsObjects() {
        String out = vm.run("""
            class P
            field obj name
            field int x
            method main ()V
                new P
                ostore 1
                oload 1
                oldc "p"
                oputfield P name
                oload 1
                iconst 7
                iputfield P x
                oload 1
                oclone
                ostore 2
                oload 1
                iconst 8
                iputfield P x
                new tty
                oload 2
                igetfield P x
                box
                call tty.println (O)V
                new tty
                oload 2
                ogetfield P name
                call tty.println (O)V
                iconst 3
                newarray long
                ostore 3
                oload 3
                iconst 1
                ildc 9L
                lastore
                oload 3
                oclone
                ostore 4
                oload 3
                iconst 1
                ildc 10L
                lastore
                new tty
                oload 4
                iconst 1
                laload
                lbox
                call tty.println (O)V
                new mutex
                oclone
                opop
                ret
            end
            """);
        assertTrue(out, out.startsWith("7\np\n9\n"));
        assertTrue(out, out.contains("objects of internal class mutex cannot be cloned"));
    }

    @Test public void anIntArrayHoldsWhatWasStoredAndKnowsItsLength() {
        // a[i] = i * i for i < 10, then the sum and the length
        String fill = """
            iconst 10
            newarray int
            ostore 1
            iconst 0
            istore 0
            fill:
            iload 0
            iconst 10
            if_icmpge filled
            oload 1
            iload 0
            iload 0
            iload 0
            imul
            iastore
            iinc 0 1
            goto fill
            filled:
            """;
        String sum = """
            iconst 0
            istore 1
            iconst 0
            istore 0
            sum:
            iload 0
            oload 1
            arraylength
            if_icmpge done
            oload 1
            iload 0
            iaload
            iload 1
            iadd
            istore 1
            iinc 0 1
            goto sum
            done:
            iload 1
            """;
        assertEquals("285", eval("I", fill + sum));
        assertEquals("10", eval("I", fill + "oload 1\n arraylength"));
    }

    @Test public void eachElementKindKeepsItsWidthAndSign() {
        String one = "iconst 1\n newarray %s\n ostore 1\n oload 1\n iconst 0\n %s\n %sastore\n oload 1\n iconst 0\n %saload";
        assertEquals("-56", eval("I", one.formatted("byte", "iconst 200", "b", "b")));
        assertEquals("4464", eval("I", one.formatted("char", "iconst 70000", "c", "c")));
        assertEquals("-25536", eval("I", one.formatted("short", "iconst 40000", "s", "s")));
        assertEquals("-7", eval("I", one.formatted("int", "iconst -7", "i", "i")));
        assertEquals("-9223372036854775807", eval("J", one.formatted("long", "lconst -9223372036854775807", "l", "l")));
        assertEquals("2.5", eval("F", one.formatted("float", "fconst 2.5", "f", "f")));
        assertEquals("-0.125", eval("D", one.formatted("double", "dconst -0.125", "d", "d")));
        // new arrays are zero
        assertEquals("0", eval("J", "iconst 3\n newarray long\n iconst 2\n laload"));
    }

    @Test public void anObjectArrayHoldsReferencesAndStartsNull() {
        String out = vm.run("""
            class T
            method main ()V
                iconst 3
                newarray object
                ostore 1
                oload 1
                iconst 0
                oldc "a"
                oastore
                oload 1
                iconst 2
                oldc "c"
                oastore
                new tty
                oload 1
                iconst 0
                oaload
                oload 1
                iconst 2
                oaload
                call string.concat (O)O
                call tty.println (O)V
                oload 1
                iconst 1
                oaload
                ifnonnull bad
                new tty
                oldc "null in between"
                call tty.println (O)V
            bad:
                ret
            end
            """);
        assertEquals("ac\nnull in between\n", out);
    }

    @Test public void badIndexesSizesAndKindsAreCatchableVmErrors() {
        String[][] cases = {
            { "iconst 2\n newarray int\n iconst 2\n iaload\n ipop", "index 2 out of bounds for length 2 (iaload)" },
            { "iconst 2\n newarray int\n iconst -1\n iconst 5\n iastore", "index -1 out of bounds for length 2 (iastore)" },
            { "iconst -1\n newarray int\n opop", "negative array size -1" },
            { "iconst 2\n newarray byte\n iconst 0\n iaload\n ipop", "iaload on an object of class byte[], not an int[]" },
            { "oldc \"s\"\n arraylength\n ipop", "arraylength on an object of class string, not an array" },
            { "onull\n iconst 0\n oaload\n opop", "oaload on null" },
            { "iconst 2000000000\n newarray long\n opop", "array of 2000000000 elements: the limit is" },
        };
        for (String[] c : cases) {
            String out = vm.run("class T\nmethod main ()V\ntry:\n " + c[0] + "\n ret\nend1:\nhandler:\n ostore 1\n new tty\n oload 1\n"
                + " call object.toString ()O\n call tty.println (O)V\n ret\n catch try end1 handler error\nend\n");
            assertTrue(c[0] + " -> " + out, out.contains(c[1]));
        }
    }

    @Test public void droppedArraysFreeTheirElements() {
        long before = vm.space.stats().liveObjects();
        vm.run("""
            class T
            method main ()V
                iconst 1000
                newarray object
                ostore 1
                iconst 0
                istore 0
            fill:
                iload 0
                iconst 1000
                if_icmpge done
                oload 1
                iload 0
                new error
                oastore
                iinc 0 1
                goto fill
            done:
                ret
            end
            """);
        assertTrue("array and elements freed: " + (vm.space.stats().liveObjects() - before), vm.space.stats().liveObjects() - before < 20);
    }

    @Test public void theVerifierRefusesAnUnknownElementKindAndTheDisassemblerNamesThem() throws Exception {
        byte[] good = Assembler.assemble("class T\nmethod main ()V\n iconst 1\n newarray double\n opop\n ret\nend\n").get(0).toBytes();
        String text = Disassembler.disassemble(phantom.vm.code.ClassFile.parse(good));
        assertTrue(text, text.contains("newarray double"));
        try {
            Assembler.assemble("class T\nmethod main ()V\n iconst 1\n newarray bool\n opop\n ret\nend\n");
            fail("assembled newarray bool");
        } catch (Assembler.AsmException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("element kinds are object, byte"));
        }
        // patch the kind operand to 9 in the class file: the loader refuses it
        byte[] bad = good.clone();
        int at = indexOf(bad, new byte[] { (byte) 127, 7 });
        bad[at + 1] = 9;
        try {
            FuzzTest.fixChecksum(bad);
            vm.rt.loadClass(bad);
            fail("loaded newarray of kind 9");
        } catch (ClassFormatException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("newarray of element kind 9"));
        }
    }

    /** A hierarchy: B and C extend A. */
    private static final String ANIMALS = """
        class A
        class B extends A
        class C extends A
        """;

    @Test public void typedReferenceArraysAreCovariantAsJavasAre() {
        String out = vm.run(ANIMALS + """
            class T
            static method p (I)V
                new tty
                iload 0
                box
                call tty.println (O)V
                ret
            end
            method main ()V
                iconst 2
                anewarray B
                ostore 1
                oload 1
                instanceof B[]
                callstatic T.p (I)V
                oload 1
                instanceof A[]
                callstatic T.p (I)V
                oload 1
                instanceof C[]
                callstatic T.p (I)V
                oload 1
                instanceof object[]
                callstatic T.p (I)V
                iconst 1
                anewarray int[]
                instanceof object[][]
                callstatic T.p (I)V
                iconst 1
                anewarray int[]
                instanceof object[]
                callstatic T.p (I)V
                iconst 1
                newarray object
                instanceof A[]
                callstatic T.p (I)V
                oload 1
                arraylength
                callstatic T.p (I)V
                ret
            end
            """);
        assertEquals("1\n1\n0\n1\n0\n1\n0\n2\n", out);
    }

    @Test public void aStoreOfTheWrongClassIntoATypedArrayIsACatchableVmError() {
        String out = vm.run(ANIMALS + """
            class T
            method main ()V
                iconst 2
                anewarray B
                ostore 1
                oload 1
                iconst 0
                new B
                oastore
                oload 1
                iconst 1
                onull
                oastore
            try:
                oload 1
                iconst 1
                new C
                oastore
                ret
            end1:
            handler:
                ostore 2
                new tty
                oload 2
                call object.toString ()O
                call tty.println (O)V
            try2:
                oload 1
                checkcast C[]
                opop
                ret
            end2:
            handler2:
                ostore 2
                new tty
                oload 2
                call object.toString ()O
                call tty.println (O)V
                new tty
                oload 1
                iconst 1
                oaload
                ifnull empty
                oldc "stored"
                goto print
            empty:
                oldc "element 1 still null"
            print:
                call tty.println (O)V
                ret
                catch try end1 handler error
                catch try2 end2 handler2 error
            end
            """);
        assertTrue(out, out.contains("array store of C into B[]"));
        assertTrue(out, out.contains("cannot cast B[] to C[]"));
        assertTrue(out, out.endsWith("element 1 still null\n"));
    }

    @Test public void newlikeKeepsThePrototypesClassAndKind() {
        String out = vm.run(ANIMALS + """
            class T
            method main ()V
                new tty
                iconst 0
                anewarray B
                iconst 3
                newlike
                odup
                ostore 1
                call object.toString ()O
                call tty.println (O)V
                new tty
                oload 1
                arraylength
                box
                call tty.println (O)V
                new tty
                iconst 0
                newarray double
                iconst 2
                newlike
                call object.toString ()O
                call tty.println (O)V
            try:
                oldc "s"
                iconst 1
                newlike
                opop
                ret
            end1:
            handler:
                ostore 2
                new tty
                oload 2
                call object.toString ()O
                call tty.println (O)V
                ret
                catch try end1 handler error
            end
            """);
        String[] lines = out.split("\n");
        assertTrue(out, lines[0].startsWith("B[]@"));
        assertEquals(out, "3", lines[1]);
        assertTrue(out, lines[2].startsWith("double[]@"));
        assertTrue(out, lines[3].contains("newlike of an object of class string, not an array"));
    }

    @Test public void anewarrayRefusesUnloadedAndPrimitiveElementsAndNoClassMayBeNamedLikeAnArray() {
        String[][] cases = {
            { "iconst 1\n anewarray Nope\n opop", "class Nope is not loaded" },
            { "iconst 1\n anewarray int\n opop", "anewarray of int: a primitive element takes newarray int" },
            { "iconst -1\n anewarray string\n opop", "negative array size -1" },
        };
        for (String[] c : cases) {
            String out = vm.run("class T\nmethod main ()V\ntry:\n " + c[0] + "\n ret\nend1:\nhandler:\n ostore 1\n new tty\n oload 1\n"
                + " call object.toString ()O\n call tty.println (O)V\n ret\n catch try end1 handler error\nend\n");
            assertTrue(c[0] + " -> " + out, out.contains(c[1]));
        }
        try {
            vm.load("class X[]\n");
            fail("loaded a class named X[]");
        } catch (ClassFormatException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("array classes are the VM's own"));
        }
        // an array class exists once anewarray made it: still no class may extend or implement it
        vm.run("class Make\nmethod main ()V\n iconst 1\n anewarray string\n opop\n ret\nend\n");
        // the assembler knows no class string[]: the file names stand-in stringXX, renamed in the bytes
        for (String[] c : new String[][] { { "class P extends stringXX\n", "cannot extend internal class string[]" },
                                           { "class Q\nimplements stringXX\n", "cannot implement internal class string[]" } }) {
            byte[] bytes = null;
            for (phantom.vm.code.ClassFile cf : Assembler.assemble("class stringXX\n" + c[0])) {
                if (!cf.name().equals("stringXX")) bytes = cf.toBytes();
            }
            byte[] from = "stringXX".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            System.arraycopy("string[]".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, bytes, indexOf(bytes, from), from.length);
            FuzzTest.fixChecksum(bytes);
            try {
                vm.rt.loadClass(bytes);
                fail("loaded " + c[0]);
            } catch (ClassFormatException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains(c[1]));
            }
        }
    }

    @Test public void anArrayClassAndItsCheckOutliveARestart() throws Exception {
        java.nio.file.Path file = VmHarness.newSpaceFile();
        VmHarness first = new VmHarness(file);
        first.run(ANIMALS + """
            class Keep
            method main ()V
                iconst 1
                anewarray B
                opop
                ret
            end
            """);
        first.close();
        try (VmHarness again = new VmHarness(file)) {
            ClassInfo c = again.rt.findClass("B[]");
            assertTrue("B[] kept in the registry", c != null && "B".equals(c.element));
            String out = again.run("""
                class T2
                method main ()V
                    new tty
                    iconst 1
                    anewarray B
                    instanceof A[]
                    box
                    call tty.println (O)V
                    ret
                end
                """);
            assertEquals("1\n", out);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }

}
