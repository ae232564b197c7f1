package phantom.jvm;

import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.attribute.ConstantValueAttribute;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;

/**
 * One JVM class to VM assembly: the class (an interface is a field-less class whose methods are
 * default methods), its instance fields, its methods, and, when it has static state or an
 * initialiser, a companion class whose singleton holds its static fields and whether its
 * initialiser has run: state in the space, so the initialiser runs once in the life of the space.
 */
final class ClassWriter {
    final Program p;
    final ClassModel cm;
    final String internal;
    final String name;
    final StringBuilder out = new StringBuilder();
    final StringBuilder extra;
    private int lambdas;

    ClassWriter(Program p, ClassModel cm, StringBuilder extra) {
        this.p = p;
        this.cm = cm;
        this.internal = cm.thisClass().asInternalName();
        this.name = Names.cls(internal);
        this.extra = extra;
    }

    IllegalArgumentException refuse(String what) { return new IllegalArgumentException(Names.javaName(internal) + ": " + what); }

    String write() {
        boolean itf = cm.flags().has(AccessFlag.INTERFACE);
        String sup = cm.superclass().map(ClassEntry::asInternalName).orElse(Names.OBJECT);
        if (itf) sup = Names.OBJECT;
        if (!sup.equals(Names.OBJECT) && !p.has(sup)) throw refuse("extends " + Names.javaName(sup) + ", which is not in the class library");
        out.append("class ").append(name);
        if (!sup.equals(Names.OBJECT)) out.append(" extends ").append(Names.cls(sup));
        out.append('\n');
        StringBuilder impl = new StringBuilder();
        for (ClassEntry i : cm.interfaces()) {
            String in = i.asInternalName();
            if (p.has(in) && p.isInterface(in)) impl.append(' ').append(Names.cls(in));
        }
        if (!impl.isEmpty()) out.append("implements").append(impl).append('\n');
        for (FieldModel f : cm.fields()) {
            if (f.flags().has(AccessFlag.STATIC)) continue;
            out.append(Names.kind(f.fieldTypeSymbol()) == 'A' ? "field obj " : "field int ").append(f.fieldName().stringValue()).append('\n');
        }
        for (MethodModel m : cm.methods()) out.append(method(m, null));
        if (p.needsInit(internal)) {
            out.append(initialiser());
            companion();
        }
        return out.toString();
    }

    /** A method under its VM name, or under {@code directName} for a super call's direct copy. */
    String method(MethodModel m, String directName) {
        String mn = m.methodName().stringValue();
        if (mn.equals("<clinit>")) return new MethodWriter(this, m).write("$clinit$body");
        String vm = directName != null ? directName : Calls.vmName(new Program.Found(internal, m));
        if (m.flags().has(AccessFlag.NATIVE)) throw refuse("native method " + mn + " (not translated)");
        if (m.flags().has(AccessFlag.ABSTRACT) || m.code().isEmpty()) {
            // reached only through a class that lacks the method: Java's AbstractMethodError
            return "method " + vm + " " + Names.vmDescriptor(m.methodTypeSymbol(), null) + "\n    onull\n    throw\nend\n";
        }
        return new MethodWriter(this, m).write(vm);
    }

    private String initialiser() {
        String s = Names.statics(internal);
        StringBuilder b = new StringBuilder("static method $clinit ()V\n");
        b.append("    singleton ").append(s).append("\n    igetfield ").append(s).append(" $state\n    ifeq Go\n    ret\nGo:\n");
        b.append("    singleton ").append(s).append("\n    iconst 1\n    iputfield ").append(s).append(" $state\n");
        String sup = cm.superclass().map(ClassEntry::asInternalName).orElse(null);
        if (sup != null && !cm.flags().has(AccessFlag.INTERFACE) && p.has(sup) && p.needsInit(sup)) {
            b.append("    callstatic ").append(Names.cls(sup)).append(".$clinit ()V\n");
        }
        for (FieldModel f : cm.fields()) {
            if (!f.flags().has(AccessFlag.STATIC)) continue;
            var cv = f.findAttribute(java.lang.classfile.Attributes.constantValue());
            if (cv.isEmpty()) continue;
            Object v = cv.get().constant().constantValue();
            char k = Names.kind(f.fieldTypeSymbol());
            String fn = f.fieldName().stringValue();
            b.append("    singleton ").append(s).append('\n');
            switch (v) {
                case Integer n -> b.append("    iconst ").append(n).append("\n    iputfield ");
                case Long n -> b.append("    ildc ").append(n).append("L\n    lputfield ");
                case Float n -> b.append("    ildc ").append(n).append("f\n    f2d\n    dputfield ");
                case Double n -> {
                    for (String line : Names.doubleConstant(n)) b.append("    ").append(line).append('\n');
                    b.append("    dputfield ");
                }
                case String str -> b.append("    oldc ").append(quoteSimple(str)).append("\n    oputfield ");
                default -> throw refuse("constant " + fn + " of " + v.getClass().getSimpleName());
            }
            if (k == 0) throw refuse("constant " + fn);
            b.append(s).append(' ').append(fn).append('\n');
        }
        if (cm.methods().stream().anyMatch(m -> m.methodName().equalsString("<clinit>"))) {
            b.append("    callstatic ").append(name).append(".$clinit$body ()V\n");
        }
        return b.append("    ret\nend\n").toString();
    }

    private String quoteSimple(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20 || ch >= 0x7f) throw refuse("a string constant field with character " + (int) ch + " (not translated)");
                    b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }

    private void companion() {
        extra.append("class ").append(Names.statics(internal)).append('\n');
        extra.append("field int $state\n");
        for (FieldModel f : cm.fields()) {
            if (!f.flags().has(AccessFlag.STATIC)) continue;
            extra.append(Names.kind(f.fieldTypeSymbol()) == 'A' ? "field obj " : "field int ").append(f.fieldName().stringValue()).append('\n');
        }
    }

    // ------------------------------------------------------------------ lambdas

    /** A class implementing {@code itf} whose method {@code samName} runs {@code impl} on the captured values and the arguments. */
    String lambdaClass(String itf, String samName, MethodTypeDesc sam, MethodTypeDesc instantiated, DirectMethodHandleDesc impl, MethodTypeDesc site) {
        String cls = name + "$$Lambda" + (lambdas++);
        StringBuilder b = new StringBuilder("class ").append(cls).append("\nimplements ").append(Names.cls(itf)).append('\n');
        for (int k = 0; k < site.parameterCount(); k++) {
            b.append(Names.kind(site.parameterType(k)) == 'A' ? "field obj c" : "field int c").append(k).append('\n');
        }
        MethodWriter w = new MethodWriter(this, cls);
        w.emitLambdaBody(cls, site, sam, instantiated, impl);
        b.append("method ").append(Names.method(itf, samName, sam)).append(' ').append(Names.vmDescriptor(sam, null)).append('\n');
        b.append(w.code).append("end\n");
        extra.append(b);
        return cls;
    }
}
