package phantom.jvm;

import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * A record's toString, hashCode and equals (javac's invokedynamic of ObjectMethods.bootstrap),
 * written out from the record's fields as the JDK computes them: "Point[x=1, y=2]", 31 * h + the
 * field's hash from 0, and field by field equality (== for integers, Float/Double.compare for
 * floating point, Objects.equals for references).
 */
final class Records {
    private final MethodWriter w;

    Records(MethodWriter w) { this.w = w; }

    void bootstrap(InvokeDynamicInstruction indy) {
        List<java.lang.constant.ConstantDesc> a = indy.bootstrapArgs();
        String rec = Program.internal((ClassDesc) a.get(0));
        String names = (String) a.get(1);
        List<DirectMethodHandleDesc> getters = new ArrayList<>();
        for (int i = 2; i < a.size(); i++) getters.add((DirectMethodHandleDesc) a.get(i));
        String[] fieldNames = names.isEmpty() ? new String[0] : names.split(";");
        switch (indy.name().stringValue()) {
            case "toString" -> toText(rec, fieldNames, getters);
            case "hashCode" -> hash(rec, getters);
            case "equals" -> equality(rec, getters);
            default -> throw w.refuse("ObjectMethods." + indy.name().stringValue());
        }
    }

    private void load(String rec, DirectMethodHandleDesc g, int self) {
        w.emit("oload " + self);
        w.getField(Names.cls(rec), g.methodName(), Names.kind(g.invocationType().returnType()));
    }

    private void toText(String rec, String[] names, List<DirectMethodHandleDesc> getters) {
        w.pop();
        int self = w.temp('A', 300);
        w.emit("ostore " + self);
        int from = Math.max(rec.lastIndexOf('/'), rec.lastIndexOf('$')) + 1;
        if (rec.lastIndexOf('$') == from - 1) while (from < rec.length() && Character.isDigit(rec.charAt(from))) from++; // Outer$1Local
        String simple = rec.substring(from);
        w.stringConstant(simple + "[");
        for (int i = 0; i < getters.size(); i++) {
            w.stringConstant((i > 0 ? ", " : "") + names[i] + "=");
            w.emit("call string.concat (O)O");
            load(rec, getters.get(i), self);
            new Dynamic(w).text(getters.get(i).invocationType().returnType());
            w.emit("call string.concat (O)O");
        }
        w.stringConstant("]");
        w.emit("call string.concat (O)O");
        w.push('A');
    }

    private void hash(String rec, List<DirectMethodHandleDesc> getters) {
        w.pop();
        int self = w.temp('A', 300);
        w.emit("ostore " + self);
        w.emit("iconst 0");
        for (DirectMethodHandleDesc g : getters) {
            w.emit("iconst 31");
            w.emit("imul");
            load(rec, g, self);
            String d = g.invocationType().returnType().descriptorString();
            switch (d) {
                case "I", "S", "B", "C" -> { }
                case "Z" -> support("hash", "(Z)I");
                case "J" -> support("hash", "(J)I");
                case "D" -> support("hash", "(D)I");
                case "F" -> support("hash", "(F)I");
                default -> support("hash", "(Ljava/lang/Object;)I");
            }
            w.emit("iadd");
        }
        w.push('I');
    }

    private void equality(String rec, List<DirectMethodHandleDesc> getters) {
        w.pop();
        w.pop();
        int other = w.temp('A', 301), self = w.temp('A', 300);
        w.emit("ostore " + other);
        w.emit("ostore " + self);
        String no = w.freshLabel(), end = w.freshLabel();
        w.emit("oload " + other);
        w.emit("instanceof " + Names.cls(rec));
        w.emit("ifeq " + no);
        for (DirectMethodHandleDesc g : getters) {
            String d = g.invocationType().returnType().descriptorString();
            load(rec, g, self);
            load(rec, g, other);
            switch (d) {
                case "I", "S", "B", "C", "Z" -> w.emit("if_icmpne " + no);
                case "J" -> { w.emit("lcmp"); w.emit("ifne " + no); }
                case "D" -> { support("same", "(DD)Z"); w.emit("ifeq " + no); }
                case "F" -> { support("same", "(FF)Z"); w.emit("ifeq " + no); }
                default -> { support("same", "(Ljava/lang/Object;Ljava/lang/Object;)Z"); w.emit("ifeq " + no); }
            }
        }
        w.emit("iconst 1");
        w.emit("goto " + end);
        w.mark(no);
        w.emit("iconst 0");
        w.mark(end);
        w.push('I');
    }

    /** A call of one of PhantomRecords' helpers, named as the translator names that class's methods. */
    private void support(String name, String descriptor) {
        java.lang.constant.MethodTypeDesc t = java.lang.constant.MethodTypeDesc.ofDescriptor(descriptor);
        w.emit("callstatic java.lang.PhantomRecords." + Names.method("java/lang/PhantomRecords", name, t) + " " + Names.vmDescriptor(t, null));
    }
}
