package phantom.jvm;

import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.instruction.ArrayLoadInstruction;
import java.lang.classfile.instruction.ArrayStoreInstruction;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ConvertInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.MonitorInstruction;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewPrimitiveArrayInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.NopInstruction;
import java.lang.classfile.instruction.OperatorInstruction;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.classfile.instruction.StackInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.classfile.instruction.ThrowInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JVM method to VM assembly. The JVM's one operand stack becomes the VM's two: a walk of the
 * code follows the kind of every value on the JVM stack (I, J, F, D or A) and sends each to the
 * integer or the object stack; a JVM local slot becomes one VM local per kind it holds.
 */
final class MethodWriter {
    final ClassWriter cw;
    final Program p;
    final MethodModel m;
    final String owner;
    final StringBuilder code = new StringBuilder();
    final StringBuilder tail = new StringBuilder();
    final List<String> catches = new ArrayList<>();
    private final Map<Label, String> labels = new HashMap<>();
    /** Kinds on the JVM operand stack, top last; null after an instruction that does not fall through. 'u': a String not yet constructed. */
    Deque<Character> stack = new ArrayDeque<>();
    private final Map<Label, Deque<Character>> stackAt = new HashMap<>();
    final Map<String, Integer> locals = new HashMap<>();
    int nextInt, nextObj = 1; // object local 0 is this (null in a static method)
    int line = -1;
    /** JVM local 0 is stored to somewhere in the method: it is not always this. */
    private boolean thisStored;
    final boolean isStatic;
    final boolean isEntry;
    private int fresh;
    /** Try-range starts that get a rethrow point for VM errors turned into Java exceptions. */
    private final Map<Label, List<String>> rethrowAt = new HashMap<>();

    /** JVM exception types the VM's own errors become (Throwable.$fromVm), and their supertypes. */
    static final Set<String> VM_CATCHABLE = Set.of("java/lang/Throwable", "java/lang/Exception", "java/lang/RuntimeException",
        "java/lang/Error", "java/lang/ArithmeticException", "java/lang/NullPointerException", "java/lang/IndexOutOfBoundsException",
        "java/lang/ArrayIndexOutOfBoundsException", "java/lang/StringIndexOutOfBoundsException", "java/lang/ClassCastException",
        "java/lang/NegativeArraySizeException", "java/lang/VirtualMachineError", "java/lang/StackOverflowError",
        "java/lang/OutOfMemoryError", "java/lang/InternalError", "java/lang/IllegalArgumentException",
        "java/lang/IllegalMonitorStateException", "java/lang/ArrayStoreException");

    MethodWriter(ClassWriter cw, MethodModel m) {
        this.cw = cw;
        this.p = cw.p;
        this.m = m;
        this.owner = cw.internal;
        this.isStatic = m == null || m.flags().has(AccessFlag.STATIC);
        this.isEntry = m != null && isStatic && owner.equals(p.mainClass) && m.methodName().equalsString("main")
            && m.methodType().equalsString("([Ljava/lang/String;)V");
        if (!isStatic) locals.put("A0", 0);
    }

    /** Reads field {@code name} of kind {@code k} of the object on top; a float field is kept as a double (the VM has no float fields). */
    void getField(String holder, String name, char k) {
        emit(fieldPrefix(k) + "getfield " + holder + " " + name);
        if (k == 'F') emit("d2f");
    }

    /** Stores the value of kind {@code k} on top into field {@code name} of the object below it (on the object stack). */
    void putField(String holder, String name, char k) {
        if (k == 'F') emit("f2d");
        emit(fieldPrefix(k) + "putfield " + holder + " " + name);
    }

    /**
     * A read of a field of this class on {@code this} (the common {@code this.f}): the VM's
     * field-of-this instruction by slot instead of the by-name one, when the object was just
     * pushed by {@code oload 0}, local 0 is never stored to, and no superclass has a field of the
     * same name (the slot is then the one the name says in every subclass, inherited fields
     * coming first). The by-name read resolves and checks the object's class at each execution.
     */
    private boolean thisField(String declarer, String name, char k) {
        String last = "    oload 0\n";
        if (isStatic || thisStored || !declarer.equals(owner) || code.length() < last.length()
            || !code.substring(code.length() - last.length()).equals(last) || p.superclassHasField(owner, name)) return false;
        code.setLength(code.length() - last.length());
        emit(fieldPrefix(k) + "getf " + name);
        if (k == 'F') emit("d2f");
        return true;
    }

    private static String fieldPrefix(char k) {
        return k == 'A' ? "o" : k == 'J' ? "l" : k == 'D' || k == 'F' ? "d" : "i";
    }

    /** A writer for a method the front end makes itself (a lambda's): an instance method of {@code cls}. */
    MethodWriter(ClassWriter cw, String cls) {
        this.cw = cw;
        this.p = cw.p;
        this.m = null;
        this.owner = cw.internal;
        this.isStatic = false;
        this.isEntry = false;
        locals.put("A0", 0);
    }

    /**
     * A lambda's method: the captured values from the fields, the arguments adapted to what the
     * implementation takes (boxed, unboxed or widened, as LambdaMetafactory adapts them), the call,
     * the result adapted back.
     */
    void emitLambdaBody(String cls, MethodTypeDesc site, MethodTypeDesc sam, MethodTypeDesc instantiated, java.lang.constant.DirectMethodHandleDesc impl) {
        String io = Program.internal(impl.owner());
        MethodTypeDesc it = impl.invocationType(); // receiver first for instance methods
        boolean ctor = impl.kind() == java.lang.constant.DirectMethodHandleDesc.Kind.CONSTRUCTOR;
        if (ctor) {
            if (io.equals(Names.STRING)) { push('u'); push('u'); }
            else {
                ensureInit(io);
                emit("new " + Names.cls(io));
                push('A');
                emit("odup");
                push('A');
            }
        }
        int arg = 0;
        for (int k = 0; k < site.parameterCount(); k++) {
            char kd = Names.kind(site.parameterType(k));
            emit("this");
            getField(cls, "c" + k, kd);
            push(kd);
            adapt(site.parameterType(k), it.parameterType(arg++));
        }
        int slot = 1;
        for (int k = 0; k < sam.parameterCount(); k++) {
            ClassDesc pt = sam.parameterType(k);
            char kd = Names.kind(pt);
            emit(Names.prefix(kd) + "load " + local(kd, slot));
            slot += Names.wide(kd) ? 2 : 1;
            push(kd);
            ClassDesc want = arg < it.parameterCount() ? it.parameterType(arg) : pt;
            adapt(k < instantiated.parameterCount() && pt.equals(ClassDesc.of("java.lang.Object")) ? instantiated.parameterType(k) : pt, want);
            arg++;
        }
        Opcode op = switch (impl.kind()) {
            case STATIC, INTERFACE_STATIC -> Opcode.INVOKESTATIC;
            case INTERFACE_VIRTUAL -> Opcode.INVOKEINTERFACE;
            case SPECIAL, INTERFACE_SPECIAL, CONSTRUCTOR -> Opcode.INVOKESPECIAL;
            default -> Opcode.INVOKEVIRTUAL;
        };
        MethodTypeDesc callType = ctor ? MethodTypeDesc.of(ClassDesc.ofDescriptor("V"), it.parameterArray())
            : op == Opcode.INVOKESTATIC ? it : it.dropParameterTypes(0, 1);
        new Calls(this).invoke(op, io, impl.methodName(), callType, impl.isOwnerInterface());
        ClassDesc got = ctor ? impl.owner() : it.returnType();
        char want = Names.kind(sam.returnType());
        if (want == 'V') {
            if (Names.kind(got) != 'V') { char k = pop(); emit(k == 'A' ? "opop" : "ipop"); }
            emit("ret");
        } else {
            adapt(got, sam.returnType());
            pop();
            emit(want == 'A' ? "oret" : "iret");
        }
    }

    /** Converts the value on top from type {@code from} to type {@code to}: boxing, unboxing, widening. */
    void adapt(ClassDesc from, ClassDesc to) {
        char f = Names.kind(from), t = Names.kind(to);
        if (f == 'A' && t == 'A') return;
        if (f == 'A') {
            String box = Program.internal(from);
            String prim = to.descriptorString();
            if (!box.startsWith("java/lang/") || box.equals("java/lang/Object") || box.equals("java/lang/Number")) box = boxOf(prim);
            String unboxName = switch (box) {
                case "java/lang/Integer" -> "intValue";
                case "java/lang/Long" -> "longValue";
                case "java/lang/Double" -> "doubleValue";
                case "java/lang/Float" -> "floatValue";
                case "java/lang/Short" -> "shortValue";
                case "java/lang/Byte" -> "byteValue";
                case "java/lang/Character" -> "charValue";
                case "java/lang/Boolean" -> "booleanValue";
                default -> throw refuse("a lambda that unboxes " + Names.javaName(box));
            };
            ClassDesc unboxed = ClassDesc.ofDescriptor(primOf(box));
            emit("checkcast " + Names.cls(box));
            new Calls(this).invoke(Opcode.INVOKEVIRTUAL, box, unboxName, MethodTypeDesc.of(unboxed), false);
            adapt(unboxed, to);
            return;
        }
        if (t == 'A') {
            String box = boxOf(from.descriptorString());
            new Calls(this).invoke(Opcode.INVOKESTATIC, box, "valueOf", MethodTypeDesc.of(ClassDesc.ofDescriptor("L" + box + ";"), from), false);
            return;
        }
        if (f == t) return;
        pop();
        emit(Character.toLowerCase(f == 'I' ? 'i' : f) + "2" + Character.toLowerCase(t == 'I' ? 'i' : t));
        push(t);
    }

    static String boxOf(String prim) {
        return switch (prim) {
            case "I" -> "java/lang/Integer";
            case "J" -> "java/lang/Long";
            case "D" -> "java/lang/Double";
            case "F" -> "java/lang/Float";
            case "S" -> "java/lang/Short";
            case "B" -> "java/lang/Byte";
            case "C" -> "java/lang/Character";
            case "Z" -> "java/lang/Boolean";
            default -> "java/lang/Object";
        };
    }

    static String primOf(String box) {
        return switch (box) {
            case "java/lang/Integer" -> "I";
            case "java/lang/Long" -> "J";
            case "java/lang/Double" -> "D";
            case "java/lang/Float" -> "F";
            case "java/lang/Short" -> "S";
            case "java/lang/Byte" -> "B";
            case "java/lang/Character" -> "C";
            default -> "Z";
        };
    }

    IllegalArgumentException refuse(String what) {
        String where = Names.javaName(owner) + (m == null ? "" : "." + m.methodName().stringValue() + m.methodType().stringValue())
            + (line > 0 ? " (line " + line + ")" : "");
        return new IllegalArgumentException(where + ": " + what);
    }

    /** The method's assembly under VM name {@code vmName}. */
    String write(String vmName) {
        MethodTypeDesc t = m.methodTypeSymbol();
        int slot = isStatic ? 0 : 1;
        for (ClassDesc pd : t.parameterList()) {
            char k = Names.kind(pd);
            local(k, slot);
            slot += Names.wide(k) ? 2 : 1;
        }
        CodeModel c = m.code().orElseThrow(() -> refuse("has no code"));
        thisStored = !isStatic && c.elementStream().anyMatch(e -> e instanceof StoreInstruction st && st.slot() == 0);
        boolean sync = m.flags().has(AccessFlag.SYNCHRONIZED);
        if (isEntry) {
            emit("iconst 0");
            emit("anewarray string");
            emit("ostore " + local('A', 0));
            if (p.needsInit(owner)) emit("callstatic " + Names.cls(owner) + ".$clinit ()V");
            mark("Main0");
        }
        if (sync) {
            monitorObject();
            emit("menter");
            code.append("Sync0:\n");
        }
        prepareHandlers(c);
        for (CodeElement e : c) element(e);
        if (sync) {
            code.append("Sync1:\n");
            code.append("SyncH:\n");
            emit("ostore " + temp('A', 0));
            monitorObject();
            emit("mexit");
            emit("oload " + temp('A', 0));
            emit("throw");
            catches.add("catch Sync0 Sync1 SyncH");
        }
        if (isEntry) {
            // what main lets escape is reported as Java does ("Exception in thread "main" ..."), and the run fails
            mark("Main1");
            mark("MainH");
            if (p.needsInit("java/lang/Thread")) emit("callstatic java.lang.Thread.$clinit ()V"); // $clinit runs <clinit> once
            emit("callstatic java.lang.Thread.$mainDied$Object$$void (O)V");
            emit("ret");
            catches.add("catch Main0 Main1 MainH");
        }
        String head = isEntry ? "method main ()V" : (isStatic ? "static method " : "method ") + vmName + " " + Names.vmDescriptor(t, null);
        StringBuilder out = new StringBuilder(head).append('\n');
        out.append(code).append(tail);
        for (String k : catches) out.append("    ").append(k).append('\n');
        return out.append("end\n").toString();
    }

    private void monitorObject() {
        if (isStatic) emit("singleton " + Names.statics(owner));
        else emit("this");
    }

    /**
     * The handler table: first, for each range whose handler can catch what the VM throws itself,
     * an entry for the VM's error objects, to a stub that turns the error into the Java exception
     * and throws that from a point inside the range (so the range's handlers see it as Java would);
     * then the JVM's entries in their order.
     */
    private void prepareHandlers(CodeModel c) {
        List<String> javaEntries = new ArrayList<>();
        for (ExceptionCatch ec : c.exceptionHandlers()) {
            String type = ec.catchType().map(ClassEntry::asInternalName).orElse(null);
            String h = label(ec.handler());
            stackAt.put(ec.handler(), new ArrayDeque<>(List.of('A')));
            if (type != null && !p.has(type)) throw refuse("catches " + Names.javaName(type) + ", which is not in the class library");
            javaEntries.add("catch " + label(ec.tryStart()) + " " + label(ec.tryEnd()) + " " + h + (type == null ? "" : " " + Names.cls(type)));
            if (type == null || VM_CATCHABLE.contains(type)) {
                int k = fresh++;
                rethrowAt.computeIfAbsent(ec.tryStart(), x -> new ArrayList<>()).add("R" + k);
                catches.add("catch " + label(ec.tryStart()) + " " + label(ec.tryEnd()) + " C" + k + " error");
                tail.append("C").append(k).append(":\n");
                tail.append("    callstatic java.lang.Throwable.$fromVm$Object$$Throwable (O)O\n");
                tail.append("    goto R").append(k).append('\n');
            }
        }
        catches.addAll(javaEntries);
    }

    int local(char k, int slot) {
        char key = k == 'A' ? 'A' : k;
        return locals.computeIfAbsent(String.valueOf(key) + slot, x -> k == 'A' ? nextObj++ : nextInt++);
    }

    /** A scratch local of kind {@code k}, number {@code i}: reused across the method. */
    int temp(char k, int i) {
        return locals.computeIfAbsent("T" + k + i, x -> k == 'A' ? nextObj++ : nextInt++);
    }

    String label(Label l) { return labels.computeIfAbsent(l, x -> "L" + labels.size()); }

    String freshLabel() { return "Z" + fresh++; }

    void emit(String s) { code.append("    ").append(s).append('\n'); }

    void mark(String label) { code.append(label).append(":\n"); }

    void push(char k) { stack.addLast(k); }

    char pop() {
        if (stack == null || stack.isEmpty()) throw refuse("code whose stack the translator cannot follow");
        return stack.removeLast();
    }

    private static boolean same(Deque<Character> a, Deque<Character> b) { return java.util.Arrays.equals(a.toArray(), b.toArray()); }

    private void element(CodeElement e) {
        switch (e) {
            case LabelTarget lt -> {
                Deque<Character> known = stackAt.get(lt.label());
                if (stack == null) stack = known == null ? new ArrayDeque<>() : new ArrayDeque<>(known);
                else if (known != null && !same(known, stack)) throw refuse("branches that meet with different stacks");
                mark(label(lt.label()));
                List<String> r = rethrowAt.get(lt.label());
                if (r != null) {
                    for (String k : r) {
                        String skip = freshLabel();
                        emit("goto " + skip);
                        mark(k);
                        emit("throw");
                        mark(skip);
                    }
                }
            }
            case LineNumber ln -> {
                line = ln.line();
                emit("line " + line); // the VM's line table, and so the stack traces, give Java's lines
            }
            case Instruction i -> {
                if (stack == null) stack = new ArrayDeque<>(); // unreachable code after a jump
                instruction(i);
            }
            default -> { } // local variable tables, stack maps, exception entries (read up front)
        }
    }

    private void instruction(Instruction i) {
        switch (i) {
            case ConstantInstruction ci -> constant(ci);
            case LoadInstruction li -> {
                char k = kind(li.typeKind());
                emit(Names.prefix(k) + "load " + local(k, li.slot()));
                push(k);
            }
            case StoreInstruction si -> {
                char k = kind(si.typeKind());
                if (k == 'A' && stack.peekLast() != null && stack.peekLast() == 'u') throw refuse("an unconstructed String in a local");
                pop();
                emit(Names.prefix(k) + "store " + local(k, si.slot()));
            }
            case IncrementInstruction inc -> increment(inc);
            case OperatorInstruction op -> operator(op);
            case ConvertInstruction cv -> convert(cv);
            case BranchInstruction br -> branch(br);
            case ReturnInstruction r -> returns(r);
            case StackInstruction st -> StackShuffle.apply(this, st.opcode());
            case FieldInstruction fi -> field(fi);
            case InvokeInstruction inv -> new Calls(this).invoke(inv.opcode(), inv.owner().asInternalName(), inv.name().stringValue(),
                inv.typeSymbol(), inv.isInterface());
            case InvokeDynamicInstruction indy -> new Dynamic(this).invokedynamic(indy);
            case NewObjectInstruction n -> newObject(n.className().asInternalName());
            case NewPrimitiveArrayInstruction n -> {
                pop();
                emit("newarray " + Names.arrayKind(n.typeKind().upperBound().descriptorString()));
                push('A');
            }
            case NewReferenceArrayInstruction n -> {
                pop();
                newArrayOf(n.componentType().asInternalName());
                push('A');
            }
            case NewMultiArrayInstruction n -> multiArray(n);
            case ArrayLoadInstruction al -> arrayLoad(al);
            case ArrayStoreInstruction as -> arrayStore(as);
            case TypeCheckInstruction tc -> typeCheck(tc);
            case ThrowInstruction t -> {
                pop();
                emit("throw");
                stack = null;
            }
            case MonitorInstruction mi -> {
                pop();
                emit(mi.opcode() == Opcode.MONITORENTER ? "menter" : "mexit");
            }
            case TableSwitchInstruction ts -> tableSwitch(ts);
            case LookupSwitchInstruction ls -> lookupSwitch(ls);
            case NopInstruction n -> { }
            default -> throw refuse(i.opcode().name().toLowerCase() + " (not translated)");
        }
    }

    static char kind(TypeKind k) {
        return switch (k) {
            case LONG -> 'J';
            case FLOAT -> 'F';
            case DOUBLE -> 'D';
            case REFERENCE -> 'A';
            case VOID -> 'V';
            default -> 'I';
        };
    }

    // ------------------------------------------------------------------ constants

    private void constant(ConstantInstruction ci) {
        if (ci.opcode() == Opcode.ACONST_NULL) { emit("onull"); push('A'); return; } // its value is ConstantDescs.NULL, not null
        Object v = ci.constantValue();
        switch (v) {
            case null -> { emit("onull"); push('A'); }
            case Integer n -> { emit("iconst " + n); push('I'); }
            case Long n -> { emit("ildc " + n + "L"); push('J'); }
            case Float f -> { emit("ildc " + Float.toString(f) + "f"); push('F'); }
            case Double d -> { doubleConstant(d); push('D'); }
            case String s -> { stringConstant(s); push('A'); }
            case ClassDesc cd -> {
                stringConstant(Program.internal(cd).startsWith("[") ? cd.descriptorString() : Names.javaName(Program.internal(cd)));
                emit("callstatic java.lang.Class.$named$String$$Class (O)O");
                push('A');
            }
            default -> throw refuse("ldc of " + v.getClass().getSimpleName() + " (not translated)");
        }
    }

    void doubleConstant(double d) {
        for (String s : Names.doubleConstant(d)) emit(s);
    }

    /** A string constant; characters the assembler's quotes cannot hold are joined in as strings of one char. */
    void stringConstant(String s) {
        StringBuilder part = new StringBuilder("\"");
        boolean first = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\n' -> part.append("\\n");
                case '\t' -> part.append("\\t");
                case '"' -> part.append("\\\"");
                case '\\' -> part.append("\\\\");
                default -> {
                    if (ch >= 0x20 && ch < 0x7f) { part.append(ch); continue; }
                    emit("oldc " + part + "\"");
                    if (!first) emit("call string.concat (O)O");
                    first = false;
                    part.setLength(1);
                    emit("iconst " + (int) ch);
                    emit("callstatic string.fromChar (I)O");
                    emit("call string.concat (O)O");
                }
            }
        }
        if (first || part.length() > 1) {
            emit("oldc " + part + "\"");
            if (!first) emit("call string.concat (O)O");
        }
    }

    // ------------------------------------------------------------------ arithmetic

    private void increment(IncrementInstruction inc) {
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

    private void operator(OperatorInstruction op) {
        Opcode o = op.opcode();
        String mn = o.name().toLowerCase();
        switch (o) {
            case IADD, ISUB, IMUL, IDIV, IREM, IAND, IOR, IXOR, ISHL, ISHR, IUSHR -> { pop(); pop(); emit(mn); push('I'); }
            case LADD, LSUB, LMUL, LDIV, LREM, LAND, LOR, LXOR, LSHL, LSHR, LUSHR -> { pop(); pop(); emit(mn); push('J'); }
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
            case ARRAYLENGTH -> { pop(); emit("arraylength"); push('I'); }
            default -> throw refuse(mn + " (not translated)");
        }
    }

    private void convert(ConvertInstruction cv) {
        pop();
        switch (cv.opcode()) {
            case I2B -> { emit("iconst 24"); emit("ishl"); emit("iconst 24"); emit("ishr"); }
            case I2S -> { emit("iconst 16"); emit("ishl"); emit("iconst 16"); emit("ishr"); }
            case I2C -> { emit("iconst 65535"); emit("iand"); }
            default -> emit(cv.opcode().name().toLowerCase()); // i2l .. d2f: the VM has each, with Java's rules
        }
        push(kind(cv.toType()));
    }

    // ------------------------------------------------------------------ control

    private void recordStack(Label target) {
        Deque<Character> known = stackAt.get(target);
        if (known != null && !same(known, stack)) throw refuse("branches that meet with different stacks");
        stackAt.put(target, new ArrayDeque<>(stack));
    }

    private void branch(BranchInstruction br) {
        Opcode o = br.opcode();
        String vm = switch (o) {
            case GOTO, GOTO_W -> "goto";
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> { pop(); yield o.name().toLowerCase(); }
            case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> { pop(); pop(); yield o.name().toLowerCase(); }
            case IFNULL, IFNONNULL -> { pop(); yield o.name().toLowerCase(); }
            case IF_ACMPEQ -> { pop(); pop(); yield "if_oeq"; }
            case IF_ACMPNE -> { pop(); pop(); yield "if_one"; }
            default -> throw refuse(o.name().toLowerCase() + " (not translated)");
        };
        recordStack(br.target());
        emit(vm + " " + label(br.target()));
        if (o == Opcode.GOTO || o == Opcode.GOTO_W) stack = null;
    }

    private void tableSwitch(TableSwitchInstruction ts) {
        pop();
        Map<Integer, Label> byKey = new HashMap<>();
        for (SwitchCase c : ts.cases()) byKey.put(c.caseValue(), c.target());
        StringBuilder b = new StringBuilder("tableswitch " + ts.lowValue() + " " + label(ts.defaultTarget()));
        recordStack(ts.defaultTarget());
        for (int k = ts.lowValue(); k <= ts.highValue(); k++) {
            Label t = byKey.getOrDefault(k, ts.defaultTarget());
            recordStack(t);
            b.append(' ').append(label(t));
        }
        emit(b.toString());
        stack = null;
    }

    private void lookupSwitch(LookupSwitchInstruction ls) {
        pop();
        int t = temp('I', 0);
        emit("istore " + t);
        for (SwitchCase c : ls.cases()) {
            recordStack(c.target());
            emit("iload " + t);
            emit("iconst " + c.caseValue());
            emit("if_icmpeq " + label(c.target()));
        }
        recordStack(ls.defaultTarget());
        emit("goto " + label(ls.defaultTarget()));
        stack = null;
    }

    private void returns(ReturnInstruction r) {
        char k = kind(r.typeKind());
        if (k != 'V') pop();
        if (m.flags().has(AccessFlag.SYNCHRONIZED)) {
            monitorObject();
            emit("mexit");
        }
        emit(k == 'V' ? "ret" : k == 'A' ? "oret" : "iret");
        stack = null;
    }

    // ------------------------------------------------------------------ objects, fields, arrays

    /** Runs class {@code c}'s static initialiser first if it has not run in the life of the space. */
    void ensureInit(String c) {
        if (!p.needsInit(c) || p.isSubclass(owner, c) && !p.isInterface(c)) return;
        String ok = freshLabel();
        emit("singleton " + Names.statics(c));
        emit("igetfield " + Names.statics(c) + " $state");
        emit("ifne " + ok);
        emit("callstatic " + Names.cls(c) + ".$clinit ()V");
        mark(ok);
    }

    private void newObject(String c) {
        if (c.equals(Names.STRING)) { push('u'); return; }
        if (c.equals(Names.OBJECT)) { emit("new object"); push('A'); return; } // a plain object, a lock as often as not
        if (!p.has(c)) throw refuse("new " + Names.javaName(c) + ": the class is not in the class library");
        if (p.get(c).flags().has(AccessFlag.ABSTRACT)) throw refuse("new of abstract " + Names.javaName(c));
        ensureInit(c);
        emit("new " + Names.cls(c));
        push('A');
    }

    private void field(FieldInstruction fi) {
        String fo = fi.owner().asInternalName(), n = fi.name().stringValue();
        // the VM's string is the VM's own class: String's static fields are PhantomString's
        if (fo.equals("java/lang/String") && fi.opcode() == Opcode.GETSTATIC) fo = "java/lang/PhantomString";
        String[] decl = new String[1];
        FieldModel f = p.has(fo) ? p.field(fo, n, decl) : null;
        if (f == null) throw refuse(fi.opcode().name().toLowerCase() + " " + Names.javaName(fo) + "." + n + ": no such field in the program or the class library");
        char k = Names.kind(fi.typeSymbol());
        boolean isStaticField = fi.opcode() == Opcode.GETSTATIC || fi.opcode() == Opcode.PUTSTATIC;
        String holder = isStaticField ? Names.statics(decl[0]) : Names.cls(decl[0]);
        switch (fi.opcode()) {
            case GETSTATIC -> {
                ensureInit(decl[0]);
                emit("singleton " + holder);
                getField(holder, n, k);
                push(k);
            }
            case PUTSTATIC -> {
                ensureInit(decl[0]);
                pop();
                emit("singleton " + holder);
                if (k == 'A') emit("oswap");
                putField(holder, n, k);
            }
            case GETFIELD -> {
                pop();
                if (!thisField(decl[0], n, k)) getField(holder, n, k);
                push(k);
            }
            default -> {
                pop();
                pop();
                putField(holder, n, k);
            }
        }
    }

    /**
     * new T[d0][d1]...: the library makes the levels, each like a zero-length prototype of its
     * type made here, so every level has its Java class (a String[][] holds String[]s).
     */
    private void multiArray(NewMultiArrayInstruction n) {
        int dims = n.dimensions();
        for (int d = dims - 1; d >= 0; d--) {
            pop();
            emit("istore " + temp('I', d));
        }
        int arr = temp('A', 0), protos = temp('A', 1);
        emit("iconst " + dims);
        emit("newarray int");
        emit("ostore " + arr);
        emit("iconst " + dims);
        emit("newarray object");
        emit("ostore " + protos);
        String desc = n.arrayType().asInternalName();
        for (int d = 0; d < dims; d++) {
            emit("oload " + arr);
            emit("iconst " + d);
            emit("iload " + temp('I', d));
            emit("iastore");
            emit("oload " + protos);
            emit("iconst " + d);
            emit("iconst 0");
            String component = desc.substring(d + 1);
            newArrayOf(component.startsWith("L") ? component.substring(1, component.length() - 1) : component);
            emit("oastore");
        }
        emit("oload " + arr);
        emit("oload " + protos);
        emit("callstatic java.lang.PhantomArrays.multi$intArray$ObjectArray$$Object (OO)O");
        push('A');
    }

    /** A new array (its length on the integer stack) of component type {@code component}: "I", "[I", "java/lang/String". */
    private void newArrayOf(String component) {
        if (component.length() == 1) {
            emit("newarray " + Names.arrayKind(component));
            return;
        }
        knownType(component, "anewarray");
        emit("anewarray " + Names.element(component));
    }

    /**
     * Refuses a class ("java/io/File"), or the innermost class of an array type ("[[Ljava/io/File;"),
     * that the program and its library do not have: it could not be made, cast to or checked.
     */
    private void knownType(String internal, String what) {
        String c = internal.startsWith("[") ? Names.innermostClass(internal) : internal;
        if (c == null || c.equals(Names.OBJECT) || c.equals(Names.STRING) || STRING_SUPERS.contains(c) || p.has(c)) return;
        throw refuse(what + " " + Names.javaName(c) + ": the class is not in the class library");
    }

    private void arrayLoad(ArrayLoadInstruction al) {
        pop();
        pop();
        String op = switch (al.opcode()) {
            case IALOAD -> "iaload";
            case LALOAD -> "laload";
            case FALOAD -> "faload";
            case DALOAD -> "daload";
            case AALOAD -> "oaload";
            case BALOAD -> "baload";
            case CALOAD -> "caload";
            default -> "saload";
        };
        emit(op);
        push(kind(al.typeKind()));
    }

    private void arrayStore(ArrayStoreInstruction as) {
        pop();
        pop();
        pop();
        String op = switch (as.opcode()) {
            case IASTORE -> "iastore";
            case LASTORE -> "lastore";
            case FASTORE -> "fastore";
            case DASTORE -> "dastore";
            case AASTORE -> "oastore";
            case BASTORE -> "bastore";
            case CASTORE -> "castore";
            default -> "sastore";
        };
        emit(op);
    }

    /** Supertypes of String other than Object: a VM string is none of the library's classes, so these are answered for it here. */
    static final Set<String> STRING_SUPERS = Set.of("java/lang/Comparable", "java/lang/CharSequence", "java/io/Serializable",
        "java/lang/constant/Constable", "java/lang/constant/ConstantDesc");

    private void typeCheck(TypeCheckInstruction tc) {
        String t = tc.type().asInternalName();
        boolean cast = tc.opcode() == Opcode.CHECKCAST;
        if (t.equals(Names.OBJECT)) {
            if (!cast) {
                pop();
                String yes = freshLabel(), end = freshLabel();
                emit("ifnonnull " + yes);
                emit("iconst 0");
                emit("goto " + end);
                mark(yes);
                emit("iconst 1");
                mark(end);
                push('I');
            }
            return;
        }
        knownType(t, cast ? "checkcast" : "instanceof");
        String vm = Names.cls(t);
        if (STRING_SUPERS.contains(t)) {
            if (cast) return; // calls through these types check their receivers; a cast adds nothing the VM does not check
            pop();
            String no = freshLabel(), end = freshLabel();
            emit("odup");
            emit("instanceof string");
            emit("ifeq " + no);
            emit("opop");
            emit("iconst 1");
            emit("goto " + end);
            mark(no);
            if (p.has(t)) emit("instanceof " + vm);
            else { emit("opop"); emit("iconst 0"); }
            mark(end);
            push('I');
            return;
        }
        if (cast) {
            emit("checkcast " + vm);
        } else {
            pop();
            emit("instanceof " + vm);
            push('I');
        }
    }
}
