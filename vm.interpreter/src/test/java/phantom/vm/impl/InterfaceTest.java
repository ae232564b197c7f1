package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

import phantom.vm.code.ClassFormatException;

/**
 * Interfaces: a call through an interface runs the receiver's method of that name and
 * descriptor, or the interface's default method; instanceof and checkcast know them; a class
 * that does not implement the interface is a VM error at the call.
 */
public class InterfaceTest {
    static final String SHAPES = """
        class Shape
        method area ()I
            iconst 0
            iret
        end
        method describe ()O
            oldc "area "
            this
            call Shape.area ()I
            box
            call string.concat (O)O
            oret
        end
        class Named
        implements Shape
        method name ()O
            oldc "unnamed"
            oret
        end
        class Square
        implements Shape
        field int w
        method area ()I
            igetf w
            igetf w
            imul
            iret
        end
        class Blob
        implements Named
        class Other
        """;

    @Test public void callsThroughAnInterfaceRunTheReceiversMethodOrTheDefault() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run(SHAPES + """
                class Main
                method main ()V
                    new Square
                    odup
                    iconst 3
                    iputfield Square w
                    ostore 1
                    new tty
                    oload 1
                    call Shape.describe ()O
                    call tty.println (O)V
                    new tty
                    new Blob
                    call Shape.describe ()O
                    call tty.println (O)V
                    new tty
                    new Blob
                    call Named.name ()O
                    call tty.println (O)V
                    new tty
                    oload 1
                    instanceof Shape
                    new Blob
                    instanceof Shape
                    iadd
                    new Other
                    instanceof Shape
                    iadd
                    oload 1
                    instanceof Named
                    iadd
                    box
                    call tty.println (O)V
                    new Blob
                    checkcast Shape
                    opop
                    ret
                end
                """);
            assertEquals("area 9\narea 0\nunnamed\n2\n", out);
        }
    }

    @Test public void aCallThroughAnInterfaceTheReceiverDoesNotImplementIsAVmError() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run(SHAPES + """
                class Main
                method main ()V
                try:
                    new Other
                    call Shape.describe ()O
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
            assertTrue(out, out.contains("call of Shape.describe on an object of class Other"));
        }
    }

    @Test public void theLoaderRefusesBadInterfaces() throws Exception {
        String[][] cases = {
            { "class Holder\nfield int x\nclass C\nimplements Holder\n", "cannot implement Holder: an interface has no fields" },
            { "class C\nimplements Missing\n", "interface Missing is not loaded" },
            { "class C\nimplements string\n", "cannot implement internal class string" },
        };
        for (String[] c : cases) {
            try (VmHarness vm = new VmHarness()) {
                try {
                    vm.load(c[0]);
                    fail("loaded " + c[0]);
                } catch (ClassFormatException expected) {
                    assertTrue(expected.getMessage(), expected.getMessage().contains(c[1]));
                }
            }
        }
    }
}
