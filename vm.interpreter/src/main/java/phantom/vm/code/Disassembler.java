package phantom.vm.code;

import phantom.vm.code.ClassFile.ClassConst;
import phantom.vm.code.ClassFile.Const;
import phantom.vm.code.ClassFile.Handler;
import phantom.vm.code.ClassFile.Method;
import phantom.vm.code.ClassFile.MethodConst;

/** Class file to assembly text that the {@link Assembler} reads back (labels named L&lt;offset&gt;). */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(ClassFile cf) {
        StringBuilder sb = new StringBuilder();
        sb.append("class ").append(cf.name());
        if (cf.superName() != null && !cf.superName().equals("object")) sb.append(" extends ").append(cf.superName());
        sb.append("\nversion ").append(cf.version()).append('\n');
        if (!cf.interfaces().isEmpty()) sb.append("implements ").append(String.join(" ", cf.interfaces())).append('\n');
        for (String f : cf.objFields()) sb.append("field obj ").append(f).append('\n');
        for (String f : cf.intFields()) sb.append("field int ").append(f).append('\n');
        for (Method m : cf.methods()) {
            sb.append('\n').append(m.isStatic() ? "static method " : "method ").append(m.name()).append(' ').append(m.descriptor())
                .append("    ; ordinal ").append(m.ordinal()).append(", locals ").append(m.maxOLocals()).append('/').append(m.maxILocals())
                .append(", stacks ").append(m.maxOStack()).append('/').append(m.maxIStack()).append('\n');
            java.util.Set<Integer> labels = new java.util.TreeSet<>();
            byte[] c = m.code();
            for (int pc = 0; pc < c.length; pc += Op.length(c, pc)) {
                Op op = Op.of(c[pc]);
                if (op.isBranch()) labels.add(pc + Verifier.s32(c, pc + 1));
                if (op == Op.TABLESWITCH) {
                    int n = Verifier.s32(c, pc + 5) - Verifier.s32(c, pc + 1) + 1;
                    labels.add(pc + Verifier.s32(c, pc + 9));
                    for (int i = 0; i < n; i++) labels.add(pc + Verifier.s32(c, pc + 13 + 4 * i));
                }
            }
            for (Handler h : m.handlers()) { labels.add(h.start()); labels.add(h.end()); labels.add(h.handler()); }
            for (int pc = 0; pc < c.length; pc += Op.length(c, pc)) {
                if (labels.contains(pc)) sb.append('L').append(pc).append(":\n");
                // the offset (and source line) as a comment: what verifier messages and stack traces name
                String ins = instruction(cf, c, pc);
                int line = m.lineAt(pc);
                sb.append("    ").append(ins).append(" ".repeat(Math.max(1, 32 - ins.length()))).append("; @").append(pc);
                if (line > 0) sb.append(" line ").append(line);
                sb.append('\n');
            }
            if (labels.contains(c.length)) sb.append('L').append(c.length).append(":\n");
            for (Handler h : m.handlers()) {
                sb.append("    catch L").append(h.start()).append(" L").append(h.end()).append(" L").append(h.handler());
                if (h.classIndex() != 0) sb.append(' ').append(((ClassConst) cf.pool().get(h.classIndex() - 1)).name());
                sb.append('\n');
            }
            sb.append("end\n");
        }
        return sb.toString();
    }

    private static String instruction(ClassFile cf, byte[] c, int pc) {
        Op op = Op.of(c[pc]);
        String name = op.mnemonic;
        return switch (op.fmt) {
            case NONE -> name;
            case U8 -> op == Op.NEWARRAY && (c[pc + 1] & 0xFF) < Op.ARRAY_KINDS.size() ? name + " " + Op.ARRAY_KINDS.get(c[pc + 1] & 0xFF)
                : name + " " + (c[pc + 1] & 0xFF);
            case S32 -> name + " " + Verifier.s32(c, pc + 1);
            case JUMP -> name + " L" + (pc + Verifier.s32(c, pc + 1));
            case IINC -> name + " " + (c[pc + 1] & 0xFF) + " " + c[pc + 2];
            case SWITCH -> {
                int low = Verifier.s32(c, pc + 1), high = Verifier.s32(c, pc + 5);
                StringBuilder sb = new StringBuilder(name + " " + low + " L" + (pc + Verifier.s32(c, pc + 9)));
                for (int i = 0; i <= high - low; i++) sb.append(" L").append(pc + Verifier.s32(c, pc + 13 + 4 * i));
                yield sb.toString();
            }
            case U16 -> name + " " + constant(cf, Verifier.u16(c, pc + 1), op);
            case FIELD -> name + " " + constant(cf, Verifier.u16(c, pc + 1), op) + " "
                + ((ClassFile.StringConst) cf.pool().get(Verifier.u16(c, pc + 3) - 1)).value();
        };
    }

    private static String constant(ClassFile cf, int index, Op op) {
        Const k = cf.pool().get(index - 1);
        return switch (k) {
            case ClassFile.IntConst i -> Integer.toString(i.value());
            case ClassFile.LongConst l -> l.value() + "L";
            case ClassFile.FloatConst f -> f.value() + "f";
            case ClassFile.DoubleConst d -> Double.toString(d.value());
            case ClassFile.StringConst s -> quote(s.value());
            case ClassConst cc -> cc.name();
            case MethodConst mc -> ((ClassConst) cf.pool().get(mc.classIndex() - 1)).name() + "." + mc.name()
                + (op == Op.CALL || op == Op.CALLSTATIC ? "#" + mc.ordinal() : "") + " " + mc.descriptor();
        };
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
