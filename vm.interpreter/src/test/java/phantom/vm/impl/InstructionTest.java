package phantom.vm.impl;

import static org.junit.Assert.*;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** One test per instruction group: each program prints what it computed. */
public class InstructionTest {
    private VmHarness vm;

    @Before public void open() throws Exception { vm = new VmHarness(); }

    @After public void close() throws Exception { vm.close(); }

    /** Wraps a main body that leaves one number or object on a stack, and prints it. */
    private String eval(String kind, String body) {
        String print = switch (kind) {
            case "I" -> "box\n";
            case "J" -> "lbox\n";
            case "D" -> "dbox\n";
            case "F" -> "f2d\n dbox\n";
            default -> "";
        };
        return vm.run("class T\nmethod main ()V\n new tty\n" + body + "\n" + print + " call tty.println (O)V\n ret\nend\n").trim();
    }

    @Test public void intArithmetic() {
        assertEquals("7", eval("I", "iconst 3\n iconst 4\n iadd"));
        assertEquals("-1", eval("I", "iconst 3\n iconst 4\n isub"));
        assertEquals("-2147483648", eval("I", "iconst 2147483647\n iconst 1\n iadd")); // wraps like a 32-bit int
        assertEquals("42", eval("I", "iconst 6\n iconst 7\n imul"));
        assertEquals("-3", eval("I", "iconst -7\n iconst 2\n idiv"));
        assertEquals("-1", eval("I", "iconst -7\n iconst 2\n irem"));
        assertEquals("-5", eval("I", "iconst 5\n ineg"));
        assertEquals("4", eval("I", "iconst 12\n iconst 6\n iand"));
        assertEquals("14", eval("I", "iconst 12\n iconst 6\n ior"));
        assertEquals("10", eval("I", "iconst 12\n iconst 6\n ixor"));
        assertEquals("48", eval("I", "iconst 12\n iconst 2\n ishl"));
        assertEquals("-3", eval("I", "iconst -12\n iconst 2\n ishr"));
        assertEquals("1073741821", eval("I", "iconst -12\n iconst 2\n iushr"));
    }

    @Test public void longFloatDoubleArithmetic() {
        assertEquals("10000000000", eval("J", "lconst 5000000000\n lconst 2\n lmul"));
        assertEquals("-9223372036854775808", eval("J", "lconst 9223372036854775807\n lconst 1\n ladd"));
        assertEquals("3", eval("J", "lconst 10\n lconst 3\n ldiv"));
        assertEquals("40", eval("J", "lconst 5\n iconst 3\n lshl"));
        assertEquals("3.75", eval("D", "dconst 1.5\n dconst 2.5\n dmul"));
        assertEquals("0.5", eval("D", "dconst 1.0\n dconst 2.0\n ddiv"));
        assertEquals("Infinity", eval("D", "dconst 1.0\n dconst 0.0\n ddiv"));
        assertEquals("2.5", eval("F", "fconst 1.25\n fconst 2.0\n fmul"));
        assertEquals("-1.5", eval("D", "dconst 1.5\n dneg"));
    }

    @Test public void conversionsAndComparisons() {
        assertEquals("3", eval("I", "dconst 3.99\n d2i"));
        assertEquals("5000000000", eval("J", "dconst 5.0e9\n d2l"));
        assertEquals("-1", eval("I", "lconst 4294967295\n l2i"));
        assertEquals("7.0", eval("D", "iconst 7\n i2d"));
        assertEquals("7", eval("J", "iconst 7\n i2l"));
        assertEquals("-1", eval("I", "lconst 1\n lconst 2\n lcmp"));
        assertEquals("1", eval("I", "dconst 2.0\n dconst 1.0\n dcmp"));
        assertEquals("0", eval("I", "fconst 1.0\n fconst 1.0\n fcmp"));
    }

    @Test public void jumpsLoopsAndSwitch() {
        // sum of 1..100 with a backward jump
        assertEquals("5050", eval("I", "iconst 0\n istore 0\n iconst 1\n istore 1\n"
            + "loop:\n iload 1\n iconst 100\n if_icmpgt done\n iload 0\n iload 1\n iadd\n istore 0\n iinc 1 1\n goto loop\n"
            + "done:\n iload 0"));
        for (int k = -1; k <= 3; k++) {
            String expect = switch (k) { case 0 -> "10"; case 1 -> "11"; case 2 -> "12"; default -> "99"; };
            assertEquals(expect, eval("I", "iconst " + k + "\n tableswitch 0 other c0 c1 c2\n"
                + "c0:\n iconst 10\n goto end\nc1:\n iconst 11\n goto end\nc2:\n iconst 12\n goto end\n"
                + "other:\n iconst 99\nend:"));
        }
        assertEquals("1", eval("I", "onull\n ifnull yes\n iconst 0\n goto end\nyes:\n iconst 1\nend:"));
        assertEquals("1", eval("I", "this\n this\n if_oeq yes\n iconst 0\n goto end\nyes:\n iconst 1\nend:"));
        assertEquals("0", eval("I", "this\n onull\n if_oeq yes\n iconst 0\n goto end\nyes:\n iconst 1\nend:"));
    }

    @Test public void stackAndLocalOperations() {
        assertEquals("2", eval("I", "iconst 1\n iconst 2\n iswap\n ipop"));
        assertEquals("6", eval("I", "iconst 3\n idup\n iadd"));
        assertEquals("ab", eval("O", "oldc \"b\"\n oldc \"a\"\n oswap\n opop\n ostore 1\n oldc \"a\"\n oldc \"b\"\n call string.concat (O)O"));
        assertEquals("xx", eval("O", "oldc \"x\"\n odup\n call string.concat (O)O"));
        assertEquals("9", eval("I", "iconst 9\n istore 3\n iload 3"));
    }

    @Test public void fieldsObjectsAndTypes() {
        String src = """
            class Point
            field obj label
            field int x
            method set (OI)V
                oload 1
                oputf label
                iload 0
                iputf x
                ret
            end
            method show ()O
                ogetf label
                igetf x
                box
                call string.concat (O)O
                oret
            end
            class T
            method main ()V
                new Point
                ostore 1
                oload 1
                oldc "x="
                iconst 41
                call Point.set (OI)V
                new tty
                oload 1
                call Point.show ()O
                call tty.println (O)V
                new tty
                oload 1
                instanceof Point
                box
                call tty.println (O)V
                new tty
                oload 1
                instanceof string
                box
                call tty.println (O)V
                new tty
                oload 1
                call object.className ()O
                call tty.println (O)V
                new tty
                iconst 5
                box
                instanceof int
                box
                call tty.println (O)V
                new tty
                class Point
                call class.name ()O
                call tty.println (O)V
                ret
            end
            """;
        assertEquals("x=41\n1\n0\nPoint\n1\nPoint\n", vm.run(src));
    }

    @Test public void checkcastFailureIsAnException() {
        String out = vm.run("class T\nmethod main ()V\n oldc \"s\"\n checkcast array\n ret\nend\n");
        assertTrue(out, out.contains("died: uncaught error: cannot cast string to array"));
    }

    @Test public void staticCallsAndInternalStatics() {
        String src = """
            class M
            static method twice (I)I
                iload 0
                iconst 2
                imul
                iret
            end
            method main ()V
                new tty
                iconst 21
                callstatic M.twice (I)I
                box
                call tty.println (O)V
                new tty
                iconst 7
                callstatic string.fromInt (I)O
                call tty.println (O)V
                ret
            end
            """;
        assertEquals("42\n7\n", vm.run(src));
    }

    @Test public void deepRecursionDoesNotUseTheJavaStack() {
        String src = """
            class R
            method down (I)I
                iload 0
                ifeq zero
                this
                iload 0
                iconst 1
                isub
                call R.down (I)I
                iconst 1
                iadd
                iret
            zero:
                iconst 0
                iret
            end
            method main ()V
                new tty
                this
                iconst 100000
                call R.down (I)I
                box
                call tty.println (O)V
                ret
            end
            """;
        long before = vm.space.stats().liveObjects();
        assertEquals("100000\n", vm.run(src));
        assertTrue("the 100000 frames were freed", vm.space.stats().liveObjects() - before < 100);
    }

    @Test public void monitorsNestAndCheckTheOwner() {
        String ok = vm.run("class T\nmethod main ()V\n this\n menter\n this\n menter\n this\n mexit\n this\n mexit\n"
            + " new tty\n oldc \"ok\"\n call tty.println (O)V\n ret\nend\n");
        assertEquals("ok\n", ok);
        String bad = vm.run("class U\nmethod main ()V\n this\n mexit\n ret\nend\n");
        assertTrue(bad, bad.contains("monitor exit by a thread that does not hold it"));
    }

    @Test public void sleepWaitsForItsDeadline() {
        long t0 = System.currentTimeMillis();
        String out = vm.run("class T\nmethod main ()V\n new time\n iconst 150\n call time.sleep (I)V\n"
            + " new tty\n oldc \"awake\"\n call tty.println (O)V\n ret\nend\n");
        assertEquals("awake\n", out);
        assertTrue(System.currentTimeMillis() - t0 >= 150);
    }

    @Test public void wrongArgumentsToInternalMethodsAreExceptions() {
        String out = vm.run("class T\nmethod main ()V\n oldc \"abc\"\n iconst 2\n iconst 9\n call string.substring (II)O\n ret\nend\n");
        assertTrue(out, out.contains("uncaught error: string.substring: substring(2, 9) of a string of length 3"));
    }
}
