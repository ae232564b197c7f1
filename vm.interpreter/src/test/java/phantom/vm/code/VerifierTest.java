package phantom.vm.code;

import static org.junit.Assert.*;

import java.util.List;

import org.junit.Test;

import phantom.vm.code.ClassFile.ClassConst;
import phantom.vm.code.ClassFile.Const;
import phantom.vm.code.ClassFile.DoubleConst;
import phantom.vm.code.ClassFile.Handler;
import phantom.vm.code.ClassFile.Method;
import phantom.vm.code.ClassFile.MethodConst;

/** A corpus of bad class files: each is refused with a message naming class, method and offset. */
public class VerifierTest {

    static final Verifier.Context CTX = new Verifier.Context() {
        @Override public int inheritedObjFields() { return 0; }

        @Override public int inheritedIntFields() { return 0; }

        @Override public int methodCount(String name) { return name.equals("object") ? 4 : -1; }
    };

    private static byte[] code(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) r[i] = (byte) b[i];
        return r;
    }

    private static ClassFile cls(List<Const> pool, Method... methods) {
        return new ClassFile("Bad", 1, null, List.of(), List.of("o"), List.of("i"), pool, List.of(methods));
    }

    private static Method m(String desc, int maxO, int maxI, int maxOS, int maxIS, byte[] code, Handler... hs) {
        return new Method("m", desc, 0, 4, maxO, maxI, maxOS, maxIS, code, List.of(hs));
    }

    private static void rejects(ClassFile cf, String fragment) {
        ClassFormatException e = assertThrows(ClassFormatException.class, () -> Verifier.verify(cf, CTX));
        assertTrue(e.getMessage(), e.getMessage().contains(fragment));
        assertTrue("names the class: " + e.getMessage(), e.getMessage().startsWith("class Bad"));
        // the same bytes through the loader's path: parse, then verify
        ClassFile again = ClassFile.parse(cf.toBytes());
        assertThrows(ClassFormatException.class, () -> Verifier.verify(again, CTX));
    }

    private static final int ICONST = 1, IADD = 22, RET = 113, IRET = 114, ORET = 115, GOTO = 73, OPOP = 19,
        DADD = 52, ILDC = 2, OGETF = 91, IGETF = 93, ILOAD = 5, OSTORE = 14, CALL = 111, IFEQ = 74, ONULL = 4;

    @Test public void aGoodMethodPasses() {
        Verifier.verify(cls(List.of(), m("()I", 1, 0, 0, 2, code(ICONST, 1, 0, 0, 0, ICONST, 2, 0, 0, 0, IADD, IRET))), CTX);
    }

    @Test public void jumpIntoTheMiddleOfAnInstruction() {
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(GOTO, 2, 0, 0, 0, RET))), "offset 0: jump to 2, which is not the start of an instruction");
    }

    @Test public void jumpOutsideTheCode() {
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(GOTO, 100, 0, 0, 0, RET))), "jump to 100");
    }

    @Test public void integerStackUnderflow() {
        rejects(cls(List.of(), m("()V", 1, 0, 0, 2, code(ICONST, 1, 0, 0, 0, IADD, RET))), "offset 5: iadd: integer stack underflow");
    }

    @Test public void objectStackUnderflow() {
        rejects(cls(List.of(), m("()V", 1, 0, 1, 0, code(OPOP, RET))), "offset 0: opop: object stack underflow");
    }

    @Test public void typeMismatchOnTheIntegerStack() {
        rejects(cls(List.of(new DoubleConst(1.0)), m("()V", 1, 0, 0, 2, code(ILDC, 1, 0, ICONST, 1, 0, 0, 0, DADD, RET))),
            "offset 8: dadd: type mismatch on the integer stack: expected double, found int");
    }

    @Test public void bitCastsTakeOnlyTheirOwnKind() {
        final int F2IBITS = 146, I2FBITS = 147, D2LBITS = 148, L2DBITS = 149, D2I = 67;
        // an int is not a float: f2ibits of the int 1 is refused, as is a cast of a double's bits as a float's
        rejects(cls(List.of(), m("()I", 1, 0, 0, 1, code(ICONST, 1, 0, 0, 0, F2IBITS, IRET))),
            "offset 5: f2ibits: type mismatch on the integer stack: expected float, found int");
        rejects(cls(List.of(new DoubleConst(1.0)), m("()I", 1, 0, 0, 1, code(ILDC, 1, 0, F2IBITS, IRET))),
            "offset 3: f2ibits: type mismatch on the integer stack: expected float, found double");
        rejects(cls(List.of(new DoubleConst(1.0)), m("()V", 1, 0, 0, 1, code(ILDC, 1, 0, I2FBITS, RET))),
            "offset 3: i2fbits: type mismatch on the integer stack: expected int, found double");
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(ICONST, 1, 0, 0, 0, D2LBITS, RET))),
            "offset 5: d2lbits: type mismatch on the integer stack: expected double, found int");
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(ICONST, 1, 0, 0, 0, L2DBITS, RET))),
            "offset 5: l2dbits: type mismatch on the integer stack: expected long, found int");
        // what they push is of the other kind: the double's bits are a long, not a double
        rejects(cls(List.of(new DoubleConst(1.0)), m("()V", 1, 0, 0, 2, code(ILDC, 1, 0, D2LBITS, ILDC, 1, 0, DADD, RET))),
            "dadd: type mismatch on the integer stack: expected double, found long");
        // and the right kinds pass: int -> float -> int, double -> long -> double
        Verifier.verify(cls(List.of(new DoubleConst(1.0)), m("()I", 1, 0, 0, 2,
            code(ICONST, 1, 0, 0, 0, I2FBITS, F2IBITS, ILDC, 1, 0, D2LBITS, L2DBITS, D2I, IADD, IRET))), CTX);
    }

    @Test public void numbersCannotBecomeReferences() {
        // oret needs an object: an int on the integer stack is not one
        rejects(cls(List.of(), m("()O", 1, 0, 1, 1, code(ICONST, 1, 0, 0, 0, ORET))), "offset 5: oret: object stack underflow");
    }

    @Test public void stackOverflowOfTheDeclaredMaximum() {
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(ICONST, 1, 0, 0, 0, ICONST, 1, 0, 0, 0, RET))), "integer stack overflow");
    }

    @Test public void stacksThatDifferWherePathsJoin() {
        // if (x) push 1; then join: one path has an extra int
        rejects(cls(List.of(), m("(I)V", 1, 1, 0, 2, code(ILOAD, 0, IFEQ, 10, 0, 0, 0, ICONST, 1, 0, 0, 0, RET))),
            "operand stacks differ where paths join");
    }

    @Test public void fieldOrdinalOutOfRange() {
        rejects(cls(List.of(), m("()V", 1, 0, 1, 0, code(OGETF, 1, OPOP, RET))), "offset 0: object field ordinal 1 out of range: the class has 1");
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(IGETF, 3, RET))), "integer field ordinal 3 out of range");
    }

    @Test public void methodOrdinalOutOfRange() {
        List<Const> pool = List.of(new ClassConst("Bad"), new MethodConst(1, "nope", "()V", 9));
        rejects(cls(pool, m("()V", 1, 0, 1, 0, code(ONULL, CALL, 2, 0, RET))), "method ordinal 9 out of range: class Bad has 5 methods");
    }

    @Test public void localOutOfRange() {
        rejects(cls(List.of(), m("()V", 1, 1, 0, 1, code(ILOAD, 5, RET))), "iload of integer local 5; the method has 1");
    }

    @Test public void replacingThisIsRefused() {
        rejects(cls(List.of(), m("()V", 2, 0, 1, 0, code(ONULL, OSTORE, 0, RET))), "ostore 0 would replace this");
    }

    @Test public void fallingOffTheEnd() {
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(ICONST, 1, 0, 0, 0))), "execution falls off the end of the code");
    }

    @Test public void unknownOpcodeAndTruncatedInstruction() {
        rejects(cls(List.of(), m("()V", 1, 0, 0, 0, code(200, RET))), "offset 0: unknown opcode 200");
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(RET, ICONST, 1))), "offset 1: instruction iconst runs past the end of the code");
    }

    @Test public void returnOfTheWrongKind() {
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(ICONST, 1, 0, 0, 0, IRET))), "iret in a method that returns V");
    }

    @Test public void badConstantKinds() {
        rejects(cls(List.of(new ClassConst("X")), m("()V", 1, 0, 0, 1, code(ILDC, 1, 0, RET))), "ildc of constant 1, which is not a number");
        rejects(cls(List.of(), m("()V", 1, 0, 0, 1, code(ILDC, 7, 0, RET))), "ildc of constant 7");
    }

    @Test public void badHandlers() {
        rejects(cls(List.of(), m("()V", 1, 0, 1, 0, code(RET), new Handler(0, 5, 0, 0))), "bad exception handler range");
    }

    // ---- the container

    private static byte[] good() {
        return cls(List.of(), m("()V", 1, 0, 0, 0, code(RET))).toBytes();
    }

    @Test public void truncatedAndOversizedFiles() {
        byte[] g = good();
        ClassFormatException t = assertThrows(ClassFormatException.class, () -> ClassFile.parse(java.util.Arrays.copyOf(g, g.length - 3)));
        assertTrue(t.getMessage(), t.getMessage().contains("truncated"));
        ClassFormatException o = assertThrows(ClassFormatException.class, () -> ClassFile.parse(java.util.Arrays.copyOf(g, g.length + 5)));
        assertTrue(o.getMessage(), o.getMessage().contains("oversized"));
        ClassFormatException huge = assertThrows(ClassFormatException.class, () -> ClassFile.parse(new byte[ClassFile.MAX_SIZE + 1]));
        assertTrue(huge.getMessage(), huge.getMessage().contains("limit"));
    }

    @Test public void badMagicVersionAndChecksum() {
        byte[] g = good();
        byte[] magic = g.clone();
        magic[0] = 'X';
        assertTrue(assertThrows(ClassFormatException.class, () -> ClassFile.parse(magic)).getMessage().contains("not a Phantom class file"));
        byte[] version = g.clone();
        version[4] = 9;
        assertTrue(assertThrows(ClassFormatException.class, () -> ClassFile.parse(version)).getMessage().contains("format 9"));
        byte[] flipped = g.clone();
        flipped[g.length - 4] ^= 0x10;
        assertTrue(assertThrows(ClassFormatException.class, () -> ClassFile.parse(flipped)).getMessage().contains("checksum"));
    }

    @Test public void roundTrip() {
        ClassFile cf = cls(List.of(new DoubleConst(2.5), new ClassConst("X"), new MethodConst(2, "f", "(OI)J", 7)),
            m("()V", 1, 0, 0, 0, code(RET), new Handler(0, 1, 0, 2)));
        ClassFile back = ClassFile.parse(cf.toBytes());
        assertEquals(cf.name(), back.name());
        assertEquals(cf.pool(), back.pool());
        assertArrayEquals(cf.methods().get(0).code(), back.methods().get(0).code());
        assertEquals(cf.methods().get(0).handlers(), back.methods().get(0).handlers());
    }
}
