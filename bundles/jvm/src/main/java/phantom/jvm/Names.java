package phantom.jvm;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * How Java names become VM names. A class keeps its binary name ("java.util.ArrayList",
 * "Main$Node"); Object and String are the VM's own {@code object} and {@code string}. A method
 * keeps its name when its JVM descriptor says no more than the VM's (numbers only); otherwise
 * the JVM parameter and result types are spelled into the name, so overloads the VM descriptor
 * cannot tell apart (foo(String) and foo(Object)) stay apart, and an override, which javac
 * makes with the same JVM descriptor (bridges included), keeps the same VM name.
 */
final class Names {
    private Names() {}

    static final String OBJECT = "java/lang/Object";
    static final String STRING = "java/lang/String";

    /** The VM name of a class given by its internal name ("java/util/ArrayList"), or of an array class ("[I"). */
    static String cls(String internal) {
        if (internal.startsWith("[")) return arrayClass(internal);
        return switch (internal) {
            case OBJECT -> "object";
            case STRING -> "string";
            default -> internal.replace('/', '.');
        };
    }

    /**
     * The VM class of a JVM array type: a primitive array per element kind (boolean[] is a
     * byte[]), and a reference array per element class, at any depth ("[[I" is int[][],
     * "[Ljava/lang/Integer;" java.lang.Integer[]). Arrays of the interfaces a VM string has but
     * cannot be an instance of (Comparable, CharSequence ...) are object arrays, so they take
     * strings: see {@link MethodWriter#STRING_SUPERS}.
     */
    static String arrayClass(String desc) {
        String component = desc.substring(1);
        return switch (component.charAt(0)) {
            case 'I' -> "int[]";
            case 'J' -> "long[]";
            case 'D' -> "double[]";
            case 'F' -> "float[]";
            case 'C' -> "char[]";
            case 'S' -> "short[]";
            case 'B', 'Z' -> "byte[]";
            case '[' -> arrayClass(component) + "[]";
            default -> element(component.substring(1, component.length() - 1)) + "[]";
        };
    }

    /** The VM element class of a reference array whose component class is {@code internal} ("java/lang/String", or "[I"). */
    static String element(String internal) {
        if (internal.startsWith("[")) return arrayClass(internal);
        return MethodWriter.STRING_SUPERS.contains(internal) ? "object" : cls(internal);
    }

    /** The innermost class of an array type descriptor ("[[Ljava/util/List;" gives "java/util/List"); null when it is primitive. */
    static String innermostClass(String desc) {
        String d = desc.replaceFirst("^\\[+", "");
        return d.startsWith("L") ? d.substring(1, d.length() - 1) : null;
    }

    /** The VM array kind operand of newarray for an element type descriptor. */
    static String arrayKind(String elementDesc) {
        return switch (elementDesc.charAt(0)) {
            case 'I' -> "int";
            case 'J' -> "long";
            case 'D' -> "double";
            case 'F' -> "float";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'B', 'Z' -> "byte";
            default -> "object";
        };
    }

    /** The companion class holding a class's static fields in its singleton. */
    static String statics(String internal) { return cls(internal) + "$$statics"; }

    /** A name for use inside a method name: no dots (the assembler splits CLASS.METHOD at the last one). */
    static String flat(String internal) { return internal.replace('/', '_').replace('.', '_'); }

    /** The VM name of method {@code name} of JVM descriptor {@code t}. */
    static String method(String owner, String name, MethodTypeDesc t) {
        if (name.equals("<init>")) return "init$" + flat(owner) + typeSuffix(t, false);
        if (name.equals("<clinit>")) return "$clinit";
        String d = t.descriptorString();
        if (name.equals("toString") && d.equals("()Ljava/lang/String;")) return name;
        if (name.equals("equals") && d.equals("(Ljava/lang/Object;)Z")) return name;
        if (name.equals("hashCode") && d.equals("()I")) return name;
        return name + typeSuffix(t, true);
    }

    /** "" when the VM descriptor says everything, else "$P1$P2$$R" (R only with the result). */
    private static String typeSuffix(MethodTypeDesc t, boolean withResult) {
        String d = t.descriptorString();
        boolean plain = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == 'L' || c == '[' || c == 'Z' || c == 'B' || c == 'C' || c == 'S') { plain = false; break; }
        }
        if (plain) return "";
        StringBuilder b = new StringBuilder();
        for (ClassDesc p : t.parameterList()) b.append('$').append(simple(p));
        if (withResult) b.append("$$").append(simple(t.returnType()));
        return b.toString();
    }

    /** A type's simple name as a name part: "String", "int", "intArray", "Map_Entry". */
    static String simple(ClassDesc d) {
        if (d.isArray()) return simple(d.componentType()) + "Array";
        if (d.isPrimitive()) return d.displayName();
        String s = d.descriptorString();
        String internal = s.substring(1, s.length() - 1);
        return internal.substring(internal.lastIndexOf('/') + 1).replace('$', '_');
    }

    /** The VM kind of a JVM type: I (int and narrower), J, F, D, A (reference), V. */
    static char kind(ClassDesc d) {
        if (!d.isPrimitive()) return 'A';
        return switch (d.descriptorString()) {
            case "J" -> 'J';
            case "F" -> 'F';
            case "D" -> 'D';
            case "V" -> 'V';
            default -> 'I';
        };
    }

    /** The VM descriptor of a JVM method type (with {@code receiverFirst}, a receiver becomes the first object parameter). */
    static String vmDescriptor(MethodTypeDesc t, String extraFirst) {
        StringBuilder b = new StringBuilder("(");
        if (extraFirst != null) b.append('O');
        for (ClassDesc p : t.parameterList()) b.append(vmKind(kind(p)));
        return b.append(')').append(vmKind(kind(t.returnType()))).toString();
    }

    static char vmKind(char k) { return k == 'A' ? 'O' : k; }

    /** Two-slot kinds of the JVM (one slot in the VM). */
    static boolean wide(char k) { return k == 'J' || k == 'D'; }

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

    /** Instructions pushing a double constant: the assembler's number syntax has no NaN or infinity, so those are divisions. */
    static java.util.List<String> doubleConstant(double d) {
        if (Double.isNaN(d)) return java.util.List.of("ildc 0.0", "ildc 0.0", "ddiv");
        if (Double.isInfinite(d)) return java.util.List.of(d > 0 ? "ildc 1.0" : "ildc -1.0", "ildc 0.0", "ddiv");
        return java.util.List.of("ildc " + Double.toString(d));
    }

    static String javaName(String internal) { return internal.replace('/', '.'); }
}
