package phantom.vm.code;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;

import phantom.vm.code.ClassFile.ClassConst;
import phantom.vm.code.ClassFile.Const;
import phantom.vm.code.ClassFile.DoubleConst;
import phantom.vm.code.ClassFile.FloatConst;
import phantom.vm.code.ClassFile.Handler;
import phantom.vm.code.ClassFile.IntConst;
import phantom.vm.code.ClassFile.LongConst;
import phantom.vm.code.ClassFile.Method;
import phantom.vm.code.ClassFile.MethodConst;
import phantom.vm.code.ClassFile.StringConst;

/**
 * Checks every method of a class before it is loaded: instructions decode and stay inside the
 * code, jumps land on instruction boundaries, both operand stacks have one shape at every
 * instruction whatever path reaches it (no underflow, no overflow of the declared maximum, the
 * right numeric kinds), locals, fields, constants and method ordinals are in range, and code
 * never falls off its end. Object references live only on the object stack, in object locals
 * and in reference fields, and no instruction moves a number there: verified code cannot forge
 * a reference, and it can reach only {@code this}, its arguments and what they lead to.
 */
public final class Verifier {

    /** What the verifier needs to know about other classes. */
    public interface Context {
        /** Object fields the superclass chain declares before this class's own (they come first). */
        int inheritedObjFields();

        int inheritedIntFields();

        /** Methods (ordinals) of a class that is already known, or -1 if it is not. */
        int methodCount(String className);

        /** What this verifier accepts at most. */
        default Limits limits() { return Limits.DEFAULT; }
    }

    /** Most parameters a descriptor may have: the interpreter passes arguments through fixed 256-slot arrays. */
    public static final int MAX_PARAMS = 255;

    /**
     * Sizes the verifier accepts. They bound its own memory (a shape per instruction, each as long
     * as the declared stack), the size of a frame in the space, and the time a load takes.
     *
     * @param maxClassBytes a whole class file (checked by the loader, before parsing)
     * @param maxMethods    methods in one class
     * @param maxCodeBytes  code of one method
     * @param maxLocals     object or integer locals of one method (operands address 256)
     * @param maxStack      declared depth of either operand stack
     */
    public record Limits(int maxClassBytes, int maxMethods, int maxCodeBytes, int maxLocals, int maxStack) {
        public static final Limits DEFAULT = new Limits(1 << 20, 1024, 65_535, 256, 256);
    }

    private final ClassFile cf;
    private final Context ctx;
    private int deepestInts, deepestObjs;
    private Frame[] lastFrames;

    private Verifier(ClassFile cf, Context ctx) {
        this.cf = cf;
        this.ctx = ctx;
    }

    public static void verify(ClassFile cf, Context ctx) {
        Verifier v = new Verifier(cf, ctx);
        Limits l = ctx.limits();
        if (cf.methods().size() > l.maxMethods()) {
            throw new ClassFormatException(cf.name(), cf.methods().size() + " methods; the limit is " + l.maxMethods());
        }
        if (cf.name().equals(cf.superName())) throw new ClassFormatException(cf.name(), "a class cannot extend itself");
        for (int i = 0; i < cf.pool().size(); i++) v.checkConst(i + 1, cf.pool().get(i));
        java.util.Set<Integer> ordinals = new java.util.HashSet<>();
        java.util.Set<String> signatures = new java.util.HashSet<>();
        for (Method m : cf.methods()) {
            if (!ordinals.add(m.ordinal())) throw new ClassFormatException(cf.name(), "two methods with ordinal " + m.ordinal());
            if (!signatures.add(m.name() + m.descriptor())) throw new ClassFormatException(cf.name(), "method " + m.name() + " " + m.descriptor() + " is defined twice");
            v.verify(m);
        }
    }

    /** The deepest {integer, object} stacks {@code m} reaches; for the assembler's sizing. */
    public static int[] measure(ClassFile cf, Context ctx, ClassFile.Method m) {
        Verifier v = new Verifier(cf, ctx);
        v.verify(m);
        return new int[] { v.deepestInts, v.deepestObjs };
    }

    /**
     * The depths of both operand stacks at every instruction of a verified method, as
     * {integer depths, object depths} by pc (-1 where no path reaches): what a compiler needs to
     * give each stack slot a fixed place.
     */
    public static int[][] depths(ClassFile cf, ClassFile.Method m) {
        Verifier v = new Verifier(cf, new Context() {
            // the class was verified when it loaded: what it names is in range
            @Override public int inheritedObjFields() { return 1 << 16; }
            @Override public int inheritedIntFields() { return 1 << 16; }
            @Override public int methodCount(String className) { return -1; }
        });
        v.verify(m);
        int[] ints = new int[m.code().length], objs = new int[m.code().length];
        for (int pc = 0; pc < ints.length; pc++) {
            Frame f = v.lastFrames[pc];
            ints[pc] = f == null ? -1 : f.ints().length();
            objs[pc] = f == null ? -1 : f.objs();
        }
        return new int[][] { ints, objs };
    }

    private void checkConst(int index, Const c) {
        if (c instanceof MethodConst m) {
            if (!(constAt(m.classIndex()) instanceof ClassConst)) {
                throw new ClassFormatException(cf.name(), "constant " + index + ": method reference to constant " + m.classIndex() + ", not a class");
            }
            Descriptor d;
            try {
                d = Descriptor.parse(m.descriptor());
            } catch (IllegalArgumentException e) {
                throw new ClassFormatException(cf.name(), "constant " + index + ": " + e.getMessage());
            }
            if (d.params().length() > MAX_PARAMS) {
                throw new ClassFormatException(cf.name(), "constant " + index + ": " + d.params().length() + " parameters; the limit is " + MAX_PARAMS);
            }
        }
    }

    private Const constAt(int index) {
        return index >= 1 && index <= cf.pool().size() ? cf.pool().get(index - 1) : null;
    }

    private ClassFormatException fail(Method m, int pc, String msg) {
        return new ClassFormatException(cf.name(), m.name() + m.descriptor(), pc, m.lineAt(pc), msg);
    }

    /** Operand-stack shape at one instruction: integer kinds bottom to top, object depth. */
    private record Frame(String ints, int objs) {}

    private void verify(Method m) {
        Descriptor d;
        try {
            d = m.signature();
        } catch (IllegalArgumentException e) {
            throw fail(m, 0, e.getMessage());
        }
        Limits l = ctx.limits();
        if (d.params().length() > MAX_PARAMS) throw fail(m, 0, d.params().length() + " parameters; the limit is " + MAX_PARAMS);
        if (m.maxOLocals() > l.maxLocals() || m.maxILocals() > l.maxLocals()) {
            throw fail(m, 0, "locals " + m.maxOLocals() + " object, " + m.maxILocals() + " integer; the limit is " + l.maxLocals());
        }
        if (m.maxOStack() > l.maxStack() || m.maxIStack() > l.maxStack()) {
            throw fail(m, 0, "stack depths " + m.maxOStack() + " object, " + m.maxIStack() + " integer; the limit is " + l.maxStack());
        }
        if (m.code().length > l.maxCodeBytes()) throw fail(m, 0, "code of " + m.code().length + " bytes; the limit is " + l.maxCodeBytes());
        if (m.maxOLocals() < d.objParams() + 1) throw fail(m, 0, "max object locals " + m.maxOLocals() + " cannot hold this and " + d.objParams() + " object arguments");
        if (m.maxILocals() < d.intParams()) throw fail(m, 0, "max integer locals " + m.maxILocals() + " cannot hold " + d.intParams() + " integer arguments");
        byte[] code = m.code();
        if (code.length == 0) throw fail(m, 0, "empty code");
        BitSet starts = new BitSet(code.length);
        int pc = 0;
        while (pc < code.length) {
            starts.set(pc);
            pc += length(m, code, pc);
        }
        for (Handler h : m.handlers()) {
            if (h.start() < 0 || h.start() >= h.end() || h.end() > code.length || !starts.get(h.start())
                || (h.end() < code.length && !starts.get(h.end()))) {
                throw fail(m, h.start(), "bad exception handler range [" + h.start() + ", " + h.end() + ")");
            }
            if (h.handler() < 0 || h.handler() >= code.length || !starts.get(h.handler())) {
                throw fail(m, h.handler(), "exception handler does not start at an instruction");
            }
            if (h.classIndex() != 0 && !(constAt(h.classIndex()) instanceof ClassConst)) {
                throw fail(m, h.handler(), "exception handler class " + h.classIndex() + " is not a class constant");
            }
        }
        Frame[] frames = new Frame[code.length];
        lastFrames = frames;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        merge(m, frames, work, 0, new Frame("", 0), 0);
        for (Handler h : m.handlers()) merge(m, frames, work, h.handler(), new Frame("", 1), h.handler());
        while (!work.isEmpty()) {
            int at = work.pop();
            step(m, d, code, at, frames[at], frames, work, starts);
        }
    }

    private void merge(Method m, Frame[] frames, ArrayDeque<Integer> work, int target, Frame f, int from) {
        Frame old = frames[target];
        if (old == null) {
            frames[target] = f;
            work.push(target);
        } else if (!old.equals(f)) {
            throw fail(m, target, "operand stacks differ where paths join: " + describe(old) + " vs " + describe(f) + " (from offset " + from + ")");
        }
    }

    private static String describe(Frame f) {
        return "[ints " + (f.ints().isEmpty() ? "-" : f.ints()) + ", objects " + f.objs() + "]";
    }

    /** Length of the instruction at {@code pc}, checking that it fits. */
    private int length(Method m, byte[] code, int pc) {
        Op op = Op.of(code[pc]);
        if (op == null) throw fail(m, pc, "unknown opcode " + (code[pc] & 0xFF));
        int len;
        if (op.fmt == Op.Fmt.SWITCH) {
            if (pc + 13 > code.length) throw fail(m, pc, "truncated tableswitch");
            int low = s32(code, pc + 1), high = s32(code, pc + 5);
            long n = (long) high - low + 1;
            if (n < 1 || n > 65536) throw fail(m, pc, "tableswitch with " + n + " cases");
            len = 13 + (int) n * 4;
        } else {
            len = 1 + op.fmt.size;
        }
        if (pc + len > code.length) throw fail(m, pc, "instruction " + op.mnemonic + " runs past the end of the code");
        return len;
    }

    static int s32(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8 | (c[at + 2] & 0xFF) << 16 | c[at + 3] << 24;
    }

    static int u16(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8;
    }

    private void step(Method m, Descriptor d, byte[] code, int pc, Frame in, Frame[] frames, ArrayDeque<Integer> work, BitSet starts) {
        Op op = Op.of(code[pc]);
        StringBuilder ints = new StringBuilder(in.ints());
        int objs = in.objs();
        String popInts = op.intsIn, pushInts = op.intsOut;
        int popObjs = op.objsIn, pushObjs = op.objsOut;
        int len = length(m, code, pc);
        switch (op) {
            case ILDC -> {
                Const c = constAt(u16(code, pc + 1));
                pushInts = switch (c) {
                    case IntConst x -> "I";
                    case LongConst x -> "J";
                    case FloatConst x -> "F";
                    case DoubleConst x -> "D";
                    case null, default -> throw fail(m, pc, "ildc of constant " + u16(code, pc + 1) + ", which is not a number");
                };
            }
            case OLDC -> {
                if (!(constAt(u16(code, pc + 1)) instanceof StringConst)) throw fail(m, pc, "oldc of constant " + u16(code, pc + 1) + ", which is not a string");
            }
            case NEW, CLASS, INSTANCEOF, CHECKCAST, SINGLETON, ANEWARRAY -> {
                if (!(constAt(u16(code, pc + 1)) instanceof ClassConst)) throw fail(m, pc, op.mnemonic + " of constant " + u16(code, pc + 1) + ", which is not a class");
            }
            case ILOAD, LLOAD, FLOAD, DLOAD, ISTORE, LSTORE, FSTORE, DSTORE, IINC -> {
                int idx = code[pc + 1] & 0xFF;
                if (idx >= m.maxILocals()) throw fail(m, pc, op.mnemonic + " of integer local " + idx + "; the method has " + m.maxILocals());
            }
            case OLOAD, OSTORE -> {
                int idx = code[pc + 1] & 0xFF;
                if (op == Op.OSTORE && idx == 0 && !m.isStatic()) throw fail(m, pc, "ostore 0 would replace this");
                if (idx >= m.maxOLocals()) throw fail(m, pc, op.mnemonic + " of object local " + idx + "; the method has " + m.maxOLocals());
            }
            case OGETF, OPUTF -> field(m, pc, code[pc + 1] & 0xFF, ctx.inheritedObjFields() + cf.objFields().size(), "object");
            case IGETF, IPUTF, LGETF, LPUTF, DGETF, DPUTF -> field(m, pc, code[pc + 1] & 0xFF, ctx.inheritedIntFields() + cf.intFields().size(), "integer");
            case OGETFIELD, OPUTFIELD, IGETFIELD, IPUTFIELD, LGETFIELD, LPUTFIELD, DGETFIELD, DPUTFIELD -> {
                if (!(constAt(u16(code, pc + 1)) instanceof ClassConst)) throw fail(m, pc, op.mnemonic + " of constant " + u16(code, pc + 1) + ", which is not a class");
                if (!(constAt(u16(code, pc + 3)) instanceof ClassFile.StringConst)) throw fail(m, pc, op.mnemonic + " field name " + u16(code, pc + 3) + ", which is not a string constant");
            }
            case NEWARRAY -> {
                int kind = code[pc + 1] & 0xFF;
                if (kind >= Op.ARRAY_KINDS.size()) throw fail(m, pc, "newarray of element kind " + kind + "; the kinds are 0-" + (Op.ARRAY_KINDS.size() - 1) + " " + Op.ARRAY_KINDS);
            }
            case THIS -> {
                if (m.isStatic()) throw fail(m, pc, "a static method has no this");
            }
            case IDUP -> {
                if (ints.isEmpty()) throw fail(m, pc, "idup on an empty integer stack");
                pushInts = String.valueOf(ints.charAt(ints.length() - 1));
            }
            case ISWAP -> {
                if (ints.length() < 2) throw fail(m, pc, "iswap needs two integers");
                char a = ints.charAt(ints.length() - 1), b = ints.charAt(ints.length() - 2);
                ints.setLength(ints.length() - 2);
                ints.append(a).append(b);
            }
            case CALL, CALLSTATIC -> {
                if (!(constAt(u16(code, pc + 1)) instanceof MethodConst mc)) throw fail(m, pc, op.mnemonic + " of constant " + u16(code, pc + 1) + ", which is not a method");
                Descriptor cd = Descriptor.parse(mc.descriptor());
                String target = ((ClassConst) constAt(mc.classIndex())).name();
                int count = target.equals(cf.name()) ? ownMethodCount() : ctx.methodCount(target);
                if (count >= 0 && mc.ordinal() >= count) {
                    throw fail(m, pc, "method ordinal " + mc.ordinal() + " out of range: class " + target + " has " + count + " methods");
                }
                popInts = cd.intKinds();
                popObjs = cd.objParams() + (op == Op.CALL ? 1 : 0);
                pushInts = cd.returnsNumber() ? String.valueOf(cd.ret()) : "";
                pushObjs = cd.returnsObject() ? 1 : 0;
            }
            case IRET -> {
                if (!d.returnsNumber()) throw fail(m, pc, "iret in a method that returns " + d.ret());
                popInts = String.valueOf(d.ret());
            }
            case ORET -> {
                if (!d.returnsObject()) throw fail(m, pc, "oret in a method that returns " + d.ret());
                popObjs = 1;
            }
            case RET -> {
                if (d.ret() != 'V') throw fail(m, pc, "ret in a method that returns " + d.ret());
            }
            default -> { }
        }
        if (op != Op.ISWAP) {
            for (int i = popInts.length() - 1; i >= 0; i--) {
                if (ints.isEmpty()) throw fail(m, pc, op.mnemonic + ": integer stack underflow");
                char want = popInts.charAt(i), have = ints.charAt(ints.length() - 1);
                if (want != '?' && want != have) {
                    throw fail(m, pc, op.mnemonic + ": type mismatch on the integer stack: expected " + kind(want) + ", found " + kind(have));
                }
                ints.setLength(ints.length() - 1);
            }
            if (objs < popObjs) throw fail(m, pc, op.mnemonic + ": object stack underflow (needs " + popObjs + ", has " + objs + ")");
            objs -= popObjs;
            ints.append(pushInts);
            objs += pushObjs;
        }
        deepestInts = Math.max(deepestInts, ints.length());
        deepestObjs = Math.max(deepestObjs, objs);
        if (ints.length() > m.maxIStack()) throw fail(m, pc, "integer stack overflow: depth " + ints.length() + " over the declared " + m.maxIStack());
        if (objs > m.maxOStack()) throw fail(m, pc, "object stack overflow: depth " + objs + " over the declared " + m.maxOStack());
        Frame out = new Frame(ints.toString(), objs);
        if (op.isBranch()) {
            int target = pc + s32(code, pc + 1);
            checkTarget(m, pc, target, code, starts);
            merge(m, frames, work, target, out, pc);
        } else if (op == Op.TABLESWITCH) {
            int low = s32(code, pc + 1), high = s32(code, pc + 5);
            int dflt = pc + s32(code, pc + 9);
            checkTarget(m, pc, dflt, code, starts);
            merge(m, frames, work, dflt, out, pc);
            for (int i = 0; i <= high - low; i++) {
                int t = pc + s32(code, pc + 13 + 4 * i);
                checkTarget(m, pc, t, code, starts);
                merge(m, frames, work, t, out, pc);
            }
        }
        if (!op.endsBlock()) {
            int next = pc + len;
            if (next >= code.length) throw fail(m, pc, "execution falls off the end of the code");
            merge(m, frames, work, next, out, pc);
        }
    }

    /** This class's method table size: inherited ordinals, then its own. */
    private int ownMethodCount() {
        int n = ctx.methodCount(cf.superName() == null ? "object" : cf.superName());
        for (Method m : cf.methods()) n = Math.max(n, m.ordinal() + 1);
        return n;
    }

    private void checkTarget(Method m, int pc, int target, byte[] code, BitSet starts) {
        if (target < 0 || target >= code.length || !starts.get(target)) {
            throw fail(m, pc, "jump to " + target + ", which is not the start of an instruction");
        }
    }

    private void field(Method m, int pc, int ordinal, int count, String what) {
        if (m.isStatic()) throw fail(m, pc, "a static method has no fields");
        if (ordinal >= count) throw fail(m, pc, what + " field ordinal " + ordinal + " out of range: the class has " + count);
    }

    private static String kind(char c) {
        return switch (c) {
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> String.valueOf(c);
        };
    }

    static String hex(byte[] b) { return Arrays.toString(b); }
}
