package phantom.vm.impl;

import static org.junit.Assert.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.Test;

/**
 * HotSpot never compiles a method of more than 8000 bytes of bytecode (-XX:-DontCompileHugeMethods
 * aside): an interpreter loop that outgrew it would run in the JVM's own interpreter, several
 * times slower, with no error anywhere. This keeps {@code Interpreter.execute} under the limit
 * with room to spare; a new instruction that does not fit goes into a helper method.
 */
public class InterpreterSizeTest {
    static final int HUGE_METHOD_LIMIT = 8000, MARGIN = 500;

    @Test public void theInterpreterLoopStaysSmallEnoughForTheJitToCompileIt() throws IOException {
        Map<String, Integer> sizes = codeSizes(Interpreter.class);
        Integer execute = sizes.get("execute");
        assertTrue("no method execute in " + sizes.keySet(), execute != null);
        assertTrue("the class file was read: execute is the big loop, not " + execute + " bytes", execute > 2000);
        assertTrue("Interpreter.execute is " + execute + " bytes of bytecode; HotSpot compiles no method over " + HUGE_METHOD_LIMIT
            + ": move instructions into helpers", execute < HUGE_METHOD_LIMIT - MARGIN);
    }

    /** The bytecode length of each method of a class (the largest, when a name is overloaded), read from its class file. */
    static Map<String, Integer> codeSizes(Class<?> c) throws IOException {
        try (InputStream raw = c.getResourceAsStream(c.getSimpleName() + ".class"); DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readInt(); // versions
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> { in.readLong(); i++; }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            in.readUnsignedShort(); // access
            in.readUnsignedShort(); // this
            in.readUnsignedShort(); // super
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            for (int f = in.readUnsignedShort(); f > 0; f--) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            Map<String, Integer> out = new HashMap<>();
            for (int m = in.readUnsignedShort(); m > 0; m--) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort();
                for (int a = in.readUnsignedShort(); a > 0; a--) {
                    String attr = utf8[in.readUnsignedShort()];
                    int len = in.readInt();
                    if (attr.equals("Code")) {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        int code = in.readInt();
                        out.merge(name, code, Math::max);
                        in.skipBytes(len - 8);
                    } else {
                        in.skipBytes(len);
                    }
                }
            }
            return out;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
