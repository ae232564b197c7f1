package phantom.jvm;

import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/**
 * invokedynamic, for the three bootstraps javac uses: string concatenation (joined here with the
 * VM's string.concat), lambdas and method references (a class implementing the functional
 * interface, its captured values in fields, as LambdaMetafactory spins one) and a record's
 * toString, hashCode and equals (written out from its fields, as ObjectMethods does).
 */
final class Dynamic {
    private final MethodWriter w;

    Dynamic(MethodWriter w) { this.w = w; }

    void invokedynamic(InvokeDynamicInstruction indy) {
        String bsm = indy.bootstrapMethod().methodName();
        String bso = Program.internal(indy.bootstrapMethod().owner());
        switch (bso + "." + bsm) {
            case "java/lang/invoke/StringConcatFactory.makeConcatWithConstants" -> concat(indy);
            case "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory" -> lambda(indy);
            case "java/lang/runtime/ObjectMethods.bootstrap" -> new Records(w).bootstrap(indy);
            default -> throw w.refuse("invokedynamic " + Names.javaName(bso) + "." + bsm + " (not translated)");
        }
    }

    /** Each argument stored, then text joined left to right. */
    private void concat(InvokeDynamicInstruction indy) {
        String recipe = (String) indy.bootstrapArgs().get(0);
        MethodTypeDesc t = indy.typeSymbol();
        int n = t.parameterCount();
        int[] slots = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            char kd = Names.kind(t.parameterType(k));
            if (w.pop() == 'u') throw w.refuse("an unconstructed String in a concatenation");
            slots[k] = w.temp(kd, 100 + k);
            w.emit(Names.prefix(kd) + "store " + slots[k]);
        }
        int arg = 0, constant = 1;
        boolean first = true;
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i <= recipe.length(); i++) {
            char ch = i < recipe.length() ? recipe.charAt(i) : '\u0001';
            boolean end = i == recipe.length();
            if (ch != '\u0001' && ch != '\u0002') { lit.append(ch); continue; }
            if (!lit.isEmpty()) {
                w.stringConstant(lit.toString());
                if (!first) w.emit("call string.concat (O)O");
                first = false;
                lit.setLength(0);
            }
            if (end) break;
            if (ch == '\u0002') {
                Object c = indy.bootstrapArgs().get(constant++);
                w.stringConstant(String.valueOf(c));
            } else {
                ClassDesc pt = t.parameterType(arg);
                char kd = Names.kind(pt);
                w.emit(Names.prefix(kd) + "load " + slots[arg]);
                text(pt);
                arg++;
            }
            if (!first) w.emit("call string.concat (O)O");
            first = false;
        }
        if (first) w.emit("oldc \"\"");
        w.push('A');
    }

    /** The value of type {@code t} on its stack becomes its text as Java's String.valueOf writes it. */
    void text(ClassDesc t) {
        switch (t.descriptorString()) {
            case "I", "S", "B" -> w.emit("callstatic string.fromInt (I)O");
            case "J" -> w.emit("callstatic string.fromLong (J)O");
            case "D" -> w.emit("callstatic string.fromDouble (D)O");
            case "F" -> { w.emit("f2d"); w.emit("callstatic string.fromFloat (D)O"); }
            case "C" -> w.emit("callstatic string.fromChar (I)O");
            case "Z" -> {
                String f = w.freshLabel(), e = w.freshLabel();
                w.emit("ifeq " + f);
                w.emit("oldc \"true\"");
                w.emit("goto " + e);
                w.mark(f);
                w.emit("oldc \"false\"");
                w.mark(e);
            }
            default -> w.emit("callstatic java.lang.PhantomDispatch.valueOf$Object$$String (O)O");
        }
    }

    // ------------------------------------------------------------------ lambdas

    private void lambda(InvokeDynamicInstruction indy) {
        List<java.lang.constant.ConstantDesc> a = indy.bootstrapArgs();
        MethodTypeDesc sam = (MethodTypeDesc) a.get(0);
        DirectMethodHandleDesc impl = (DirectMethodHandleDesc) a.get(1);
        MethodTypeDesc instantiated = (MethodTypeDesc) a.get(2);
        MethodTypeDesc site = indy.typeSymbol();
        String itf = Program.internal(site.returnType());
        if (!w.p.has(itf)) throw w.refuse("a lambda of " + Names.javaName(itf) + ", which is not in the class library");
        String cls = w.cw.lambdaClass(itf, indy.name().stringValue(), sam, instantiated, impl, site);
        int n = site.parameterCount();
        int[] slots = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            char kd = Names.kind(site.parameterType(k));
            w.pop();
            slots[k] = w.temp(kd, 200 + k);
            w.emit(Names.prefix(kd) + "store " + slots[k]);
        }
        w.emit("new " + cls);
        for (int k = 0; k < n; k++) {
            char kd = Names.kind(site.parameterType(k));
            w.emit("odup");
            w.emit(Names.prefix(kd) + "load " + slots[k]);
            w.putField(cls, "c" + k, kd);
        }
        w.push('A');
    }
}
