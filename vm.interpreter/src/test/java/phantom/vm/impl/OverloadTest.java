package phantom.vm.impl;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Methods of one name and different descriptors are different methods (calls go by name and descriptor), also across a hierarchy. */
public class OverloadTest {
    @Test public void overloadsOfOneNameAreCalledByTheirDescriptors() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            String out = vm.run("""
                class Base
                method show (I)O
                    oldc "int "
                    iload 0
                    box
                    call string.concat (O)O
                    oret
                end
                method show (O)O
                    oldc "object "
                    oload 1
                    call string.concat (O)O
                    oret
                end
                class Sub extends Base
                method show (J)O
                    oldc "long "
                    lload 0
                    lbox
                    call string.concat (O)O
                    oret
                end
                method show (O)O
                    oldc "sub object "
                    oload 1
                    call string.concat (O)O
                    oret
                end
                class Main
                method main ()V
                    new tty
                    new Sub
                    iconst 7
                    call Base.show (I)O
                    call tty.println (O)V
                    new tty
                    new Sub
                    oldc "x"
                    call Base.show (O)O
                    call tty.println (O)V
                    new tty
                    new Sub
                    lconst 8
                    call Sub.show (J)O
                    call tty.println (O)V
                    new tty
                    new Base
                    oldc "y"
                    call Base.show (O)O
                    call tty.println (O)V
                    ret
                end
                """);
            assertEquals("int 7\nsub object x\nlong 8\nobject y\n", out);
        }
    }
}
