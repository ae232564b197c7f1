package phantom.vm.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import phantom.api.classes.CoreClasses;
import phantom.vm.code.ClassFile.ClassConst;
import phantom.vm.code.ClassFile.Const;
import phantom.vm.code.ClassFile.DoubleConst;
import phantom.vm.code.ClassFile.FloatConst;
import phantom.vm.code.ClassFile.Handler;
import phantom.vm.code.ClassFile.IntConst;
import phantom.vm.code.ClassFile.LongConst;
import phantom.vm.code.ClassFile.Method;
import phantom.vm.code.ClassFile.MethodConst;
import phantom.vm.code.ClassFile.StringConst;

/**
 * Turns assembly text (docs/bytecode.md, "Assembly") into class files. One source may hold
 * several classes. Stack depths and local counts are computed, method ordinals assigned
 * (inherited methods first, an override takes its parent's ordinal), names resolved. Errors
 * name the source line.
 */
public final class Assembler {

    /** A source error, with its line number. */
    public static final class AsmException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public AsmException(int line, String message) { super("line " + line + ": " + message); }
    }

    private record Line(int number, String label, String op, List<String> args) {}

    private static final class MethodSrc {
        String name, desc;
        int flags, ordinal;
        final List<Line> body = new ArrayList<>();
        int line;
    }

    private static final class ClassSrc {
        String name, superName = "object";
        int version = 1, line;
        final List<String> interfaces = new ArrayList<>(), objFields = new ArrayList<>(), intFields = new ArrayList<>();
        final List<MethodSrc> methods = new ArrayList<>();
    }

    private final Map<String, ClassSrc> classes = new LinkedHashMap<>();
    /** Method tables of the internal classes: the bound bundles' in a running system, the core lists offline. */
    private final java.util.function.Function<String, List<String>> internalTables;

    private Assembler(java.util.function.Function<String, List<String>> internalTables) { this.internalTables = internalTables; }

    /** Assembles {@code source} against the core internal classes' tables; returns the class files in source order. */
    public static List<ClassFile> assemble(String source) {
        return assemble(source, CoreClasses.ALL::get);
    }

    /**
     * Assembles {@code source} against {@code internalTables} (class name to method table, null
     * when no such internal class), so a call may name a method an updated bundle added.
     */
    public static List<ClassFile> assemble(String source, java.util.function.Function<String, List<String>> internalTables) {
        Assembler a = new Assembler(internalTables);
        a.parse(source);
        a.checkHierarchy();
        List<ClassFile> out = new ArrayList<>();
        for (ClassSrc c : a.classes.values()) out.add(a.build(c));
        return out;
    }

    // ------------------------------------------------------------------ parsing

    private void parse(String source) {
        String[] lines = source.split("\r?\n", -1);
        ClassSrc cls = null;
        MethodSrc method = null;
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            List<String> tokens = tokenize(lines[i], n);
            if (tokens.isEmpty()) continue;
            String label = null;
            if (tokens.get(0).endsWith(":") && !tokens.get(0).startsWith("\"")) {
                label = tokens.get(0).substring(0, tokens.get(0).length() - 1);
                tokens = tokens.subList(1, tokens.size());
            }
            if (tokens.isEmpty()) {
                if (method == null) throw new AsmException(n, "a label outside a method");
                method.body.add(new Line(n, label, null, List.of()));
                continue;
            }
            String head = tokens.get(0);
            List<String> args = tokens.subList(1, tokens.size());
            if (method != null) {
                if (head.equals("end")) {
                    if (label != null) method.body.add(new Line(n, label, null, List.of()));
                    method = null;
                } else {
                    method.body.add(new Line(n, label, head, List.copyOf(args)));
                }
                continue;
            }
            switch (head) {
                case "class" -> {
                    need(args, 1, n, "class NAME [extends SUPER]");
                    cls = new ClassSrc();
                    cls.name = args.get(0);
                    cls.line = n;
                    if (args.size() >= 3 && args.get(1).equals("extends")) cls.superName = args.get(2);
                    else if (args.size() != 1) throw new AsmException(n, "expected: class NAME [extends SUPER]");
                    if (classes.put(cls.name, cls) != null) throw new AsmException(n, "class " + cls.name + " defined twice");
                }
                case "version" -> inClass(cls, n).version = parseInt(args, n);
                case "implements" -> inClass(cls, n).interfaces.addAll(args);
                case "field" -> {
                    need(args, 2, n, "field obj|int NAME");
                    ClassSrc c = inClass(cls, n);
                    if (args.get(0).equals("obj")) c.objFields.add(args.get(1));
                    else if (args.get(0).equals("int")) c.intFields.add(args.get(1));
                    else throw new AsmException(n, "field kind must be obj or int");
                }
                case "method", "static" -> {
                    ClassSrc c = inClass(cls, n);
                    List<String> a = args;
                    MethodSrc m = new MethodSrc();
                    if (head.equals("static")) {
                        if (a.isEmpty() || !a.get(0).equals("method")) throw new AsmException(n, "expected: static method NAME DESCRIPTOR");
                        a = a.subList(1, a.size());
                        m.flags = ClassFile.STATIC;
                    }
                    need(a, 2, n, "method NAME DESCRIPTOR");
                    m.name = a.get(0);
                    m.desc = a.get(1);
                    m.line = n;
                    try {
                        Descriptor.parse(m.desc);
                    } catch (IllegalArgumentException e) {
                        throw new AsmException(n, e.getMessage());
                    }
                    c.methods.add(m);
                    method = m;
                }
                default -> throw new AsmException(n, "unexpected '" + head + "' outside a method");
            }
        }
        if (method != null) throw new AsmException(method.line, "method " + method.name + " has no 'end'");
        if (classes.isEmpty()) throw new AsmException(1, "no class in the source");
    }

    /** Names of internal classes no class may extend: their state is not fields (docs/architecture.md, "Isolation"). */
    static final java.util.Set<String> VM_CLASSES = java.util.Set.of("frame", "error", "classfile", "backing");

    /** Longest superclass chain in one source: method tables are built recursively along it. */
    static final int MAX_CHAIN = 1024;

    /** Refuses superclass cycles (every later step walks the chain), chains too long, and subclasses of internal classes. */
    private void checkHierarchy() {
        for (ClassSrc c : classes.values()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ClassSrc s = c; s != null; s = classes.get(s.superName)) {
                if (!seen.add(s.name)) throw new AsmException(c.line, "class " + c.name + ": the superclass chain is a cycle through " + s.name);
                if (seen.size() > MAX_CHAIN) throw new AsmException(c.line, "class " + c.name + ": superclass chain longer than " + MAX_CHAIN);
                if (s.name.equals("object")) break;
                if (!classes.containsKey(s.superName) && !s.superName.equals("object")
                    && (CoreClasses.ALL.containsKey(s.superName) || VM_CLASSES.contains(s.superName))) {
                    throw new AsmException(s.line, "class " + s.name + " cannot extend internal class " + s.superName);
                }
            }
        }
    }

    private static ClassSrc inClass(ClassSrc c, int n) {
        if (c == null) throw new AsmException(n, "no class declared yet");
        return c;
    }

    private static void need(List<String> args, int count, int n, String form) {
        if (args.size() < count) throw new AsmException(n, "expected: " + form);
    }

    private static int parseInt(List<String> args, int n) {
        need(args, 1, n, "a number");
        try {
            return Integer.decode(args.get(0));
        } catch (NumberFormatException e) {
            throw new AsmException(n, "not a number: " + args.get(0));
        }
    }

    static List<String> tokenize(String line, int n) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ';' || c == '#' && (i + 1 >= line.length() || line.charAt(i + 1) == ' ')) break;
            if (Character.isWhitespace(c) || c == ',') { i++; continue; }
            if (c == '"') {
                StringBuilder sb = new StringBuilder("\"");
                i++;
                while (true) {
                    if (i >= line.length()) throw new AsmException(n, "unterminated string");
                    char d = line.charAt(i++);
                    if (d == '"') break;
                    if (d == '\\') {
                        if (i >= line.length()) throw new AsmException(n, "unterminated string");
                        char e = line.charAt(i++);
                        sb.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case '"' -> '"';
                            case '\\' -> '\\';
                            default -> throw new AsmException(n, "unknown escape \\" + e);
                        });
                    } else {
                        sb.append(d);
                    }
                }
                out.add(sb.toString());
                continue;
            }
            int j = i;
            while (j < line.length() && !Character.isWhitespace(line.charAt(j)) && line.charAt(j) != ',' && line.charAt(j) != ';') j++;
            out.add(line.substring(i, j));
            i = j;
        }
        return out;
    }

    // ------------------------------------------------------------------ building

    /** Method table (name+descriptor keys, by ordinal) of a class: inherited first. */
    private List<String> vtable(String className, int line) {
        ClassSrc c = classes.get(className);
        if (c == null) {
            List<String> core = internalTables.apply(className);
            if (core == null) core = CoreClasses.ALL.get(className);
            return core;
        }
        List<String> table = new ArrayList<>();
        if (!c.name.equals("object")) {
            List<String> parent = vtable(c.superName, line);
            if (parent == null) throw new AsmException(c.line, "superclass " + c.superName + " of " + c.name + " is unknown to the assembler");
            table.addAll(parent);
        }
        for (MethodSrc m : c.methods) {
            // bytecode methods by name and descriptor (overloads are different methods); internal tables hold names
            String key = m.name + m.desc;
            int at = table.indexOf(key);
            if (at < 0 || (m.flags & ClassFile.STATIC) != 0) {
                m.ordinal = table.size();
                table.add(key);
            } else {
                m.ordinal = at;
            }
        }
        return table;
    }

    private int[] inheritedFields(ClassSrc c) {
        int o = 0, n = 0;
        ClassSrc s = classes.get(c.superName);
        while (s != null) {
            o += s.objFields.size();
            n += s.intFields.size();
            s = classes.get(s.superName);
        }
        return new int[] { o, n };
    }

    private List<String> allFields(ClassSrc c, boolean obj) {
        List<ClassSrc> chain = new ArrayList<>();
        for (ClassSrc s = c; s != null; s = classes.get(s.superName)) chain.add(0, s);
        List<String> l = new ArrayList<>();
        for (ClassSrc s : chain) l.addAll(obj ? s.objFields : s.intFields);
        return l;
    }

    private ClassFile build(ClassSrc c) {
        vtable(c.name, c.line);
        List<Const> pool = new ArrayList<>();
        Map<Const, Integer> poolIndex = new HashMap<>();
        List<Method> methods = new ArrayList<>();
        int[] inherited = inheritedFields(c);
        for (MethodSrc m : c.methods) {
            methods.add(method(c, m, pool, poolIndex));
        }
        ClassFile draft = new ClassFile(c.name, c.version, c.superName, List.copyOf(c.interfaces), List.copyOf(c.objFields),
            List.copyOf(c.intFields), List.copyOf(pool), methods);
        // measure the stacks with the verifier itself, then record the depths it found
        Verifier.Context ctx = new Verifier.Context() {
            @Override public int inheritedObjFields() { return inherited[0]; }

            @Override public int inheritedIntFields() { return inherited[1]; }

            @Override public int methodCount(String name) {
                List<String> t = vtable(name, c.line);
                return t == null ? -1 : t.size();
            }
        };
        List<Method> sized = new ArrayList<>();
        for (Method m : methods) {
            int[] depth = Verifier.measure(draft, ctx, m);
            sized.add(new Method(m.name(), m.descriptor(), m.flags(), m.ordinal(), m.maxOLocals(), m.maxILocals(),
                depth[1], depth[0], m.code(), m.handlers(), m.lines()));
        }
        ClassFile cf = new ClassFile(c.name, c.version, c.superName, draft.interfaces(), draft.objFields(), draft.intFields(),
            draft.pool(), List.copyOf(sized));
        Verifier.verify(cf, ctx);
        return cf;
    }

    private static int constant(List<Const> pool, Map<Const, Integer> index, Const c) {
        return index.computeIfAbsent(c, k -> {
            pool.add(k);
            return pool.size();
        });
    }

    private Method method(ClassSrc c, MethodSrc m, List<Const> pool, Map<Const, Integer> poolIndex) {
        Descriptor d = Descriptor.parse(m.desc);
        Map<String, Integer> labels = new HashMap<>();
        // pass 1: offsets
        int pc = 0;
        for (Line l : m.body) {
            if (l.label() != null && labels.put(l.label(), pc) != null) throw new AsmException(l.number(), "label " + l.label() + " defined twice");
            if (l.op() == null || l.op().equals("catch") || l.op().equals("line")) continue;
            Op op = Op.named(l.op());
            if (op == null) op = alias(l);
            if (op == null) throw new AsmException(l.number(), "unknown instruction '" + l.op() + "'");
            pc += op.fmt == Op.Fmt.SWITCH ? 13 + 4 * Math.max(0, l.args().size() - 2) : 1 + op.fmt.size;
        }
        // pass 2: code
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        List<Handler> handlers = new ArrayList<>();
        // the line-number table: one entry per instruction (each sits on its own source line)
        List<Integer> lines = new ArrayList<>();
        int maxO = d.objParams() + 1, maxI = d.intParams();
        // "line N": the instructions after it are of source line N (a front end's own source), not of their assembly line
        int sourceLine = -1;
        for (Line l : m.body) {
            if (l.op() == null) continue;
            int n = l.number();
            List<String> a = l.args();
            if (l.op().equals("line")) {
                sourceLine = number(one(a, n), n, 1, Integer.MAX_VALUE);
                continue;
            }
            if (l.op().equals("catch")) {
                need(a, 3, n, "catch FROM TO HANDLER [CLASS]");
                int cls = a.size() > 3 ? constant(pool, poolIndex, new ClassConst(a.get(3))) : 0;
                handlers.add(new Handler(label(labels, a.get(0), n), label(labels, a.get(1), n), label(labels, a.get(2), n), cls));
                continue;
            }
            int at = code.size();
            lines.add(at);
            lines.add(sourceLine > 0 ? sourceLine : n);
            Op op = Op.named(l.op());
            if (op == null) {
                op = alias(l);
                a = aliasArgs(l);
            }
            code.write(op.code);
            switch (op.fmt) {
                case NONE -> { }
                case U8 -> {
                    int v;
                    if (op == Op.OGETF || op == Op.OPUTF || op == Op.IGETF || op == Op.IPUTF || op == Op.LGETF
                        || op == Op.LPUTF || op == Op.DGETF || op == Op.DPUTF) {
                        boolean obj = op == Op.OGETF || op == Op.OPUTF;
                        v = fieldOrdinal(allFields(c, obj), one(a, n), n);
                    } else if (op == Op.NEWARRAY) {
                        String kind = one(a, n);
                        v = Op.ARRAY_KINDS.indexOf(kind);
                        if (v < 0) throw new AsmException(n, "newarray of " + kind + ": the element kinds are " + String.join(", ", Op.ARRAY_KINDS));
                    } else {
                        v = number(one(a, n), n, 0, 255);
                        if (op == Op.OLOAD || op == Op.OSTORE) maxO = Math.max(maxO, v + 1);
                        else maxI = Math.max(maxI, v + 1);
                    }
                    code.write(v);
                }
                case S32 -> le32(code, number(one(a, n), n, Integer.MIN_VALUE, Integer.MAX_VALUE));
                case U16 -> le16(code, poolOperand(c, op, a, n, pool, poolIndex));
                case FIELD -> {
                    need(a, 2, n, op.mnemonic + " CLASS FIELD");
                    le16(code, constant(pool, poolIndex, new ClassConst(a.get(0))));
                    le16(code, constant(pool, poolIndex, new StringConst(a.get(1))));
                }
                case JUMP -> le32(code, label(labels, one(a, n), n) - at);
                case IINC -> {
                    need(a, 2, n, "iinc LOCAL DELTA");
                    int v = number(a.get(0), n, 0, 255);
                    maxI = Math.max(maxI, v + 1);
                    code.write(v);
                    code.write(number(a.get(1), n, -128, 127));
                }
                case SWITCH -> {
                    need(a, 3, n, "tableswitch LOW DEFAULT CASE...");
                    int low = number(a.get(0), n, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    le32(code, low);
                    le32(code, low + a.size() - 3);
                    le32(code, label(labels, a.get(1), n) - at);
                    for (int i = 2; i < a.size(); i++) le32(code, label(labels, a.get(i), n) - at);
                }
            }
        }
        return new Method(m.name, m.desc, m.flags, m.ordinal, maxO, maxI, 255, 255, code.toByteArray(), List.copyOf(handlers),
            lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Shorthands: lconst/fconst/dconst N become ildc of a pool constant. */
    private static Op alias(Line l) {
        return switch (l.op()) {
            case "lconst", "fconst", "dconst" -> Op.ILDC;
            default -> null;
        };
    }

    private static List<String> aliasArgs(Line l) {
        String v = one(l.args(), l.number());
        return List.of(switch (l.op()) {
            case "lconst" -> v + "L";
            case "fconst" -> v + "f";
            default -> v.contains(".") || v.contains("e") ? v : v + ".0";
        });
    }

    private int poolOperand(ClassSrc c, Op op, List<String> a, int n, List<Const> pool, Map<Const, Integer> idx) {
        String v = one(a, n);
        switch (op) {
            case ILDC -> {
                Const k;
                try {
                    if (v.endsWith("L")) k = new LongConst(Long.decode(v.substring(0, v.length() - 1)));
                    else if (v.endsWith("f")) k = new FloatConst(Float.parseFloat(v.substring(0, v.length() - 1)));
                    else if (v.contains(".") || v.contains("e") || v.contains("E")) k = new DoubleConst(Double.parseDouble(v));
                    else k = new IntConst(Integer.decode(v));
                } catch (NumberFormatException e) {
                    throw new AsmException(n, "not a number: " + v);
                }
                return constant(pool, idx, k);
            }
            case OLDC -> {
                if (!v.startsWith("\"")) throw new AsmException(n, "oldc takes a string in double quotes");
                return constant(pool, idx, new StringConst(v.substring(1)));
            }
            case NEW, CLASS, INSTANCEOF, CHECKCAST, SINGLETON, ANEWARRAY -> {
                return constant(pool, idx, new ClassConst(v));
            }
            case CALL, CALLSTATIC -> {
                need(a, 2, n, op.mnemonic + " CLASS.METHOD DESCRIPTOR");
                int dot = v.lastIndexOf('.');
                if (dot <= 0) throw new AsmException(n, "expected CLASS.METHOD, got " + v);
                String cls = v.substring(0, dot), name = v.substring(dot + 1);
                int ordinal;
                int hash = name.indexOf('#');
                if (hash >= 0) {
                    ordinal = number(name.substring(hash + 1), n, 0, 65535);
                    name = name.substring(0, hash);
                } else {
                    List<String> table = vtable(cls, n);
                    if (table == null) throw new AsmException(n, "class " + cls + " is not in this source nor a core class: give the ordinal as " + v + "#N");
                    ordinal = table.indexOf(name + a.get(1));
                    if (ordinal < 0) ordinal = table.indexOf(name); // an internal class's method: by name
                    if (ordinal < 0) throw new AsmException(n, "class " + cls + " has no method " + name);
                }
                try {
                    Descriptor.parse(a.get(1));
                } catch (IllegalArgumentException e) {
                    throw new AsmException(n, e.getMessage());
                }
                int ci = constant(pool, idx, new ClassConst(cls));
                return constant(pool, idx, new MethodConst(ci, name, a.get(1), ordinal));
            }
            default -> throw new AsmException(n, "no pool operand for " + op.mnemonic);
        }
    }

    private static int fieldOrdinal(List<String> fields, String v, int n) {
        int i = fields.indexOf(v);
        if (i >= 0) return i;
        if (!v.isEmpty() && !Character.isDigit(v.charAt(0)) && v.charAt(0) != '-') {
            throw new AsmException(n, "no field " + v + " in this class or its superclasses in this source (a field of a class that is only"
                + " loaded is reached by name: igetfield CLASS " + v + ", and the like)");
        }
        return number(v, n, 0, 255);
    }

    private static int label(Map<String, Integer> labels, String name, int n) {
        Integer pc = labels.get(name);
        if (pc == null) throw new AsmException(n, "no label " + name);
        return pc;
    }

    private static String one(List<String> a, int n) {
        if (a.isEmpty()) throw new AsmException(n, "missing operand");
        return a.get(0);
    }

    private static int number(String s, int n, int min, int max) {
        try {
            long v = Long.decode(s);
            if (v < min || v > max) throw new AsmException(n, s + " is out of range " + min + ".." + max);
            return (int) v;
        } catch (NumberFormatException e) {
            throw new AsmException(n, "not a number: " + s);
        }
    }

    private static void le16(ByteArrayOutputStream o, int v) {
        o.write(v);
        o.write(v >>> 8);
    }

    private static void le32(ByteArrayOutputStream o, int v) {
        le16(o, v);
        le16(o, v >>> 16);
    }
}
