package phantom.jvm;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ConvertInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LocalVariable;
import java.lang.classfile.instruction.LocalVariableType;
import java.lang.classfile.instruction.OperatorInstruction;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.classfile.instruction.StackInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import phantom.api.vm.ClassTranslator;

/**
 * JVM class files to VM assembly, for the subset of Java that needs nothing the VM lacks yet:
 * static methods on int and long values, strings, their concatenation, System.out.print and
 * println, local variables, branches and loops. JVM values are typed by their instructions, so
 * each goes to the integer or the object stack of the two-stack machine; a JVM local slot used
 * with two kinds becomes two VM locals. Everything else (objects of Java classes, fields,
 * arrays, exceptions, float and double, other library classes) is refused with the class, the
 * method, the line and the instruction: never translated in part. Read with the JDK's own
 * java.lang.classfile, final since JDK 24: it follows every class-file version javac writes.
 */
@Component(service = ClassTranslator.class)
public final class JvmTranslator implements ClassTranslator {
    @Override public String toAssembly(List<byte[]> classFiles) {
        Map<String, ClassModel> program = new java.util.LinkedHashMap<>();
        for (byte[] b : classFiles) {
            ClassModel cm;
            try {
                cm = ClassFile.of().parse(b);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a JVM class file: " + e.getMessage(), e);
            }
            program.put(cm.thisClass().asInternalName(), cm);
        }
        // a superclass before its subclasses: the VM loads them in this order
        List<ClassModel> order = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (ClassModel cm : program.values()) place(cm, program, placed, order, 0);
        StringBuilder out = new StringBuilder();
        for (ClassModel cm : order) new ClassWriter(cm, program, out).write();
        return out.toString();
    }

    private static void place(ClassModel cm, Map<String, ClassModel> program, java.util.Set<String> placed, List<ClassModel> order, int depth) {
        String n = cm.thisClass().asInternalName();
        if (placed.contains(n) || depth > 64) return;
        cm.superclass().map(c -> program.get(c.asInternalName())).ifPresent(sup -> place(sup, program, placed, order, depth + 1));
        placed.add(n);
        order.add(cm);
    }

    /** One class to assembly. */
    private static final class ClassWriter {
        final ClassModel cm;
        final Map<String, ClassModel> program;
        final StringBuilder out;
        final String name;

        ClassWriter(ClassModel cm, Map<String, ClassModel> program, StringBuilder out) {
            this.cm = cm;
            this.program = program;
            this.out = out;
            this.name = vmName(cm.thisClass().asInternalName());
        }

        void write() {
            String sup = cm.superclass().map(c -> c.asInternalName()).orElse("java/lang/Object");
            if (!sup.equals("java/lang/Object") && !program.containsKey(sup)) {
                throw refuse(null, -1, "extends " + sup.replace('/', '.') + " (only Object and classes of the program are translated yet)");
            }
            if (!cm.interfaces().isEmpty()) throw refuse(null, -1, "implements interfaces (not translated yet)");
            out.append("class ").append(name);
            if (!sup.equals("java/lang/Object")) out.append(" extends ").append(vmName(sup));
            out.append('\n');
            for (java.lang.classfile.FieldModel f : cm.fields()) {
                String fn = f.fieldName().stringValue();
                if (f.flags().has(AccessFlag.STATIC)) throw refuse(null, -1, "static field " + fn + " (not translated yet)");
                char k = kind(f.fieldTypeSymbol());
                if (k == 0) throw refuse(null, -1, "field " + fn + " of type " + f.fieldTypeSymbol().displayName() + " (not translated yet)");
                out.append(k == 'A' ? "field obj " : "field int ").append(fn).append('\n');
            }
            for (MethodModel m : cm.methods()) {
                String mn = m.methodName().stringValue();
                if (mn.equals("<clinit>")) throw refuse(m, -1, "a static initialiser (not translated yet)");
                if (m.flags().has(AccessFlag.ABSTRACT) || m.flags().has(AccessFlag.NATIVE)) throw refuse(m, -1, "an abstract or native method (not translated yet)");
                if (m.flags().has(AccessFlag.SYNCHRONIZED)) throw refuse(m, -1, "a synchronized method (not translated yet)");
                new MethodWriter(this, m).write();
            }
        }

        boolean inProgram(String internalName) { return program.containsKey(internalName); }

        IllegalArgumentException refuse(MethodModel m, int line, String what) {
            String where = cm.thisClass().asInternalName().replace('/', '.') + (m == null ? "" : "." + m.methodName().stringValue()
                + m.methodType().stringValue()) + (line > 0 ? " (line " + line + ")" : "");
            return new IllegalArgumentException(where + ": " + what);
        }
    }

    static String vmName(String internalName) {
        return internalName.replace('/', '_').replace('$', '_');
    }

    /**
     * The VM name of a method: a constructor is named after its class ("init$Point"), so that
     * super(...) (invokespecial) can never dispatch to a subclass's constructor of the same
     * descriptor: VM calls are virtual.
     */
    static String vmMethod(String owner, String name) {
        return name.equals("<init>") ? "init$" + vmName(owner) : name;
    }

    /** The VM kind of a JVM type: I (int and narrower), J, F, D, A (reference); 0 for what is not translated. */
    static char kind(TypeKind k) {
        return switch (k) {
            case INT, BOOLEAN, BYTE, CHAR, SHORT -> 'I';
            case LONG -> 'J';
            case FLOAT -> 'F';
            case DOUBLE -> 'D';
            case REFERENCE -> 'A';
            default -> 0;
        };
    }

    /** The mnemonic prefix of a kind's loads, stores and constants. */
    static String prefix(char k) {
        return switch (k) {
            case 'A' -> "o";
            case 'J' -> "l";
            case 'F' -> "f";
            case 'D' -> "d";
            default -> "i";
        };
    }

    /** Two-slot kinds of the JVM (one slot in the VM). */
    static boolean wide(char k) { return k == 'J' || k == 'D'; }

    static char kind(ClassDesc d) {
        if (!d.isPrimitive()) return 'A';
        return switch (d.descriptorString()) {
            case "I", "Z", "B", "C", "S" -> 'I';
            case "J" -> 'J';
            case "F" -> 'F';
            case "D" -> 'D';
            default -> 0;
        };
    }

    /** One method: a walk of its code with the kinds on the JVM stack, writing VM instructions. */
    private static final class MethodWriter {
        final ClassWriter cw;
        final MethodModel m;
        final StringBuilder code = new StringBuilder();
        final Map<Label, String> labels = new HashMap<>();
        /** Kinds on the JVM operand stack, top last; null after an instruction that does not fall through. */
        Deque<Character> stack = new ArrayDeque<>();
        final Map<Label, Deque<Character>> stackAt = new HashMap<>();
        /** VM locals by JVM kind and slot ("I3", "A1"). */
        final Map<String, Integer> locals = new HashMap<>();
        int nextInt, nextObj = 1; // object local 0 is this (null in a static method)
        int line = -1;
        final boolean isMain;

        final boolean isStatic;

        MethodWriter(ClassWriter cw, MethodModel m) {
            this.cw = cw;
            this.m = m;
            this.isStatic = m.flags().has(AccessFlag.STATIC);
            this.isMain = isStatic && m.methodName().stringValue().equals("main") && m.methodType().stringValue().equals("([Ljava/lang/String;)V");
            if (!isStatic) locals.put("A0", 0); // this
        }

        /** A parameter, field or result type the translation keeps: numbers, String, classes of the program. */
        boolean translatable(ClassDesc d) {
            if (d.isPrimitive()) return kind(d) != 0;
            if (d.isArray()) return false;
            String internal = d.descriptorString().substring(1, d.descriptorString().length() - 1);
            return internal.equals("java/lang/String") || cw.inProgram(internal);
        }

        IllegalArgumentException refuse(String what) { return cw.refuse(m, line, what); }

        void write() {
            MethodTypeDesc t = m.methodTypeSymbol();
            StringBuilder desc = new StringBuilder("(");
            int slot = isStatic ? 0 : 1;
            for (ClassDesc p : t.parameterList()) {
                char k = kind(p);
                if (isMain) {
                    local('A', slot); // String[] args: null, arrays of strings are not made yet
                } else {
                    if (k == 0 || !translatable(p)) throw refuse("a parameter of type " + p.displayName() + " (not translated yet)");
                    desc.append(k == 'A' ? 'O' : k);
                    local(k, slot);
                }
                slot += wide(k) ? 2 : 1;
            }
            char r = returnKind(t);
            if (r == 0 || r == 'A' && !translatable(t.returnType())) throw refuse("returns " + t.returnType().displayName() + " (not translated yet)");
            desc.append(')').append(r == 'A' ? 'O' : r);
            // the VM starts a program in an instance method main ()V
            String vmName = vmMethod(cw.cm.thisClass().asInternalName(), m.methodName().stringValue());
            String head = isMain ? "method main ()V" : (isStatic ? "static method " : "method ") + vmName + " " + desc;
            CodeModel c = m.code().orElseThrow(() -> refuse("has no code"));
            for (CodeElement e : c) element(e);
            cw.out.append(head).append('\n').append(code).append("end\n");
        }

        int local(char k, int slot) {
            return locals.computeIfAbsent(String.valueOf(k) + slot, x -> k == 'A' ? nextObj++ : nextInt++);
        }

        String label(Label l) { return labels.computeIfAbsent(l, x -> "L" + labels.size()); }

        void emit(String s) { code.append("    ").append(s).append('\n'); }

        void push(char k) { stack.addLast(k); }

        static boolean same(Deque<Character> a, Deque<Character> b) { return java.util.Arrays.equals(a.toArray(), b.toArray()); }

        char pop() {
            if (stack == null || stack.isEmpty()) throw refuse("code whose stack the translator cannot follow");
            return stack.removeLast();
        }

        void element(CodeElement e) {
            switch (e) {
                case LabelTarget lt -> {
                    Deque<Character> known = stackAt.get(lt.label());
                    if (stack == null) stack = known == null ? new ArrayDeque<>() : new ArrayDeque<>(known);
                    else if (known != null && !same(known, stack)) throw refuse("branches that meet with different stacks");
                    code.append(label(lt.label())).append(":\n");
                }
                case LineNumber ln -> line = ln.line();
                case LocalVariable lv -> { }
                case LocalVariableType lvt -> { }
                case java.lang.classfile.Instruction i -> {
                    if (stack == null) stack = new ArrayDeque<>(); // code after a jump with no label: unreachable, kept as it is
                    instruction(i);
                }
                default -> {
                    if (e instanceof java.lang.classfile.instruction.ExceptionCatch) throw refuse("try/catch (not translated yet)");
                    // other pseudo-instructions (stack maps come as attributes) change nothing
                }
            }
        }

        void instruction(java.lang.classfile.Instruction i) {
            switch (i) {
                case ConstantInstruction ci -> constant(ci);
                case LoadInstruction li -> {
                    char k = kind(li.typeKind());
                    if (k == 0) throw refuse(li.opcode().name().toLowerCase() + " (not translated yet)");
                    emit(prefix(k) + "load " + local(k, li.slot()));
                    push(k);
                }
                case StoreInstruction si -> {
                    char k = kind(si.typeKind());
                    if (k == 0) throw refuse(si.opcode().name().toLowerCase() + " (not translated yet)");
                    pop();
                    emit(prefix(k) + "store " + local(k, si.slot()));
                }
                case IncrementInstruction inc -> {
                    int v = local('I', inc.slot());
                    if (inc.constant() >= -128 && inc.constant() <= 127) {
                        emit("iinc " + v + " " + inc.constant());
                    } else {
                        emit("iload " + v);
                        emit("iconst " + inc.constant());
                        emit("iadd");
                        emit("istore " + v);
                    }
                }
                case OperatorInstruction op -> operator(op);
                case ConvertInstruction cv -> {
                    String to = cv.toType().name();
                    if (to.equals("BYTE") || to.equals("SHORT") || to.equals("CHAR")) narrow(to);
                    else emit(cv.opcode().name().toLowerCase()); // i2l .. d2f: the VM has each, with Java's rules
                    pop();
                    push(kind(cv.toType()));
                }
                case BranchInstruction br -> branch(br);
                case ReturnInstruction ret -> {
                    char k = ret.typeKind() == TypeKind.VOID ? 'V' : kind(ret.typeKind());
                    if (k == 0) throw refuse(ret.opcode().name().toLowerCase() + " (not translated yet)");
                    if (k != 'V') pop();
                    emit(k == 'V' ? "ret" : k == 'A' ? "oret" : "iret");
                    stack = null;
                }
                case StackInstruction st -> stackOp(st);
                case FieldInstruction fi -> field(fi);
                case InvokeInstruction inv -> invoke(inv);
                case InvokeDynamicInstruction indy -> concat(indy);
                case java.lang.classfile.instruction.NewObjectInstruction no -> {
                    String c = no.className().asInternalName();
                    if (!cw.inProgram(c)) throw refuse("new " + c.replace('/', '.') + " (only classes of the program are translated yet)");
                    emit("new " + vmName(c));
                    push('A');
                }
                default -> throw refuse(i.opcode().name().toLowerCase() + " (not translated yet)");
            }
        }

        void narrow(String to) {
            switch (to) {
                case "BYTE" -> { emit("iconst 24"); emit("ishl"); emit("iconst 24"); emit("ishr"); }
                case "SHORT" -> { emit("iconst 16"); emit("ishl"); emit("iconst 16"); emit("ishr"); }
                default -> { emit("iconst 65535"); emit("iand"); }
            }
        }

        void constant(ConstantInstruction ci) {
            if (ci.opcode() == Opcode.ACONST_NULL) {
                emit("onull");
                push('A');
                return;
            }
            Object v = ci.constantValue();
            switch (v) {
                case Integer x -> { emit("iconst " + x); push('I'); }
                case Long x -> { emit("lconst " + x); push('J'); }
                case Double x -> { real("d", x); push('D'); }
                case Float x -> { real("f", x.doubleValue()); push('F'); }
                case String s -> { emit("oldc " + quote(s)); push('A'); }
                case null -> { emit("onull"); push('A'); }
                default -> throw refuse("a constant of type " + v.getClass().getSimpleName() + " (not translated yet)");
            }
        }

        /** A float or double constant; NaN and the infinities as the division that makes them. */
        void real(String p, double x) {
            if (Double.isNaN(x)) { emit(p + "const 0.0"); emit(p + "const 0.0"); emit(p + "div"); }
            else if (Double.isInfinite(x)) { emit(p + "const " + (x > 0 ? "1.0" : "-1.0")); emit(p + "const 0.0"); emit(p + "div"); }
            else if (x == 0 && 1 / x < 0) { emit(p + "const 0.0"); emit(p + "neg"); }
            else emit(p + "const " + (p.equals("f") ? Float.toString((float) x) : Double.toString(x)));
        }

        String quote(String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        if (ch < 0x20) throw refuse("a string constant with control character " + (int) ch + " (not translated yet)");
                        sb.append(ch);
                    }
                }
            }
            return sb.append('"').toString();
        }

        void operator(OperatorInstruction op) {
            Opcode o = op.opcode();
            String mn = o.name().toLowerCase();
            switch (o) {
                case IADD, ISUB, IMUL, IDIV, IREM, IAND, IOR, IXOR, ISHL, ISHR, IUSHR -> { pop(); pop(); emit(mn); push('I'); }
                case LADD, LSUB, LMUL, LDIV, LREM, LAND, LOR, LXOR -> { pop(); pop(); emit(mn); push('J'); }
                case LSHL, LSHR, LUSHR -> { pop(); pop(); emit(mn); push('J'); }
                case INEG -> { pop(); emit("ineg"); push('I'); }
                case LNEG -> { pop(); emit("lneg"); push('J'); }
                case LCMP -> { pop(); pop(); emit("lcmp"); push('I'); }
                case FADD, FSUB, FMUL, FDIV, FREM -> { pop(); pop(); emit(mn); push('F'); }
                case DADD, DSUB, DMUL, DDIV, DREM -> { pop(); pop(); emit(mn); push('D'); }
                case FNEG -> { pop(); emit("fneg"); push('F'); }
                case DNEG -> { pop(); emit("dneg"); push('D'); }
                // the VM's compare gives -1 for NaN (the *cmpl rule); *cmpg(a, b), 1 for NaN, is -cmpl(b, a)
                case FCMPL, DCMPL -> { pop(); pop(); emit(o == Opcode.FCMPL ? "fcmp" : "dcmp"); push('I'); }
                case FCMPG, DCMPG -> { pop(); pop(); emit("iswap"); emit(o == Opcode.FCMPG ? "fcmp" : "dcmp"); emit("ineg"); push('I'); }
                default -> throw refuse(mn + " (not translated yet)");
            }
        }

        void branch(BranchInstruction br) {
            Opcode o = br.opcode();
            String target = label(br.target());
            String vm = switch (o) {
                case GOTO, GOTO_W -> "goto";
                case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> { pop(); yield o.name().toLowerCase(); }
                case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> { pop(); pop(); yield o.name().toLowerCase(); }
                case IFNULL, IFNONNULL -> { pop(); yield o.name().toLowerCase(); }
                case IF_ACMPEQ -> { pop(); pop(); yield "if_oeq"; }
                case IF_ACMPNE -> { pop(); pop(); yield "if_one"; }
                default -> throw refuse(o.name().toLowerCase() + " (not translated yet)");
            };
            Deque<Character> known = stackAt.get(br.target());
            if (known != null && !same(known, stack)) throw refuse("branches that meet with different stacks");
            stackAt.put(br.target(), new ArrayDeque<>(stack));
            emit(vm + " " + target);
            if (o == Opcode.GOTO || o == Opcode.GOTO_W) stack = null;
        }

        void stackOp(StackInstruction st) {
            switch (st.opcode()) {
                case POP -> {
                    char k = pop();
                    if (wide(k)) throw refuse("pop of a long or double");
                    emit(k == 'A' ? "opop" : "ipop");
                }
                case POP2 -> {
                    char k = pop();
                    if (!wide(k)) throw refuse("pop2 of two values (not translated yet)");
                    emit("ipop");
                }
                case DUP -> {
                    char k = pop();
                    emit(k == 'A' ? "odup" : "idup");
                    push(k);
                    push(k);
                }
                case DUP2 -> {
                    char k = pop();
                    if (!wide(k)) throw refuse("dup2 of two values (not translated yet)");
                    emit("idup");
                    push(k);
                    push(k);
                }
                case SWAP -> {
                    char a = pop(), b = pop();
                    // on two stacks, a swap of an int and a reference is no move at all
                    if (a == b) emit(a == 'A' ? "oswap" : "iswap");
                    push(a);
                    push(b);
                }
                default -> throw refuse(st.opcode().name().toLowerCase() + " (not translated yet)");
            }
        }

        void field(FieldInstruction fi) {
            String owner = fi.owner().asInternalName(), n = fi.name().stringValue();
            if (fi.opcode() == Opcode.GETSTATIC && owner.equals("java/lang/System") && (n.equals("out") || n.equals("err"))) {
                emit("new tty"); // System.out and System.err are the program's console
                push('A');
                return;
            }
            if ((fi.opcode() == Opcode.GETFIELD || fi.opcode() == Opcode.PUTFIELD) && cw.inProgram(owner)) {
                char k = kind(fi.typeSymbol());
                if (k == 0) throw refuse("field " + n + " of type " + fi.typeSymbol().displayName() + " (not translated yet)");
                // by class and name: the field of that object in its own layout (docs/bytecode.md); a float is an integer word of its bits
                String p = k == 'A' ? "o" : k == 'J' ? "l" : k == 'D' ? "d" : "i";
                if (fi.opcode() == Opcode.GETFIELD) {
                    pop();
                    emit(p + "getfield " + vmName(owner) + " " + n);
                    push(k);
                } else {
                    pop();
                    pop();
                    emit(p + "putfield " + vmName(owner) + " " + n);
                }
                return;
            }
            throw refuse(fi.opcode().name().toLowerCase() + " " + owner.replace('/', '.') + "." + n + " (fields are not translated yet)");
        }

        void invoke(InvokeInstruction inv) {
            String owner = inv.owner().asInternalName(), n = inv.name().stringValue();
            MethodTypeDesc t = inv.typeSymbol();
            if (inv.opcode() == Opcode.INVOKEVIRTUAL && owner.equals("java/io/PrintStream") && (n.equals("println") || n.equals("print"))) {
                print(n, t);
                return;
            }
            if (inv.opcode() == Opcode.INVOKEVIRTUAL && owner.equals("java/lang/String") && string(n, t.descriptorString())) return;
            if (inv.opcode() == Opcode.INVOKESPECIAL && n.equals("<init>") && owner.equals("java/lang/Object")) {
                pop();
                emit("opop"); // Object's constructor does nothing
                return;
            }
            boolean own = cw.inProgram(owner);
            if (own && (inv.opcode() == Opcode.INVOKEVIRTUAL || inv.opcode() == Opcode.INVOKESPECIAL && n.equals("<init>"))) {
                String desc = vmDescriptor(t);
                for (int k = 0; k < t.parameterCount(); k++) pop();
                pop(); // the receiver
                emit("call " + vmName(owner) + "." + vmMethod(owner, n) + " " + desc);
                char r = returnKind(t);
                if (r != 'V') push(r);
                return;
            }
            if (inv.opcode() == Opcode.INVOKESTATIC && own) {
                String desc = vmDescriptor(t);
                for (int k = 0; k < t.parameterCount(); k++) pop();
                emit("callstatic " + vmName(owner) + "." + n + " " + desc);
                char r = returnKind(t);
                if (r != 'V') push(r);
                return;
            }
            throw refuse(inv.opcode().name().toLowerCase() + " " + owner.replace('/', '.') + "." + n + t.descriptorString()
                + " (only calls of the program's own classes, String's methods and System.out.print/println are translated yet)");
        }

        /**
         * The String methods whose VM counterparts mean exactly the same (UTF-16 indexes, as
         * Java's): false for the others, which are then refused.
         */
        boolean string(String n, String desc) {
            switch (n + desc) {
                case "length()I" -> { pop(); emit("call string.length ()I"); push('I'); }
                case "charAt(I)C" -> { pop(); pop(); emit("call string.charAt (I)I"); push('I'); }
                case "substring(II)Ljava/lang/String;" -> { pop(); pop(); pop(); emit("call string.substring (II)O"); push('A'); }
                case "substring(I)Ljava/lang/String;" -> {
                    pop();
                    pop();
                    emit("odup");
                    emit("call string.length ()I");
                    emit("call string.substring (II)O");
                    push('A');
                }
                case "indexOf(Ljava/lang/String;)I" -> { pop(); pop(); emit("call string.indexOf (O)I"); push('I'); }
                case "startsWith(Ljava/lang/String;)Z" -> { pop(); pop(); emit("call string.startsWith (O)I"); push('I'); }
                case "equals(Ljava/lang/Object;)Z" -> { pop(); pop(); emit("call object.equals (O)I"); push('I'); }
                case "isEmpty()Z" -> {
                    pop();
                    emit("call string.length ()I");
                    choose("ifne", "iconst 1", "iconst 0");
                    push('I');
                }
                default -> { return false; }
            }
            return true;
        }

        private int textLabels;

        /** The boolean on the integer stack as Java writes it: "true" or "false". */
        void booleanText() { choose("ifeq", "oldc \"true\"", "oldc \"false\""); }

        /** {@code then} unless {@code jump} (a test of the integer on the stack) takes the branch to {@code otherwise}. */
        void choose(String jump, String then, String otherwise) {
            String f = "Zf" + textLabels, e = "Ze" + textLabels++;
            emit(jump + " " + f);
            emit(then);
            emit("goto " + e);
            code.append(f).append(":\n");
            emit(otherwise);
            code.append(e).append(":\n");
        }

        /** The VM descriptor of a call, every type checked translatable. */
        String vmDescriptor(MethodTypeDesc t) {
            StringBuilder desc = new StringBuilder("(");
            for (ClassDesc p : t.parameterList()) {
                char k = kind(p);
                if (k == 0 || !translatable(p)) throw refuse("a call with a " + p.displayName() + " argument (not translated yet)");
                desc.append(k == 'A' ? 'O' : k);
            }
            char r = returnKind(t);
            if (r == 0 || r == 'A' && !translatable(t.returnType())) throw refuse("a call returning " + t.returnType().displayName() + " (not translated yet)");
            return desc.append(')').append(r == 'A' ? 'O' : r).toString();
        }

        /** V, or the kind of what a method returns (0: not translated). */
        static char returnKind(MethodTypeDesc t) {
            return t.returnType().descriptorString().equals("V") ? 'V' : kind(t.returnType());
        }

        void print(String n, MethodTypeDesc t) {
            String arg = t.parameterCount() == 0 ? "" : t.parameterType(0).descriptorString();
            switch (arg) {
                case "" -> { emit("oldc \"\""); }
                case "Ljava/lang/String;" -> { pop(); }
                case "I" -> { pop(); emit("box"); }
                case "J" -> { pop(); emit("lbox"); }
                case "D" -> { pop(); emit("dbox"); }
                case "Z" -> { pop(); booleanText(); }
                default -> throw refuse("PrintStream." + n + "(" + t.parameterType(0).displayName() + ") (not translated yet)");
            }
            pop(); // the stream: a tty below the argument on the object stack
            emit("call tty." + n + " (O)V");
        }

        /** String concatenation (javac's invokedynamic makeConcatWithConstants): the arguments to fresh locals, then joined. */
        void concat(InvokeDynamicInstruction indy) {
            if (!indy.bootstrapMethod().methodName().equals("makeConcatWithConstants")) {
                throw refuse("invokedynamic " + indy.bootstrapMethod().methodName() + " (lambdas and the like are not translated yet)");
            }
            String recipe = (String) indy.bootstrapArgs().get(0);
            MethodTypeDesc t = indy.typeSymbol();
            int n = t.parameterCount();
            int[] slots = new int[n];
            char[] kinds = new char[n];
            for (int k = n - 1; k >= 0; k--) {
                ClassDesc p = t.parameterType(k);
                char kd = kind(p);
                // a char is text in Java's concatenation ("x"), a float has its own digits: not yet
                String pd = p.descriptorString();
                if (pd.equals("Z")) kd = 'Z';
                if (kd == 0 || kd == 'F' || pd.equals("C")) {
                    throw refuse("a string concatenation with a " + p.displayName() + " (not translated yet)");
                }
                if (kd == 'A' && !p.descriptorString().equals("Ljava/lang/String;")) {
                    throw refuse("a string concatenation with a " + p.displayName() + " (only strings, ints and longs are translated yet)");
                }
                pop();
                kinds[k] = kd;
                slots[k] = kd == 'A' ? nextObj++ : nextInt++;
                emit(prefix(kd == 'Z' ? 'I' : kd) + "store " + slots[k]);
            }
            emit("oldc \"\"");
            StringBuilder lit = new StringBuilder();
            int arg = 0;
            for (char ch : recipe.toCharArray()) {
                if (ch == '\u0001') {
                    if (!lit.isEmpty()) { emit("oldc " + quote(lit.toString())); emit("call string.concat (O)O"); lit.setLength(0); }
                    switch (kinds[arg]) {
                        case 'A' -> { emit("oload " + slots[arg]); emit("call string.concat (O)O"); }
                        case 'J' -> { emit("lload " + slots[arg]); emit("lbox"); emit("call string.concat (O)O"); }
                        case 'D' -> { emit("dload " + slots[arg]); emit("dbox"); emit("call string.concat (O)O"); }
                        case 'Z' -> { emit("iload " + slots[arg]); booleanText(); emit("call string.concat (O)O"); }
                        default -> { emit("iload " + slots[arg]); emit("box"); emit("call string.concat (O)O"); }
                    }
                    arg++;
                } else if (ch == '\u0002') {
                    throw refuse("a string concatenation with a constant argument (not translated yet)");
                } else {
                    lit.append(ch);
                }
            }
            if (!lit.isEmpty()) { emit("oldc " + quote(lit.toString())); emit("call string.concat (O)O"); }
            push('A');
        }
    }
}
