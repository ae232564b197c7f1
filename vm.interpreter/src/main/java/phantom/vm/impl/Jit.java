package phantom.vm.impl;

import static java.lang.constant.ConstantDescs.*;

import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

import phantom.vm.code.ClassFile;
import phantom.vm.code.Descriptor;
import phantom.vm.code.Verifier;

/**
 * The compiling tier: a verified method becomes a static JVM method in a hidden class, each
 * local and operand-stack slot of the VM a JVM local (the verifier fixes each stack's depth at
 * every pc), so HotSpot keeps them in registers and a call into the same class is a JVM call.
 * Safepoint-complete, not instruction-complete: compiled frames live on the Java stack only
 * within one slice. Whatever it does not do itself (a yield, an exception, a call it does not
 * make, a replaced class) it leaves to the interpreter by handing over its frame at a pc
 * ({@code Interpreter.jitDump}); the interpreter goes on from there. Nothing compiled is ever
 * persistent: a restart, a load, a patch or a rollback starts from the bytecode again.
 */
final class Jit {
    /** VM code bytes compiled at most: HotSpot does not compile JVM methods over 8,000 bytes. */
    static final int MAX_CODE_BYTES = 1200;
    static final int MAX_JVM_CODE_BYTES = 7900;
    /** Parameters at most: each is a long of two JVM slots, and a JVM method takes 255. */
    static final int MAX_PARAMS = 60;

    private static final ClassDesc CD_X = ClassDesc.of("phantom.vm.impl.Interpreter");
    private static final ClassDesc CD_J = ClassDesc.of("phantom.vm.impl.JitMethod");
    private static final ClassDesc CD_CODE = ClassDesc.of("phantom.vm.impl.JitCode");
    private static final ClassDesc CD_SPACE = ClassDesc.of("phantom.api.space.ObjectSpace");
    private static final ClassDesc CD_REF = ClassDesc.of("phantom.api.space.Ref");
    private static final ClassDesc CD_RTE = ClassDesc.of("java.lang.RuntimeException");
    private static final ClassDesc CD_SELF = ClassDesc.of("phantom.vm.impl.Jitted");
    private static final ClassDesc CD_LONGS = CD_long.arrayType();

    private static final MethodTypeDesc RUN = MethodTypeDesc.of(CD_long, CD_X, CD_J, CD_long);
    private static final MethodTypeDesc RESUME = MethodTypeDesc.of(CD_long, CD_X, CD_J, CD_LONGS, CD_int);

    /** Why a method stays interpreted. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String why) { super(why, null, false, false); }
    }

    private Jit() {}

    /** The compiled form of {@code t}; refused when the method holds what the tier does not compile. */
    static JitMethod compile(ClassInfo.Target t, int epoch, int namesEpoch) throws Refused {
        ClassFile.Method m = t.method;
        if (t.owner.stale) throw new Refused("a replaced version");
        if (!m.handlers().isEmpty()) throw new Refused("exception handlers");
        if (m.code().length > MAX_CODE_BYTES) throw new Refused("code of " + m.code().length + " bytes");
        Descriptor d = t.signature;
        if (d.objParams() + d.intParams() > MAX_PARAMS) throw new Refused("more than " + MAX_PARAMS + " parameters");
        byte[] code = m.code();
        for (int pc = 0; pc < code.length; ) {
            // the VM's rewritten forms (fields by name, through an extension object) are the interpreter's alone
            phantom.vm.code.Op op = phantom.vm.code.Op.of(code[pc]);
            if (op == null) throw new Refused("rewritten instruction " + (code[pc] & 0xFF) + " at " + pc);
            pc += phantom.vm.code.Op.length(code, pc);
        }
        JitMethod j = new JitMethod(t, Verifier.depths(t.owner.file, m), epoch, namesEpoch);
        Gen g = new Gen(t, j);
        g.check();
        MethodTypeDesc body = g.bodyType();
        byte[] bytes = java.lang.classfile.ClassFile.of(java.lang.classfile.ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(Jit.class.getClassLoader()))))
            .build(CD_SELF, cb -> {
                cb.withFlags(java.lang.classfile.ClassFile.ACC_FINAL | java.lang.classfile.ClassFile.ACC_SYNTHETIC);
                cb.withInterfaceSymbols(CD_CODE);
                cb.withMethodBody(INIT_NAME, MTD_void, java.lang.classfile.ClassFile.ACC_PUBLIC, c -> {
                    c.aload(0);
                    c.invokespecial(CD_Object, INIT_NAME, MTD_void);
                    c.return_();
                });
                cb.withMethodBody("run", RUN, java.lang.classfile.ClassFile.ACC_PUBLIC, c -> g.run(c, body));
                cb.withMethodBody("resume", RESUME, java.lang.classfile.ClassFile.ACC_PUBLIC, c -> {
                    c.aload(1);
                    c.aload(2);
                    c.aload(3);
                    c.iload(4);
                    c.invokestatic(CD_SELF, "resumeBody", RESUME);
                    c.lreturn();
                });
                cb.withMethodBody("body", body, java.lang.classfile.ClassFile.ACC_PUBLIC | java.lang.classfile.ClassFile.ACC_STATIC, c -> g.emit(c, false));
                cb.withMethodBody("resumeBody", RESUME, java.lang.classfile.ClassFile.ACC_PUBLIC | java.lang.classfile.ClassFile.ACC_STATIC, c -> g.emit(c, true));
            });
        int size = java.lang.classfile.ClassFile.of().parse(bytes).methods().stream()
            .filter(mm -> mm.methodName().equalsString("body")).findFirst().flatMap(mm -> mm.code()).map(c -> c instanceof java.lang.classfile.attribute.CodeAttribute a ? a.codeLength() : 0).orElse(0);
        if (size > MAX_JVM_CODE_BYTES) throw new Refused(size + " bytes of JVM code");
        try {
            MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(bytes, false);
            j.code = (JitCode) l.findConstructor(l.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("the compiled form of " + t.owner.name + "." + t.name + " does not load", e);
        }
        return j;
    }

    /** Writes one method's JVM code. */
    private static final class Gen {
        private final ClassInfo.Target t;
        private final JitMethod j;
        private final ClassFile.Method m;
        private final byte[] code;
        private final Descriptor d;
        private final int base, tmp, curPc, dpc, arr, exc;
        private CodeBuilder cb;
        private Label[] at;
        private Label deopt;

        /** A backward jump's yield check, written after the method's code. */
        private record Back(Label here, int target, int weight) {}

        private final List<Back> backs = new ArrayList<>();

        Gen(ClassInfo.Target t, JitMethod j) {
            this.t = t;
            this.j = j;
            this.m = t.method;
            this.code = m.code();
            this.d = t.signature;
            this.base = 2 + 2 * (1 + d.objParams() + d.intParams());
            this.tmp = base + 2 * j.dumpSize();
            this.curPc = tmp + 2;
            this.dpc = tmp + 3;
            this.arr = tmp + 4;
            this.exc = tmp + 5;
        }

        MethodTypeDesc bodyType() {
            ClassDesc[] p = new ClassDesc[2 + 1 + d.objParams() + d.intParams()];
            p[0] = CD_X;
            p[1] = CD_J;
            for (int i = 2; i < p.length; i++) p[i] = CD_long;
            return MethodTypeDesc.of(CD_long, p);
        }

        /** Refuses before writing anything: every reachable instruction must be one the tier compiles. */
        void check() throws Refused {
            for (int pc = 0; pc < code.length; pc += phantom.vm.code.Op.length(code, pc)) {
                if (j.intDepth[pc] < 0) continue;
                int op = code[pc] & 0xFF;
                if (!compiles(op)) throw new Refused("instruction " + phantom.vm.code.Op.of(op) + " at " + pc);
            }
        }

        private static boolean compiles(int op) {
            if (op <= 116) return true;
            return op >= 127 && op <= 149 || op == 155 || op == 156 || op == 157;
        }

        private int ol(int k) { return base + 2 * k; }
        private int il(int k) { return base + 2 * (j.mol + k); }
        private int os(int k) { return base + 2 * (j.mol + j.mil + k); }
        private int is(int k) { return base + 2 * (j.mol + j.mil + j.mos + k); }

        /** JitCode.run: the arguments from the interpreter's arrays into body's parameters. */
        void run(CodeBuilder c, MethodTypeDesc body) {
            c.aload(1);
            c.aload(2);
            c.lload(3);
            for (int i = 0; i < d.objParams(); i++) {
                c.aload(1);
                c.getfield(CD_X, "argO", CD_LONGS);
                c.loadConstant(i);
                c.laload();
            }
            for (int i = 0; i < d.intParams(); i++) {
                c.aload(1);
                c.getfield(CD_X, "argI", CD_LONGS);
                c.loadConstant(i);
                c.laload();
            }
            c.invokestatic(CD_SELF, "body", body);
            c.lreturn();
        }

        /**
         * body (from the start, its arguments as parameters) or resumeBody (a frame the
         * interpreter ran so far, its registers in an array as jitDump takes them, at a pc).
         */
        void emit(CodeBuilder c, boolean resume) {
            this.cb = c;
            backs.clear();
            at = new Label[code.length];
            for (int pc = 0; pc < code.length; pc += phantom.vm.code.Op.length(code, pc)) at[pc] = c.newLabel();
            deopt = c.newLabel();
            Label handler = c.newLabel(), start = c.newLabel(), end = c.newLabel();
            if (resume) resumePrologue(c, start); else bodyPrologue(c, start);
            for (int pc = 0; pc < code.length; pc += phantom.vm.code.Op.length(code, pc)) {
                if (j.intDepth[pc] < 0) continue;
                c.labelBinding(at[pc]);
                instruction(pc, code[pc] & 0xFF, j.intDepth[pc], j.objDepth[pc]);
            }
            epilogue(c, handler, start, end);
        }

        private void resumePrologue(CodeBuilder c, Label start) {
            for (int q = 0; q < j.dumpSize(); q++) {
                c.aload(2);
                c.loadConstant(q);
                c.laload();
                c.lstore(base + 2 * q);
            }
            c.lconst_0();
            c.lstore(tmp);
            c.iconst_0();
            c.istore(curPc);
            c.iconst_0();
            c.istore(dpc);
            c.labelBinding(start);
            List<SwitchCase> cases = new ArrayList<>();
            for (int pc = 0; pc < code.length; pc += phantom.vm.code.Op.length(code, pc)) {
                if (j.intDepth[pc] >= 0) cases.add(SwitchCase.of(pc, at[pc]));
            }
            Label bad = c.newLabel();
            c.iload(3);
            c.lookupswitch(bad, cases);
            c.labelBinding(bad);
            c.aconst_null(); // no instruction starts there: the interpreter never asks
            c.athrow();
        }

        private void bodyPrologue(CodeBuilder c, Label start) {
            // every slot has a value before the first instruction: a frame can be handed over anywhere
            for (int q = 0; q <= j.dumpSize(); q++) {
                c.lconst_0();
                c.lstore(base + 2 * q);
            }
            c.iconst_0();
            c.istore(curPc);
            c.iconst_0();
            c.istore(dpc);
            c.lload(2);
            c.lstore(ol(0));
            for (int i = 0; i < d.objParams(); i++) {
                c.lload(2 + 2 * (1 + i));
                c.lstore(ol(1 + i));
            }
            for (int i = 0; i < d.intParams(); i++) {
                c.lload(2 + 2 * (1 + d.objParams() + i));
                c.lstore(il(i));
            }
            c.labelBinding(start);
            c.aload(0);
            c.aload(1);
            c.invokevirtual(CD_X, "jitEnter", MethodTypeDesc.of(CD_boolean, CD_J));
            c.ifeq(at[0]);
            c.iconst_0();
            c.istore(dpc);
            c.goto_(deopt);
        }

        private void epilogue(CodeBuilder c, Label handler, Label start, Label end) {
            for (Back b : backs) {
                c.labelBinding(b.here);
                c.aload(0);
                c.loadConstant(b.weight);
                c.invokevirtual(CD_X, "jitBackEdge", MethodTypeDesc.of(CD_boolean, CD_int));
                c.ifeq(at[b.target]);
                c.loadConstant(b.target);
                c.istore(dpc);
                c.goto_(deopt);
            }
            c.labelBinding(end);
            c.exceptionCatch(start, end, handler, CD_RTE);
            // hand the frame at dpc to the interpreter
            c.labelBinding(deopt);
            c.loadConstant(j.dumpSize());
            c.newarray(TypeKind.LONG);
            c.astore(arr);
            for (int q = 0; q < j.dumpSize(); q++) {
                c.aload(arr);
                c.loadConstant(q);
                c.lload(base + 2 * q);
                c.lastore();
            }
            c.aload(0);
            c.aload(1);
            c.iload(dpc);
            c.aload(arr);
            c.invokevirtual(CD_X, "jitDump", MethodTypeDesc.of(CD_void, CD_J, CD_int, CD_LONGS));
            c.lconst_0();
            c.lreturn();
            c.labelBinding(handler);
            c.astore(exc);
            c.aload(0);
            c.aload(exc);
            c.invokevirtual(CD_X, "jitCaught", MethodTypeDesc.of(CD_void, CD_RTE));
            c.iload(curPc);
            c.istore(dpc);
            c.goto_(deopt);
        }

        // ------------------------------------------------------------ one instruction

        private void ld(int slot) { cb.lload(slot); }

        private void st(int slot) { cb.lstore(slot); }

        private void move(int from, int to) { ld(from); st(to); }

        private void x() { cb.aload(0); }

        private void space() {
            cb.aload(0);
            cb.getfield(CD_X, "s", CD_SPACE);
        }

        /** Where a Java exception raised from here on is the program's: at this pc. */
        private void pcIs(int pc) {
            cb.loadConstant(pc);
            cb.istore(curPc);
        }

        private void helper(String name, ClassDesc ret, ClassDesc... params) {
            cb.invokevirtual(CD_X, name, MethodTypeDesc.of(ret, params));
        }

        /** A helper taking (JitMethod, pool index, ...). */
        private void poolHelper(int pc, String name, ClassDesc ret, int extraLongs, int... slots) {
            x();
            cb.aload(1);
            cb.loadConstant(u16(pc + 1));
            for (int s : slots) ld(s);
            ClassDesc[] p = new ClassDesc[2 + extraLongs];
            p[0] = CD_J;
            p[1] = CD_int;
            for (int i = 0; i < extraLongs; i++) p[2 + i] = CD_long;
            helper(name, ret, p);
        }

        private int u16(int at) { return (code[at] & 0xFF) | (code[at + 1] & 0xFF) << 8; }

        private int s32(int at) {
            return (code[at] & 0xFF) | (code[at + 1] & 0xFF) << 8 | (code[at + 2] & 0xFF) << 16 | code[at + 3] << 24;
        }

        private void instruction(int pc, int op, int di, int dobj) {
            switch (op) {
                case 0 -> { }
                case 1 -> { cb.loadConstant((long) s32(pc + 1)); st(is(di)); }
                case 2 -> { cb.loadConstant(poolBits(u16(pc + 1))); st(is(di)); }
                case 3 -> { pcIs(pc); poolHelper(pc, "jitConst", CD_long, 0); st(os(dobj)); }
                case 4 -> { cb.lconst_0(); st(os(dobj)); }
                case 5, 6, 7, 8 -> move(il(code[pc + 1] & 0xFF), is(di));
                case 9, 10, 11, 12 -> move(is(di - 1), il(code[pc + 1] & 0xFF));
                case 13 -> move(ol(code[pc + 1] & 0xFF), os(dobj));
                case 14 -> move(os(dobj - 1), ol(code[pc + 1] & 0xFF));
                case 15 -> {
                    int k = il(code[pc + 1] & 0xFF);
                    ld(k);
                    cb.l2i();
                    cb.loadConstant((int) code[pc + 2]);
                    cb.iadd();
                    cb.i2l();
                    st(k);
                }
                case 16, 19 -> { }
                case 17 -> move(is(di - 1), is(di));
                case 18 -> { move(is(di - 1), tmp); move(is(di - 2), is(di - 1)); move(tmp, is(di - 2)); }
                case 20 -> move(os(dobj - 1), os(dobj));
                case 21 -> { move(os(dobj - 1), tmp); move(os(dobj - 2), os(dobj - 1)); move(tmp, os(dobj - 2)); }
                case 22, 23, 24, 27, 28, 29, 30, 31, 32, 33 -> intOp(op, di);
                case 25, 26 -> {
                    pcIs(pc);
                    ld(is(di - 2));
                    cb.l2i();
                    x();
                    ld(is(di - 1));
                    helper("nonZeroInt", CD_int, CD_long);
                    if (op == 25) cb.idiv(); else cb.irem();
                    cb.i2l();
                    st(is(di - 2));
                }
                case 34, 35, 36, 39, 40, 41, 42, 43, 44, 45 -> longOp(op, di);
                case 37, 38 -> {
                    pcIs(pc);
                    ld(is(di - 2));
                    x();
                    ld(is(di - 1));
                    helper("nonZeroLong", CD_long, CD_long);
                    if (op == 37) cb.ldiv(); else cb.lrem();
                    st(is(di - 2));
                }
                case 46, 47, 48, 49, 50 -> {
                    ld(is(di - 2)); toFloat();
                    ld(is(di - 1)); toFloat();
                    switch (op) {
                        case 46 -> cb.fadd();
                        case 47 -> cb.fsub();
                        case 48 -> cb.fmul();
                        case 49 -> cb.fdiv();
                        default -> cb.frem();
                    }
                    fromFloat();
                    st(is(di - 2));
                }
                case 51 -> { ld(is(di - 1)); toFloat(); cb.fneg(); fromFloat(); st(is(di - 1)); }
                case 52, 53, 54, 55, 56 -> {
                    ld(is(di - 2)); toDouble();
                    ld(is(di - 1)); toDouble();
                    switch (op) {
                        case 52 -> cb.dadd();
                        case 53 -> cb.dsub();
                        case 54 -> cb.dmul();
                        case 55 -> cb.ddiv();
                        default -> cb.drem();
                    }
                    fromDouble();
                    st(is(di - 2));
                }
                case 57 -> { ld(is(di - 1)); toDouble(); cb.dneg(); fromDouble(); st(is(di - 1)); }
                case 58, 147, 148, 149 -> { }
                case 59, 60, 61, 146, 62, 63, 64, 65, 66, 67, 68, 69, 155 -> convert(op, is(di - 1));
                case 70 -> { ld(is(di - 2)); ld(is(di - 1)); cb.lcmp(); cb.i2l(); st(is(di - 2)); }
                case 71 -> { ld(is(di - 2)); toFloat(); ld(is(di - 1)); toFloat(); cb.fcmpl(); cb.i2l(); st(is(di - 2)); }
                case 72 -> { ld(is(di - 2)); toDouble(); ld(is(di - 1)); toDouble(); cb.dcmpl(); cb.i2l(); st(is(di - 2)); }
                case 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89 -> jump(pc, op, di, dobj);
                case 90 -> tableswitch(pc, di);
                case 91 -> { pcIs(pc); space(); ld(ol(0)); cb.loadConstant(code[pc + 1] & 0xFF); spaceCall("getRef", CD_long, CD_long, CD_int); st(os(dobj)); }
                case 92 -> { pcIs(pc); space(); ld(ol(0)); cb.loadConstant(code[pc + 1] & 0xFF); ld(os(dobj - 1)); spaceCall("setRef", CD_void, CD_long, CD_int, CD_long); }
                case 93, 95, 97 -> { pcIs(pc); space(); ld(ol(0)); cb.loadConstant(8 * (code[pc + 1] & 0xFF)); spaceCall("getLong", CD_long, CD_long, CD_int); st(is(di)); }
                case 94, 96, 98 -> { pcIs(pc); space(); ld(ol(0)); cb.loadConstant(8 * (code[pc + 1] & 0xFF)); ld(is(di - 1)); spaceCall("setLong", CD_void, CD_long, CD_int, CD_long); }
                case 99 -> { pcIs(pc); poolHelper(pc, "jitNew", CD_long, 0); st(os(dobj)); }
                case 100 -> move(ol(0), os(dobj));
                case 101 -> { x(); helper("jitThread", CD_long); st(os(dobj)); }
                case 102 -> { pcIs(pc); poolHelper(pc, "jitClass", CD_long, 0); st(os(dobj)); }
                case 103 -> { pcIs(pc); poolHelper(pc, "jitInstanceOf", CD_long, 1, os(dobj - 1)); st(is(di)); }
                case 104 -> { pcIs(pc); poolHelper(pc, "jitCheckcast", CD_void, 1, os(dobj - 1)); }
                case 105 -> { ld(is(di - 1)); cb.invokestatic(CD_REF, "ofInt", MethodTypeDesc.of(CD_long, CD_long)); st(os(dobj)); }
                case 106, 108, 110 -> {
                    pcIs(pc);
                    x();
                    ld(os(dobj - 1));
                    helper(op == 106 ? "jitUnbox" : op == 108 ? "jitLunbox" : "jitDunbox", CD_long, CD_long);
                    st(is(di));
                }
                case 107, 109 -> { pcIs(pc); x(); ld(is(di - 1)); helper(op == 107 ? "jitLbox" : "jitDbox", CD_long, CD_long); st(os(dobj)); }
                case 111, 112 -> call(pc, op == 111, di, dobj);
                case 113 -> { cb.lconst_0(); cb.lreturn(); }
                case 114 -> { ld(is(di - 1)); cb.lreturn(); }
                case 115 -> { ld(os(dobj - 1)); cb.lreturn(); }
                case 116 -> { pcIs(pc); x(); ld(os(dobj - 1)); helper("jitThrow", CD_void, CD_long); cb.lconst_0(); cb.lreturn(); }
                case 127 -> { pcIs(pc); x(); cb.loadConstant(code[pc + 1] & 0xFF); ld(is(di - 1)); helper("jitNewArray", CD_long, CD_int, CD_long); st(os(dobj)); }
                case 128 -> { pcIs(pc); x(); ld(os(dobj - 1)); helper("jitArrayLength", CD_long, CD_long); st(is(di)); }
                case 129 -> { pcIs(pc); x(); ld(os(dobj - 1)); ld(is(di - 1)); helper("jitOaload", CD_long, CD_long, CD_long); st(os(dobj - 1)); }
                case 130 -> { pcIs(pc); x(); ld(os(dobj - 2)); ld(is(di - 1)); ld(os(dobj - 1)); helper("jitOastore", CD_void, CD_long, CD_long, CD_long); }
                case 131, 133, 135, 137, 139, 141, 143 -> {
                    pcIs(pc);
                    x();
                    ld(os(dobj - 1));
                    ld(is(di - 1));
                    cb.loadConstant(op);
                    helper("jitXaload", CD_long, CD_long, CD_long, CD_int);
                    st(is(di - 1));
                }
                case 132, 134, 136, 138, 140, 142, 144 -> {
                    pcIs(pc);
                    x();
                    ld(os(dobj - 1));
                    ld(is(di - 2));
                    ld(is(di - 1));
                    cb.loadConstant(op);
                    helper("jitXastore", CD_void, CD_long, CD_long, CD_long, CD_int);
                }
                case 145 -> { pcIs(pc); poolHelper(pc, "jitSingleton", CD_long, 0); st(os(dobj)); }
                case 156 -> { x(); ld(os(dobj - 1)); helper("jitOhash", CD_long, CD_long); st(is(di)); }
                case 157 -> { pcIs(pc); x(); ld(os(dobj - 1)); helper("jitClone", CD_long, CD_long); st(os(dobj - 1)); }
                default -> throw new IllegalStateException("opcode " + op + " passed the check");
            }
        }

        private void spaceCall(String name, ClassDesc ret, ClassDesc... params) {
            cb.invokeinterface(CD_SPACE, name, MethodTypeDesc.of(ret, params));
        }

        private long poolBits(int index) {
            return switch (t.owner.file.pool().get(index - 1)) {
                case ClassFile.IntConst c -> (long) c.value();
                case ClassFile.LongConst c -> c.value();
                case ClassFile.FloatConst c -> (long) Float.floatToRawIntBits(c.value());
                case ClassFile.DoubleConst c -> Double.doubleToRawLongBits(c.value());
                default -> throw new IllegalStateException("unverified constant " + index);
            };
        }

        private void toFloat() {
            cb.l2i();
            cb.invokestatic(CD_Float, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
        }

        private void fromFloat() {
            cb.invokestatic(CD_Float, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
            cb.i2l();
        }

        private void toDouble() { cb.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long)); }

        private void fromDouble() { cb.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double)); }

        /** Int arithmetic: ints are held sign-extended in longs. */
        private void intOp(int op, int di) {
            if (op == 27) {
                ld(is(di - 1)); cb.l2i(); cb.ineg(); cb.i2l(); st(is(di - 1));
                return;
            }
            ld(is(di - 2));
            cb.l2i();
            ld(is(di - 1));
            cb.l2i();
            switch (op) {
                case 22 -> cb.iadd();
                case 23 -> cb.isub();
                case 24 -> cb.imul();
                case 28 -> cb.iand();
                case 29 -> cb.ior();
                case 30 -> cb.ixor();
                case 31 -> cb.ishl();
                case 32 -> cb.ishr();
                default -> cb.iushr();
            }
            cb.i2l();
            st(is(di - 2));
        }

        private void longOp(int op, int di) {
            if (op == 39) {
                ld(is(di - 1)); cb.lneg(); st(is(di - 1));
                return;
            }
            ld(is(di - 2));
            ld(is(di - 1));
            switch (op) {
                case 34 -> cb.ladd();
                case 35 -> cb.lsub();
                case 36 -> cb.lmul();
                case 40 -> cb.land();
                case 41 -> cb.lor();
                case 42 -> cb.lxor();
                case 43 -> { cb.l2i(); cb.lshl(); }
                case 44 -> { cb.l2i(); cb.lshr(); }
                default -> { cb.l2i(); cb.lushr(); }
            }
            st(is(di - 2));
        }

        private void convert(int op, int slot) {
            ld(slot);
            switch (op) {
                case 59 -> { cb.l2i(); cb.i2f(); fromFloat(); }
                case 60 -> { cb.l2i(); cb.i2d(); fromDouble(); }
                case 61, 146 -> { cb.l2i(); cb.i2l(); }
                case 62 -> { cb.l2f(); fromFloat(); }
                case 63 -> { cb.l2d(); fromDouble(); }
                case 64 -> { toFloat(); cb.f2i(); cb.i2l(); }
                case 65 -> { toFloat(); cb.f2l(); }
                case 66 -> { toFloat(); cb.f2d(); fromDouble(); }
                case 67 -> { toDouble(); cb.d2i(); cb.i2l(); }
                case 68 -> { toDouble(); cb.d2l(); }
                case 69 -> { toDouble(); cb.d2f(); fromFloat(); }
                default -> { toDouble(); cb.invokestatic(ClassDesc.of("java.lang.Math"), "sqrt", MethodTypeDesc.of(CD_double, CD_double)); fromDouble(); } // dsqrt
            }
            st(slot);
        }

        /** Where a jump to {@code target} from {@code pc} goes: straight there, or through a yield check when it goes back. */
        private Label to(int pc, int target) {
            if (target > pc) return at[target];
            int weight = 0;
            for (int p = target; p <= pc; p += phantom.vm.code.Op.length(code, p)) weight++;
            Label l = cb.newLabel();
            backs.add(new Back(l, target, weight));
            return l;
        }

        private void jump(int pc, int op, int di, int dobj) {
            Label l = to(pc, pc + s32(pc + 1));
            switch (op) {
                case 73 -> { cb.goto_(l); return; }
                case 74, 75, 76, 77, 78, 79 -> { ld(is(di - 1)); cb.lconst_0(); cb.lcmp(); }
                case 80, 81, 82, 83, 84, 85 -> { ld(is(di - 2)); ld(is(di - 1)); cb.lcmp(); }
                case 86, 87 -> { ld(os(dobj - 1)); cb.lconst_0(); cb.lcmp(); } // Ref.NULL is 0
                default -> { ld(os(dobj - 2)); ld(os(dobj - 1)); cb.lcmp(); }
            }
            switch (op) {
                case 74, 80, 86, 88 -> cb.ifeq(l);
                case 75, 81, 87, 89 -> cb.ifne(l);
                case 76, 82 -> cb.iflt(l);
                case 77, 83 -> cb.ifge(l);
                case 78, 84 -> cb.ifgt(l);
                default -> cb.ifle(l);
            }
        }

        private void tableswitch(int pc, int di) {
            int low = s32(pc + 1), high = s32(pc + 5);
            Label dflt = to(pc, pc + s32(pc + 9));
            List<SwitchCase> cases = new ArrayList<>();
            for (int k = 0; k <= high - low; k++) cases.add(SwitchCase.of(low + k, to(pc, pc + s32(pc + 13 + 4 * k))));
            ld(is(di - 1));
            cb.l2i();
            cb.tableswitch(low, high, dflt, cases);
        }

        /**
         * A call: into this same method of this class as a JVM call when the receiver is of this
         * class (recursion), else through {@code jitCall} with the arguments in the interpreter's
         * arrays. A callee that handed its frame over makes this frame hand over too, at the call.
         */
        private void call(int pc, boolean virtual, int di, int dobj) {
            ClassFile.MethodConst mc = (ClassFile.MethodConst) t.owner.file.pool().get(u16(pc + 1) - 1);
            Descriptor cd = Descriptor.parse(mc.descriptor());
            String cn = ((ClassFile.ClassConst) t.owner.file.pool().get(mc.classIndex() - 1)).name();
            int nObj = cd.objParams(), nInt = cd.intParams();
            int recv = virtual ? os(dobj - nObj - 1) : -1;
            int resultSlot = cd.returnsObject() ? os(dobj - nObj - (virtual ? 1 : 0)) : is(di - nInt);
            pcIs(pc);
            Label generic = cb.newLabel(), done = cb.newLabel(), ok = cb.newLabel();
            boolean self = cn.equals(t.owner.name) && mc.name().equals(t.name) && mc.descriptor().equals(t.descriptor)
                && virtual != m.isStatic() && t.owner.lookup(mc.name(), mc.descriptor()) == t;
            if (self) {
                x();
                cb.aload(1);
                if (virtual) {
                    ld(recv);
                    helper("jitSelf", CD_boolean, CD_J, CD_long);
                } else {
                    helper("jitSelfStatic", CD_boolean, CD_J);
                }
                cb.ifeq(generic);
                x();
                cb.aload(1);
                if (virtual) ld(recv); else cb.lconst_0();
                for (int i = 0; i < nObj; i++) ld(os(dobj - nObj + i));
                for (int i = 0; i < nInt; i++) ld(is(di - nInt + i));
                cb.invokestatic(CD_SELF, "body", bodyType());
                st(tmp);
                x();
                helper("jitPop", CD_boolean);
                cb.ifeq(ok);
                cb.loadConstant(pc);
                cb.istore(dpc);
                cb.goto_(deopt);
                cb.labelBinding(ok);
                if (cd.ret() != 'V') move(tmp, resultSlot);
                cb.goto_(done);
            }
            cb.labelBinding(generic);
            if (nObj + nInt <= 2) {
                // the arguments as the helper's own: an internal method bound at the site takes them as they are
                x();
                cb.aload(1);
                cb.loadConstant(u16(pc + 1));
                cb.loadConstant(virtual ? 1 : 0);
                if (virtual) ld(recv); else cb.lconst_0();
                int oi = 0, ii = 0;
                for (char c : cd.params().toCharArray()) ld(c == 'O' ? os(dobj - nObj + oi++) : is(di - nInt + ii++));
                for (int k = nObj + nInt; k < 2; k++) cb.lconst_0();
                helper("jitCall2", CD_long, CD_J, CD_int, CD_boolean, CD_long, CD_long, CD_long);
                afterCall(pc, cd, resultSlot, done);
                return;
            }
            for (int i = 0; i < nObj; i++) {
                x();
                cb.getfield(CD_X, "argO", CD_LONGS);
                cb.loadConstant(i);
                ld(os(dobj - nObj + i));
                cb.lastore();
            }
            for (int i = 0; i < nInt; i++) {
                x();
                cb.getfield(CD_X, "argI", CD_LONGS);
                cb.loadConstant(i);
                ld(is(di - nInt + i));
                cb.lastore();
            }
            x();
            cb.aload(1);
            cb.loadConstant(u16(pc + 1));
            cb.loadConstant(virtual ? 1 : 0);
            if (virtual) ld(recv); else cb.lconst_0();
            helper("jitCall", CD_long, CD_J, CD_int, CD_boolean, CD_long);
            afterCall(pc, cd, resultSlot, done);
        }

        /** After a call helper: a frame handed over hands this one over at the call, else the result goes to its slot. */
        private void afterCall(int pc, Descriptor cd, int resultSlot, Label done) {
            Label ok = cb.newLabel();
            st(tmp);
            x();
            cb.getfield(CD_X, "jitState", CD_int);
            cb.ifeq(ok);
            cb.loadConstant(pc);
            cb.istore(dpc);
            cb.goto_(deopt);
            cb.labelBinding(ok);
            if (cd.ret() != 'V') move(tmp, resultSlot);
            cb.labelBinding(done);
        }
    }
}
