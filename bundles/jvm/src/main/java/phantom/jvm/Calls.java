package phantom.jvm;

import java.lang.classfile.Opcode;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.Map;

/**
 * The four invoke instructions. Calls of the program's and the library's classes become VM calls
 * by name and descriptor; Object's and String's methods, which are the VM's own classes, are bound
 * here to the VM's internal methods or to the library's static stand-ins (java.lang.PhantomString,
 * receiver first); PhantomNative's methods are bound to instructions.
 */
final class Calls {
    private final MethodWriter w;
    private final Program p;

    Calls(MethodWriter w) {
        this.w = w;
        this.p = w.p;
    }

    void invoke(Opcode op, String owner, String name, MethodTypeDesc t, boolean itf) {
        if (owner.startsWith("[")) { arrayMethod(name, t); return; }
        if (owner.equals("java/lang/PhantomNative")) { nativeCall(name, t); return; }
        String intrinsic = INTRINSICS.get(owner + "." + name + t.descriptorString());
        if (intrinsic != null && op == Opcode.INVOKESTATIC) {
            // the library method is one instruction: no call (a frame per square root in a numeric inner loop)
            args(t, false);
            w.emit(intrinsic);
            result(t);
            return;
        }
        if (owner.equals(Names.STRING)) { stringMethod(op, name, t); return; }
        if (op == Opcode.INVOKESPECIAL && name.equals("<init>")) { constructor(owner, t); return; }
        if (op == Opcode.INVOKESPECIAL && owner.equals(Names.OBJECT) && superObjectMethod(name, t)) return;
        if (owner.equals(Names.OBJECT)) { objectMethod(name, t); return; }
        if (!p.has(owner)) {
            if (MethodWriter.STRING_SUPERS.contains(owner)) throw w.refuse(describe(owner, name, t) + ": " + Names.javaName(owner) + " is not in the class library");
            throw w.refuse(op.name().toLowerCase() + " " + describe(owner, name, t) + ": the class is not in the class library");
        }
        Program.Found f = p.method(owner, name, t.descriptorString());
        if (f == null) {
            if (op == Opcode.INVOKESPECIAL && superObjectMethod(name, t)) return;
            if (op != Opcode.INVOKESTATIC && isObjectMethod(name, t)) { objectMethod(name, t); return; }
            throw w.refuse(op.name().toLowerCase() + " " + describe(owner, name, t) + ": no such method in the program or the class library");
        }
        if (op == Opcode.INVOKESTATIC) {
            w.ensureInit(f.owner());
            args(t, false);
            w.emit("callstatic " + Names.cls(f.owner()) + "." + vmName(f) + " " + Names.vmDescriptor(t, null));
            result(t);
            return;
        }
        if (dispatchesOnStrings(f.owner()) && isObjectMethod(name, t)) { objectMethod(name, t); return; } // the VM's string has them
        if (dispatchesOnStrings(f.owner()) && !w.owner.equals("java/lang/PhantomDispatch")) {
            // a String may be the receiver: the library's dispatcher answers for it
            args(t, true);
            MethodTypeDesc d = t.insertParameterTypes(0, ClassDesc.of("java.lang.Object"));
            w.emit("callstatic java.lang.PhantomDispatch." + Names.method("java/lang/PhantomDispatch", name, d) + " " + Names.vmDescriptor(d, null));
            result(t);
            return;
        }
        String vm = vmName(f);
        if (op == Opcode.INVOKESPECIAL && !f.isPrivate() && !f.owner().equals(w.owner)) {
            // super.m(): not virtual; the declaring class gets a direct copy no subclass overrides
            p.directTargets.add(f.owner() + " " + f.method().methodName().stringValue() + f.method().methodType().stringValue());
            vm = vm + "$direct$" + Names.flat(f.owner());
        }
        args(t, true);
        w.emit("call " + Names.cls(f.owner()) + "." + vm + " " + Names.vmDescriptor(t, null));
        result(t);
    }

    /** Library methods that are one VM instruction, with exactly the library method's result. */
    private static final Map<String, String> INTRINSICS = Map.of(
        "java/lang/Math.sqrt(D)D", "dsqrt",
        "java/lang/StrictMath.sqrt(D)D", "dsqrt");

    static boolean dispatchesOnStrings(String owner) {
        return owner.equals("java/lang/Comparable") || owner.equals("java/lang/CharSequence");
    }

    /** The VM name of a resolved method: a private instance method's name cannot be overridden. */
    static String vmName(Program.Found f) {
        String n = Names.method(f.owner(), f.method().methodName().stringValue(), f.method().methodTypeSymbol());
        if (f.isPrivate() && !f.isStatic() && !f.method().methodName().equalsString("<init>")) n = n + "$private$" + Names.flat(f.owner());
        return n;
    }

    static String describe(String owner, String name, MethodTypeDesc t) {
        return Names.javaName(owner) + "." + name + t.descriptorString();
    }

    /** Pops the arguments (and the receiver) off the tracked stack. */
    private void args(MethodTypeDesc t, boolean receiver) {
        for (int k = 0; k < t.parameterCount(); k++) {
            char c = w.pop();
            if (c == 'u') throw w.refuse("an unconstructed String as an argument");
        }
        if (receiver) w.pop();
    }

    private void result(MethodTypeDesc t) {
        char r = Names.kind(t.returnType());
        if (r != 'V') w.push(r);
    }

    private static boolean isObjectMethod(String name, MethodTypeDesc t) {
        String s = name + t.descriptorString();
        return s.equals("toString()Ljava/lang/String;") || s.equals("equals(Ljava/lang/Object;)Z") || s.equals("hashCode()I")
            || s.equals("getClass()Ljava/lang/Class;") || s.equals("wait()V") || s.equals("wait(J)V") || s.equals("notify()V")
            || s.equals("notifyAll()V");
    }

    /**
     * super.toString(), super.hashCode(), super.equals(o) reaching Object's: Object's own code (by
     * the library's stand-ins), not the virtual call, which would find the caller's override again.
     */
    private boolean superObjectMethod(String name, MethodTypeDesc t) {
        String helper = switch (name + t.descriptorString()) {
            case "toString()Ljava/lang/String;" -> "objectToString";
            case "hashCode()I" -> "objectHashCode";
            case "equals(Ljava/lang/Object;)Z" -> "objectEquals";
            case "clone()Ljava/lang/Object;" -> "objectClone";
            default -> null;
        };
        if (helper == null) return false;
        args(t, true);
        MethodTypeDesc d = t.insertParameterTypes(0, ClassDesc.of("java.lang.Object"));
        w.emit("callstatic java.lang.PhantomDispatch." + Names.method("java/lang/PhantomDispatch", helper, d) + " " + Names.vmDescriptor(d, null));
        result(t);
        return true;
    }

    private void constructor(String owner, MethodTypeDesc t) {
        if (owner.equals(Names.OBJECT)) {
            w.pop();
            w.emit("opop"); // Object() does nothing
            return;
        }
        if (!p.has(owner)) throw w.refuse("new " + Names.javaName(owner) + ": the class is not in the class library");
        Program.Found f = p.method(owner, "<init>", t.descriptorString());
        if (f == null || !f.owner().equals(owner)) throw w.refuse("constructor " + describe(owner, "<init>", t) + " is not in the program or the class library");
        args(t, true);
        w.emit("call " + Names.cls(owner) + "." + vmName(f) + " " + Names.vmDescriptor(t, null));
    }

    private void objectMethod(String name, MethodTypeDesc t) {
        switch (name + t.descriptorString()) {
            case "toString()Ljava/lang/String;" -> { args(t, true); w.emit("call object.toString ()O"); }
            case "equals(Ljava/lang/Object;)Z" -> { args(t, true); w.emit("call object.equals (O)I"); }
            case "hashCode()I" -> { args(t, true); w.emit("call object.hashCode ()I"); }
            case "getClass()Ljava/lang/Class;" -> { args(t, true); w.emit("callstatic java.lang.Class.$of$Object$$Class (O)O"); }
            // through the library, which waits in slices so that Thread.interrupt ends a wait
            case "wait()V" -> { args(t, true); w.emit("ildc 0L"); w.emit("callstatic java.lang.Thread.$waitOn$Object$long$$void (OJ)V"); }
            case "wait(J)V" -> { args(t, true); w.emit("callstatic java.lang.Thread.$waitOn$Object$long$$void (OJ)V"); }
            case "notify()V" -> { args(t, true); w.emit("mnotify"); }
            case "notifyAll()V" -> { args(t, true); w.emit("mnotifyall"); }
            default -> throw w.refuse("java.lang.Object." + name + t.descriptorString() + " (not translated)");
        }
        result(t);
    }

    private void arrayMethod(String name, MethodTypeDesc t) {
        if (name.equals("clone")) {
            args(t, true);
            w.emit("callstatic java.lang.PhantomArrays.clone$Object$$Object (O)O");
            result(t);
            return;
        }
        objectMethod(name, t);
    }

    // ------------------------------------------------------------------ String

    /** String's methods the VM has as internal methods of exactly the same meaning. */
    private static final Map<String, String> STRING_NATIVE = Map.of(
        "length()I", "call string.length ()I",
        "equals(Ljava/lang/Object;)Z", "call object.equals (O)I",
        "hashCode()I", "call object.hashCode ()I",
        "compareTo(Ljava/lang/String;)I", "call string.compareTo (O)I",
        "concat(Ljava/lang/String;)Ljava/lang/String;", "call string.concat (O)O",
        "intern()Ljava/lang/String;", "call string.intern ()O");

    private void stringMethod(Opcode op, String name, MethodTypeDesc t) {
        String sig = name + t.descriptorString();
        if (op == Opcode.INVOKESPECIAL && name.equals("<init>")) {
            args(t, false);
            if (w.pop() != 'u') throw w.refuse("a String constructor on something else");
            if (w.stack.isEmpty() || w.stack.peekLast() != 'u') throw w.refuse("new String without its dup");
            w.pop();
            MethodTypeDesc f = MethodTypeDesc.of(ClassDesc.of("java.lang.String"), t.parameterArray());
            library("newString", f);
            w.push('A');
            return;
        }
        if (op != Opcode.INVOKESTATIC) {
            if (sig.equals("toString()Ljava/lang/String;")) return; // the string itself
            String n = STRING_NATIVE.get(sig);
            if (n != null) {
                args(t, true);
                w.emit(n);
                result(t);
                return;
            }
            args(t, true);
            library(name, t.insertParameterTypes(0, ClassDesc.of("java.lang.String")));
        } else {
            args(t, false);
            library(name, t);
        }
        result(t);
    }

    /** A static method of java.lang.PhantomString standing in for String's {@code name}. */
    private void library(String name, MethodTypeDesc t) {
        String ps = "java/lang/PhantomString";
        Program.Found f = p.has(ps) ? p.method(ps, name, t.descriptorString()) : null;
        if (f == null || !f.isStatic()) {
            throw w.refuse("java.lang.String." + name + " " + t.displayDescriptor() + " is not in the class library");
        }
        w.emit("callstatic java.lang.PhantomString." + vmName(f) + " " + Names.vmDescriptor(t, null));
    }

    // ------------------------------------------------------------------ PhantomNative

    /** The library's natives: the instructions or internal methods each is bound to. */
    private static final Map<String, String[]> NATIVES = Map.ofEntries(
        Map.entry("length", new String[] {"call string.length ()I"}),
        Map.entry("charAt", new String[] {"call string.charAt (I)I"}),
        Map.entry("substring", new String[] {"call string.substring (II)O"}),
        Map.entry("concat", new String[] {"call string.concat (O)O"}),
        Map.entry("indexOf", new String[] {"call string.indexOfFrom (OI)I"}),
        Map.entry("lastIndexOf", new String[] {"call string.lastIndexOfFrom (OI)I"}),
        Map.entry("compareTo", new String[] {"call string.compareTo (O)I"}),
        Map.entry("equals", new String[] {"call object.equals (O)I"}),
        Map.entry("hashCode", new String[] {"call object.hashCode ()I"}),
        Map.entry("toLowerCase", new String[] {"call string.toLower ()O"}),
        Map.entry("toUpperCase", new String[] {"call string.toUpper ()O"}),
        Map.entry("fromChar", new String[] {"callstatic string.fromChar (I)O"}),
        Map.entry("fromChars", new String[] {"callstatic string.fromChars (OII)O"}),
        Map.entry("getChars", new String[] {"call string.getChars (IIOI)V"}),
        Map.entry("fromInt", new String[] {"callstatic string.fromInt (I)O"}),
        Map.entry("fromLong", new String[] {"callstatic string.fromLong (J)O"}),
        Map.entry("fromDouble", new String[] {"callstatic string.fromDouble (D)O"}),
        Map.entry("fromFloat", new String[] {"f2d", "callstatic string.fromFloat (D)O"}),
        Map.entry("parseDouble", new String[] {"call string.toDouble ()D"}),
        Map.entry("isDouble", new String[] {"call string.isDouble ()I"}),
        Map.entry("print", new String[] {"new tty", "oswap", "call tty.print (O)V"}),
        Map.entry("floatToRawIntBits", new String[] {"f2ibits"}),
        Map.entry("intBitsToFloat", new String[] {"i2fbits"}),
        Map.entry("doubleToRawLongBits", new String[] {"d2lbits"}),
        Map.entry("longBitsToDouble", new String[] {"l2dbits"}),
        Map.entry("nanoTime", new String[] {"callstatic time.nanos ()J"}),
        Map.entry("currentTimeMillis", new String[] {"callstatic time.now ()J"}),
        Map.entry("className", new String[] {"call object.className ()O"}),
        Map.entry("identityHashCode", new String[] {"ohash"}),
        Map.entry("shallowCopy", new String[] {"oclone"}),
        Map.entry("newLike", new String[] {"newlike"}),
        Map.entry("identityToString", new String[] {"call object.toString ()O"}),
        Map.entry("spawn", new String[] {"spawn"}),
        Map.entry("currentVmThread", new String[] {"thread"}),
        Map.entry("vmThreadId", new String[] {"call thread.id ()I"}),
        Map.entry("join", new String[] {"call thread.join ()V"}),
        Map.entry("isAlive", new String[] {"call thread.isAlive ()I"}),
        Map.entry("setVmPriority", new String[] {"call thread.setPriority (I)V"}),
        Map.entry("setVmThreadName", new String[] {"call thread.setName (O)V"}),
        Map.entry("setVmDaemon", new String[] {"call thread.setDaemon (I)V"}),
        Map.entry("sleep", new String[] {"l2i", "new time", "call time.sleep (I)V"}),
        Map.entry("monitorWait", new String[] {"mwait"}),
        Map.entry("backtrace", new String[] {"backtrace"}),
        Map.entry("sqrt", new String[] {"dsqrt"}),
        Map.entry("markThreadFailed", new String[] {"thread", "call thread.fail ()V"}),
        Map.entry("monitorNotify", new String[] {"mnotify"}),
        Map.entry("monitorNotifyAll", new String[] {"mnotifyall"}));

    private static final java.util.Set<String> MATH = java.util.Set.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2",
        "exp", "log", "log10", "pow", "cbrt", "hypot", "floor", "ceil", "rint");

    private void nativeCall(String name, MethodTypeDesc t) {
        String[] code = NATIVES.get(name);
        if (code == null && MATH.contains(name)) {
            code = new String[] {"callstatic double." + name + " " + Names.vmDescriptor(t, null)};
        }
        if (code == null) throw w.refuse("PhantomNative." + name + " has no binding in this front end");
        args(t, false);
        for (String c : code) w.emit(c);
        result(t);
    }
}
