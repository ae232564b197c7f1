package phantom.vm.code;

import static org.junit.Assert.*;

import java.util.List;

import org.junit.Test;

/** Issue 18: the assembler's line-number table, old files without it, and the messages that use it. */
public class LineTableTest {
    static final String SRC = String.join("\n",
        "class Lines",          // 1
        "method main ()V",      // 2
        "    iconst 1",         // 3
        "    ipop",             // 4
        "    ret",           // 5
        "end");

    @Test public void assemblerWritesALineForEveryInstruction() {
        ClassFile.Method m = Assembler.assemble(SRC).get(0).methods().get(0);
        assertArrayEquals(new int[] { 0, 3, 5, 4, 6, 5 }, m.lines());
        assertEquals(3, m.lineAt(0));
        assertEquals(3, m.lineAt(4)); // inside the first instruction
        assertEquals(4, m.lineAt(5));
        assertEquals(5, m.lineAt(6));
    }

    @Test public void lineTableSurvivesTheClassFile() {
        ClassFile cf = Assembler.assemble(SRC).get(0);
        ClassFile back = ClassFile.parse(cf.toBytes());
        assertArrayEquals(cf.methods().get(0).lines(), back.methods().get(0).lines());
    }

    @Test public void formatOneFilesStillLoadWithoutLines() {
        ClassFile cf = Assembler.assemble(SRC).get(0);
        byte[] old = cf.toBytes(ClassFile.FORMAT_NO_LINES);
        assertEquals(1, old[4]);
        ClassFile back = ClassFile.parse(old);
        assertEquals(0, back.methods().get(0).lines().length);
        assertEquals(-1, back.methods().get(0).lineAt(0));
        assertArrayEquals(cf.methods().get(0).code(), back.methods().get(0).code());
    }

    @Test public void unknownFormatIsRefused() {
        byte[] b = Assembler.assemble(SRC).get(0).toBytes();
        b[4] = 3;
        try {
            ClassFile.parse(b);
            fail();
        } catch (ClassFormatException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("format 3"));
        }
    }

    @Test public void lineTableOutOfOrderIsRefused() {
        ClassFile cf = Assembler.assemble(SRC).get(0);
        ClassFile.Method m = cf.methods().get(0);
        ClassFile.Method bad = new ClassFile.Method(m.name(), m.descriptor(), m.flags(), m.ordinal(), m.maxOLocals(), m.maxILocals(),
            m.maxOStack(), m.maxIStack(), m.code(), m.handlers(), new int[] { 5, 4, 0, 3 });
        byte[] b = new ClassFile(cf.name(), cf.version(), cf.superName(), cf.interfaces(), cf.objFields(), cf.intFields(), cf.pool(),
            List.of(bad)).toBytes();
        try {
            ClassFile.parse(b);
            fail();
        } catch (ClassFormatException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("line table"));
        }
    }

    @Test public void verifierErrorNamesTheSourceLine() {
        String bad = String.join("\n", "class Bad", "method main ()V", "    iconst 1", "    iadd", "    ret", "end");
        try {
            Assembler.assemble(bad);
            fail();
        } catch (ClassFormatException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("offset 5 (line 4)"));
        }
    }

    @Test public void disassemblerShowsOffsetsAndLines() {
        String text = Disassembler.disassemble(Assembler.assemble(SRC).get(0));
        assertTrue(text, text.contains("; @0 line 3"));
        assertTrue(text, text.contains("; @5 line 4"));
        // and it still reads back
        assertArrayEquals(Assembler.assemble(SRC).get(0).methods().get(0).code(), Assembler.assemble(text).get(0).methods().get(0).code());
    }
}
