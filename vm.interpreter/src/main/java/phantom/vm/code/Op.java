package phantom.vm.code;

import java.util.HashMap;
import java.util.Map;

/**
 * The instruction set (docs/bytecode.md). Each instruction is one opcode byte and its operands
 * (little endian). Stack effects are given as the kinds popped from and pushed to the integer
 * stack (I int, J long, F float, D double, ? any) and the count popped from and pushed to the
 * object stack; calls, returns, constants and switches are special-cased by the verifier.
 */
public enum Op {
    NOP(0, Fmt.NONE, "", "", 0, 0),
    ICONST(1, Fmt.S32, "", "I", 0, 0),
    ILDC(2, Fmt.U16, "", "", 0, 0),     // int/long/float/double from the pool
    OLDC(3, Fmt.U16, "", "", 0, 1),     // string from the pool
    ONULL(4, Fmt.NONE, "", "", 0, 1),
    ILOAD(5, Fmt.U8, "", "I", 0, 0),
    LLOAD(6, Fmt.U8, "", "J", 0, 0),
    FLOAD(7, Fmt.U8, "", "F", 0, 0),
    DLOAD(8, Fmt.U8, "", "D", 0, 0),
    ISTORE(9, Fmt.U8, "I", "", 0, 0),
    LSTORE(10, Fmt.U8, "J", "", 0, 0),
    FSTORE(11, Fmt.U8, "F", "", 0, 0),
    DSTORE(12, Fmt.U8, "D", "", 0, 0),
    OLOAD(13, Fmt.U8, "", "", 0, 1),
    OSTORE(14, Fmt.U8, "", "", 1, 0),
    IINC(15, Fmt.IINC, "", "", 0, 0),
    IPOP(16, Fmt.NONE, "?", "", 0, 0),
    IDUP(17, Fmt.NONE, "", "", 0, 0),
    ISWAP(18, Fmt.NONE, "", "", 0, 0),
    OPOP(19, Fmt.NONE, "", "", 1, 0),
    ODUP(20, Fmt.NONE, "", "", 1, 2),
    OSWAP(21, Fmt.NONE, "", "", 2, 2),
    IADD(22, Fmt.NONE, "II", "I", 0, 0), ISUB(23, Fmt.NONE, "II", "I", 0, 0), IMUL(24, Fmt.NONE, "II", "I", 0, 0),
    IDIV(25, Fmt.NONE, "II", "I", 0, 0), IREM(26, Fmt.NONE, "II", "I", 0, 0), INEG(27, Fmt.NONE, "I", "I", 0, 0),
    IAND(28, Fmt.NONE, "II", "I", 0, 0), IOR(29, Fmt.NONE, "II", "I", 0, 0), IXOR(30, Fmt.NONE, "II", "I", 0, 0),
    ISHL(31, Fmt.NONE, "II", "I", 0, 0), ISHR(32, Fmt.NONE, "II", "I", 0, 0), IUSHR(33, Fmt.NONE, "II", "I", 0, 0),
    LADD(34, Fmt.NONE, "JJ", "J", 0, 0), LSUB(35, Fmt.NONE, "JJ", "J", 0, 0), LMUL(36, Fmt.NONE, "JJ", "J", 0, 0),
    LDIV(37, Fmt.NONE, "JJ", "J", 0, 0), LREM(38, Fmt.NONE, "JJ", "J", 0, 0), LNEG(39, Fmt.NONE, "J", "J", 0, 0),
    LAND(40, Fmt.NONE, "JJ", "J", 0, 0), LOR(41, Fmt.NONE, "JJ", "J", 0, 0), LXOR(42, Fmt.NONE, "JJ", "J", 0, 0),
    LSHL(43, Fmt.NONE, "JI", "J", 0, 0), LSHR(44, Fmt.NONE, "JI", "J", 0, 0), LUSHR(45, Fmt.NONE, "JI", "J", 0, 0),
    FADD(46, Fmt.NONE, "FF", "F", 0, 0), FSUB(47, Fmt.NONE, "FF", "F", 0, 0), FMUL(48, Fmt.NONE, "FF", "F", 0, 0),
    FDIV(49, Fmt.NONE, "FF", "F", 0, 0), FREM(50, Fmt.NONE, "FF", "F", 0, 0), FNEG(51, Fmt.NONE, "F", "F", 0, 0),
    DADD(52, Fmt.NONE, "DD", "D", 0, 0), DSUB(53, Fmt.NONE, "DD", "D", 0, 0), DMUL(54, Fmt.NONE, "DD", "D", 0, 0),
    DDIV(55, Fmt.NONE, "DD", "D", 0, 0), DREM(56, Fmt.NONE, "DD", "D", 0, 0), DNEG(57, Fmt.NONE, "D", "D", 0, 0),
    I2L(58, Fmt.NONE, "I", "J", 0, 0), I2F(59, Fmt.NONE, "I", "F", 0, 0), I2D(60, Fmt.NONE, "I", "D", 0, 0),
    L2I(61, Fmt.NONE, "J", "I", 0, 0), L2F(62, Fmt.NONE, "J", "F", 0, 0), L2D(63, Fmt.NONE, "J", "D", 0, 0),
    F2I(64, Fmt.NONE, "F", "I", 0, 0), F2L(65, Fmt.NONE, "F", "J", 0, 0), F2D(66, Fmt.NONE, "F", "D", 0, 0),
    D2I(67, Fmt.NONE, "D", "I", 0, 0), D2L(68, Fmt.NONE, "D", "J", 0, 0), D2F(69, Fmt.NONE, "D", "F", 0, 0),
    LCMP(70, Fmt.NONE, "JJ", "I", 0, 0), FCMP(71, Fmt.NONE, "FF", "I", 0, 0), DCMP(72, Fmt.NONE, "DD", "I", 0, 0),
    GOTO(73, Fmt.JUMP, "", "", 0, 0),
    IFEQ(74, Fmt.JUMP, "I", "", 0, 0), IFNE(75, Fmt.JUMP, "I", "", 0, 0), IFLT(76, Fmt.JUMP, "I", "", 0, 0),
    IFGE(77, Fmt.JUMP, "I", "", 0, 0), IFGT(78, Fmt.JUMP, "I", "", 0, 0), IFLE(79, Fmt.JUMP, "I", "", 0, 0),
    IF_ICMPEQ(80, Fmt.JUMP, "II", "", 0, 0), IF_ICMPNE(81, Fmt.JUMP, "II", "", 0, 0), IF_ICMPLT(82, Fmt.JUMP, "II", "", 0, 0),
    IF_ICMPGE(83, Fmt.JUMP, "II", "", 0, 0), IF_ICMPGT(84, Fmt.JUMP, "II", "", 0, 0), IF_ICMPLE(85, Fmt.JUMP, "II", "", 0, 0),
    IFNULL(86, Fmt.JUMP, "", "", 1, 0), IFNONNULL(87, Fmt.JUMP, "", "", 1, 0),
    IF_OEQ(88, Fmt.JUMP, "", "", 2, 0), IF_ONE(89, Fmt.JUMP, "", "", 2, 0),
    TABLESWITCH(90, Fmt.SWITCH, "I", "", 0, 0),
    OGETF(91, Fmt.U8, "", "", 0, 1), OPUTF(92, Fmt.U8, "", "", 1, 0),
    IGETF(93, Fmt.U8, "", "I", 0, 0), IPUTF(94, Fmt.U8, "I", "", 0, 0),
    LGETF(95, Fmt.U8, "", "J", 0, 0), LPUTF(96, Fmt.U8, "J", "", 0, 0),
    DGETF(97, Fmt.U8, "", "D", 0, 0), DPUTF(98, Fmt.U8, "D", "", 0, 0),
    NEW(99, Fmt.U16, "", "", 0, 1),
    THIS(100, Fmt.NONE, "", "", 0, 1),
    THREAD(101, Fmt.NONE, "", "", 0, 1),
    CLASS(102, Fmt.U16, "", "", 0, 1),
    INSTANCEOF(103, Fmt.U16, "", "I", 1, 0),
    CHECKCAST(104, Fmt.U16, "", "", 1, 1),
    BOX(105, Fmt.NONE, "I", "", 0, 1), UNBOX(106, Fmt.NONE, "", "I", 1, 0),
    LBOX(107, Fmt.NONE, "J", "", 0, 1), LUNBOX(108, Fmt.NONE, "", "J", 1, 0),
    DBOX(109, Fmt.NONE, "D", "", 0, 1), DUNBOX(110, Fmt.NONE, "", "D", 1, 0),
    CALL(111, Fmt.U16, "", "", 0, 0),
    CALLSTATIC(112, Fmt.U16, "", "", 0, 0),
    RET(113, Fmt.NONE, "", "", 0, 0),
    IRET(114, Fmt.NONE, "", "", 0, 0),
    ORET(115, Fmt.NONE, "", "", 0, 0),
    THROW(116, Fmt.NONE, "", "", 1, 0),
    MENTER(117, Fmt.NONE, "", "", 1, 0),
    MEXIT(118, Fmt.NONE, "", "", 1, 0),
    // a field of the object on the stack, by class and name (resolved against the object's own layout)
    OGETFIELD(119, Fmt.FIELD, "", "", 1, 1), OPUTFIELD(120, Fmt.FIELD, "", "", 2, 0),
    IGETFIELD(121, Fmt.FIELD, "", "I", 1, 0), IPUTFIELD(122, Fmt.FIELD, "I", "", 1, 0),
    LGETFIELD(123, Fmt.FIELD, "", "J", 1, 0), LPUTFIELD(124, Fmt.FIELD, "J", "", 1, 0),
    DGETFIELD(125, Fmt.FIELD, "", "D", 1, 0), DPUTFIELD(126, Fmt.FIELD, "D", "", 1, 0),
    // arrays of one element kind in one object (docs/bytecode.md, "Arrays"): the index on the
    // integer stack below the value, the array on the object stack
    NEWARRAY(127, Fmt.U8, "I", "", 0, 1), ARRAYLENGTH(128, Fmt.NONE, "", "I", 1, 0),
    OALOAD(129, Fmt.NONE, "I", "", 1, 1), OASTORE(130, Fmt.NONE, "I", "", 2, 0),
    BALOAD(131, Fmt.NONE, "I", "I", 1, 0), BASTORE(132, Fmt.NONE, "II", "", 1, 0),
    CALOAD(133, Fmt.NONE, "I", "I", 1, 0), CASTORE(134, Fmt.NONE, "II", "", 1, 0),
    SALOAD(135, Fmt.NONE, "I", "I", 1, 0), SASTORE(136, Fmt.NONE, "II", "", 1, 0),
    IALOAD(137, Fmt.NONE, "I", "I", 1, 0), IASTORE(138, Fmt.NONE, "II", "", 1, 0),
    LALOAD(139, Fmt.NONE, "I", "J", 1, 0), LASTORE(140, Fmt.NONE, "IJ", "", 1, 0),
    FALOAD(141, Fmt.NONE, "I", "F", 1, 0), FASTORE(142, Fmt.NONE, "IF", "", 1, 0),
    DALOAD(143, Fmt.NONE, "I", "D", 1, 0), DASTORE(144, Fmt.NONE, "ID", "", 1, 0),
    // the one instance of a class, made on first use and kept across patches: where statics live
    SINGLETON(145, Fmt.U16, "", "", 0, 1),
    // raw bit casts (Float.floatToRawIntBits and friends): a float is held as its int bits, a double as its long bits
    F2IBITS(146, Fmt.NONE, "F", "I", 0, 0), I2FBITS(147, Fmt.NONE, "I", "F", 0, 0),
    D2LBITS(148, Fmt.NONE, "D", "J", 0, 0), L2DBITS(149, Fmt.NONE, "J", "D", 0, 0),
    // threads and monitors for Java (docs/bytecode.md, "Threads"): a new thread running the object's run ()V;
    // Object.wait(millis) (0: no limit; pushes 1 if notified, 0 if the time ran out) and notify/notifyAll on a monitor the thread holds
    SPAWN(150, Fmt.NONE, "", "", 1, 1),
    MWAIT(151, Fmt.NONE, "J", "I", 1, 0), MNOTIFY(152, Fmt.NONE, "", "", 1, 0), MNOTIFYALL(153, Fmt.NONE, "", "", 1, 0),
    // frames as text, innermost first (for a language's stack traces): the thread's (null) or where the VM raised an error
    BACKTRACE(154, Fmt.NONE, "", "", 1, 1),
    // the correctly rounded square root (IEEE 754, as Math.sqrt): an instruction, not an internal call, for numeric code
    DSQRT(155, Fmt.NONE, "D", "D", 0, 0),
    // the identity hash of a reference, whatever its class's hashCode says (Java's System.identityHashCode)
    OHASH(156, Fmt.NONE, "", "I", 1, 0),
    // a shallow copy of an instance of a bytecode class or of a typed array (Java's Object.clone)
    OCLONE(157, Fmt.NONE, "", "", 1, 1),
    // a reference array of the element class named (Java's anewarray: a Foo[] takes only Foos, and is an object[]);
    // a new array of a prototype array's class and kind, all zero or null (Arrays.copyOf keeps the element type)
    ANEWARRAY(158, Fmt.U16, "I", "", 0, 1), NEWLIKE(159, Fmt.NONE, "I", "", 1, 1);

    /**
     * The element kinds of {@code newarray}, by its operand: the name the assembler takes, the
     * class of such arrays is the name with "[]"; {@link #ARRAY_SHIFT}: log2 of an element's
     * bytes (object elements are reference slots).
     */
    public static final java.util.List<String> ARRAY_KINDS = java.util.List.of("object", "byte", "char", "short", "int", "long", "float", "double");
    public static final int[] ARRAY_SHIFT = { 0, 0, 1, 1, 2, 3, 2, 3 };

    /** The element kind an array load or store works on (an index into {@link #ARRAY_KINDS}); -1 for other instructions. */
    public int arrayKind() {
        if (code < OALOAD.code || code > DASTORE.code) return -1;
        return (code - OALOAD.code) / 2;
    }

    /** Operand formats. */
    public enum Fmt {
        NONE(0), U8(1), S32(4), U16(2), JUMP(4), IINC(2), SWITCH(-1),
        /** Two pool indexes: a class constant and a string constant naming the field. */
        FIELD(4);

        public final int size;

        Fmt(int size) { this.size = size; }
    }

    public final int code;
    public final Fmt fmt;
    public final String intsIn;
    public final String intsOut;
    public final int objsIn;
    public final int objsOut;
    public final String mnemonic;

    Op(int code, Fmt fmt, String intsIn, String intsOut, int objsIn, int objsOut) {
        this.code = code;
        this.fmt = fmt;
        this.intsIn = intsIn;
        this.intsOut = intsOut;
        this.objsIn = objsIn;
        this.objsOut = objsOut;
        this.mnemonic = name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final Op[] BY_CODE = new Op[256];
    private static final Map<String, Op> BY_NAME = new HashMap<>();

    static {
        for (Op op : values()) {
            BY_CODE[op.code] = op;
            BY_NAME.put(op.mnemonic, op);
        }
    }

    /** The instruction with this opcode, or null. */
    public static Op of(int code) { return BY_CODE[code & 0xFF]; }

    public static Op named(String mnemonic) { return BY_NAME.get(mnemonic); }

    /** Length of the (verified) instruction at {@code pc}. */
    public static int length(byte[] code, int pc) {
        Op op = of(code[pc]);
        if (op.fmt == Fmt.SWITCH) return 13 + 4 * (Verifier.s32(code, pc + 5) - Verifier.s32(code, pc + 1) + 1);
        return 1 + op.fmt.size;
    }

    /** A field instruction of a field of {@code this}, by slot: ogetf .. dputf. */
    public boolean isThisField() { return code >= OGETF.code && code <= DPUTF.code; }

    /** A field instruction by class and name: ogetfield .. dputfield. */
    public boolean isNamedField() { return code >= OGETFIELD.code && code <= DPUTFIELD.code; }

    /** Field instructions of object fields (the others address 8-byte integer words). */
    public boolean isObjectField() { return this == OGETF || this == OPUTF || this == OGETFIELD || this == OPUTFIELD; }

    public boolean isBranch() { return fmt == Fmt.JUMP; }

    /** Instructions after which control does not fall through to the next one. */
    public boolean endsBlock() {
        return this == GOTO || this == TABLESWITCH || this == RET || this == IRET || this == ORET || this == THROW;
    }
}
