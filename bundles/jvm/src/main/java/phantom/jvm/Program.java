package phantom.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.MethodHandleEntry;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One Java program: its main class and every class it reaches through its code, found among the
 * program's class files or in the class library (META-INF/phantom-jlib in this bundle). Object and
 * String are the VM's own classes. Answers what the writers ask: the hierarchy, where a method or
 * a field is declared, whether a class needs its static initialiser run.
 */
final class Program {
    static final String LIBRARY = "META-INF/phantom-jlib/";
    /** Library classes the translator's own code calls (string stand-ins, dispatch, errors to exceptions): always in. */
    static final List<String> SUPPORT = List.of("java/lang/PhantomString", "java/lang/PhantomDispatch", "java/lang/Throwable",
        "java/lang/Class", "java/lang/PhantomArrays", "java/lang/PhantomRecords", "java/lang/Thread");

    final Map<String, ClassModel> classes = new LinkedHashMap<>();
    final Map<String, Boolean> fromLibrary = new HashMap<>();
    final String mainClass;
    /** Classes referenced by code but found nowhere: refused where they are used. */
    final java.util.Set<String> missing = new java.util.TreeSet<>();
    /** super.m() targets: (class, VM method name) pairs that need a direct (non-virtual) copy. */
    final java.util.Set<String> directTargets = new java.util.HashSet<>();
    private final Function<String, byte[]> lookup;

    Program(byte[] main, Function<String, byte[]> lookup) {
        this.lookup = lookup;
        ClassModel m = parse(main, "the main class");
        mainClass = m.thisClass().asInternalName();
        Deque<String> todo = new ArrayDeque<>();
        classes.put(mainClass, m);
        fromLibrary.put(mainClass, false);
        todo.add(mainClass);
        for (String c : SUPPORT) {
            ClassModel sc = find(c);
            if (sc == null) throw new IllegalStateException("the class library lacks " + c);
            classes.put(c, sc);
            todo.add(c);
        }
        while (!todo.isEmpty()) {
            for (String ref : references(classes.get(todo.poll()))) {
                if (classes.containsKey(ref) || missing.contains(ref) || builtIn(ref)) continue;
                ClassModel c = find(ref);
                if (c == null) { missing.add(ref); continue; }
                classes.put(ref, c);
                todo.add(ref);
            }
        }
    }

    /** Object and String are the VM's; their methods are bound by the front end. */
    static boolean builtIn(String internal) { return internal.equals(Names.OBJECT) || internal.equals(Names.STRING); }

    private static ClassModel parse(byte[] b, String what) {
        try {
            return ClassFile.of().parse(b);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not a JVM class file: " + e.getMessage(), e);
        }
    }

    private ClassModel find(String internal) {
        byte[] b = lookup.apply(internal);
        boolean lib = false;
        if (b == null) {
            try (InputStream in = Program.class.getClassLoader().getResourceAsStream(LIBRARY + internal + ".class")) {
                if (in != null) { b = in.readAllBytes(); lib = true; }
            } catch (IOException e) {
                throw new IllegalStateException("the class library cannot be read: " + e.getMessage(), e);
            }
        }
        if (b == null) return null;
        ClassModel c = parse(b, internal);
        fromLibrary.put(internal, lib);
        return c;
    }

    /** Every class a class's declaration and code name. */
    private static List<String> references(ClassModel cm) {
        List<String> out = new ArrayList<>();
        cm.superclass().ifPresent(s -> out.add(s.asInternalName()));
        for (ClassEntry i : cm.interfaces()) out.add(i.asInternalName());
        for (MethodModel m : cm.methods()) {
            Optional<CodeModel> code = m.code();
            if (code.isEmpty()) continue;
            for (ExceptionCatch ec : code.get().exceptionHandlers()) ec.catchType().ifPresent(t -> out.add(t.asInternalName()));
            for (var e : code.get()) {
                if (!(e instanceof Instruction)) continue;
                switch (e) {
                    case InvokeInstruction i -> out.add(element(i.owner().asInternalName()));
                    case FieldInstruction f -> { out.add(element(f.owner().asInternalName())); }
                    case NewObjectInstruction n -> out.add(n.className().asInternalName());
                    case NewReferenceArrayInstruction n -> out.add(element(n.componentType().asInternalName()));
                    case NewMultiArrayInstruction n -> out.add(element(n.arrayType().asInternalName()));
                    case TypeCheckInstruction t -> out.add(element(t.type().asInternalName()));
                    case ConstantInstruction.LoadConstantInstruction l when l.constantEntry() instanceof ClassEntry ce -> out.add(element(ce.asInternalName()));
                    case InvokeDynamicInstruction d -> {
                        for (var a : d.bootstrapArgs()) {
                            if (a instanceof DirectMethodHandleDesc h) out.add(internal(h.owner()));
                        }
                    }
                    default -> { }
                }
            }
        }
        out.removeIf(s -> s == null || s.startsWith("java/lang/invoke/") || s.equals("java/lang/runtime/ObjectMethods"));
        return out;
    }

    /** The class of an array's innermost elements, or the class itself; null for primitive arrays. */
    private static String element(String internal) {
        if (!internal.startsWith("[")) return internal;
        String e = internal.replaceFirst("^\\[+", "");
        return e.startsWith("L") ? e.substring(1, e.length() - 1) : null;
    }

    static String internal(ClassDesc d) {
        String s = d.descriptorString();
        return s.startsWith("L") ? s.substring(1, s.length() - 1) : s;
    }

    ClassModel get(String internal) { return classes.get(internal); }

    boolean has(String internal) { return classes.containsKey(internal); }

    boolean isInterface(String internal) {
        ClassModel c = classes.get(internal);
        return c != null && c.flags().has(AccessFlag.INTERFACE);
    }

    String superOf(String internal) {
        ClassModel c = classes.get(internal);
        return c == null ? null : c.superclass().map(ClassEntry::asInternalName).orElse(null);
    }

    /** True when {@code sub} is {@code sup} or derives from it (through classes or interfaces). */
    boolean isSubclass(String sub, String sup) {
        if (sub == null) return false;
        if (sub.equals(sup) || sup.equals(Names.OBJECT)) return true;
        ClassModel c = classes.get(sub);
        if (c == null) return false;
        if (isSubclass(superOf(sub), sup)) return true;
        for (ClassEntry i : c.interfaces()) if (isSubclass(i.asInternalName(), sup)) return true;
        return false;
    }

    /** A method found by resolution: its declaring class and model. */
    record Found(String owner, MethodModel method) {
        boolean isStatic() { return method.flags().has(AccessFlag.STATIC); }

        boolean isPrivate() { return method.flags().has(AccessFlag.PRIVATE); }
    }

    /** JVM method resolution: the class and its superclasses, then its interfaces (maximally specific first found). */
    Found method(String owner, String name, String desc) {
        for (String c = owner; c != null; c = superOf(c)) {
            ClassModel cm = classes.get(c);
            if (cm == null) break; // Object: the VM's own
            for (MethodModel m : cm.methods()) {
                if (m.methodName().equalsString(name) && m.methodType().equalsString(desc)) return new Found(c, m);
            }
        }
        return interfaceMethod(owner, name, desc, new java.util.HashSet<>());
    }

    private Found interfaceMethod(String owner, String name, String desc, java.util.Set<String> seen) {
        for (String c = owner; c != null; c = superOf(c)) {
            ClassModel cm = classes.get(c);
            if (cm == null) break;
            for (ClassEntry ie : cm.interfaces()) {
                String i = ie.asInternalName();
                if (!seen.add(i)) continue;
                ClassModel im = classes.get(i);
                if (im == null) continue;
                for (MethodModel m : im.methods()) {
                    if (m.methodName().equalsString(name) && m.methodType().equalsString(desc) && !m.flags().has(AccessFlag.STATIC)) return new Found(i, m);
                }
                Found f = interfaceMethod(i, name, desc, seen);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** The class declaring field {@code name} as seen from {@code owner} (superclasses, then interfaces for statics). */
    FieldModel field(String owner, String name, String[] declarer) {
        for (String c = owner; c != null; c = superOf(c)) {
            ClassModel cm = classes.get(c);
            if (cm == null) return null;
            for (FieldModel f : cm.fields()) {
                if (f.fieldName().equalsString(name)) { declarer[0] = c; return f; }
            }
            for (ClassEntry i : cm.interfaces()) {
                FieldModel f = field(i.asInternalName(), name, declarer);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** Whether a superclass of {@code owner} has an instance field named {@code name} (the VM's layout would have it twice). */
    boolean superclassHasField(String owner, String name) {
        for (String c = superOf(owner); c != null && has(c); c = superOf(c)) {
            for (FieldModel f : classes.get(c).fields()) {
                if (!f.flags().has(AccessFlag.STATIC) && f.fieldName().equalsString(name)) return true;
            }
        }
        return false;
    }

    boolean hasStatics(String internal) {
        ClassModel c = classes.get(internal);
        if (c == null) return false;
        for (FieldModel f : c.fields()) if (f.flags().has(AccessFlag.STATIC)) return true;
        return false;
    }

    /** True when using the class must first run an initialiser: its own or a superclass's. */
    boolean needsInit(String internal) {
        for (String c = internal; c != null && has(c); c = superOf(c)) {
            ClassModel cm = classes.get(c);
            if (hasStatics(c) || cm.methods().stream().anyMatch(m -> m.methodName().equalsString("<clinit>"))) return true;
            if (cm.flags().has(AccessFlag.INTERFACE)) break;
        }
        return false;
    }

    boolean isLibrary(String internal) { return Boolean.TRUE.equals(fromLibrary.get(internal)); }

    /** Classes in load order: superclasses and interfaces before the classes that name them. */
    List<String> loadOrder() {
        List<String> order = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (String c : classes.keySet()) place(c, placed, order);
        return order;
    }

    private void place(String c, java.util.Set<String> placed, List<String> order) {
        if (!classes.containsKey(c) || !placed.add(c)) return;
        String s = superOf(c);
        if (s != null) place(s, placed, order);
        for (ClassEntry i : classes.get(c).interfaces()) place(i.asInternalName(), placed, order);
        order.add(c);
    }

    static MethodTypeDesc type(MethodModel m) { return m.methodTypeSymbol(); }
}
