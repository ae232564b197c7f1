package phantom.vm.code;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A class file (docs/class-format.md): the unit the VM loads. {@link #parse} reads and checks
 * the container (magic, version, length, checksum, well-formed tables) and throws
 * {@link ClassFormatException} for anything else; the {@link Verifier} then checks the code.
 */
public record ClassFile(String name, int version, String superName, List<String> interfaces,
                        List<String> objFields, List<String> intFields, List<Const> pool,
                        List<Method> methods) {

    public static final int MAGIC = 0x4C434850; // "PHCL" little endian
    /** Written: 2 adds each method's line-number table; format 1 files (no table) are still read. */
    public static final int FORMAT = 2;
    public static final int FORMAT_NO_LINES = 1;
    /** Largest class file accepted: big enough for anything real, small enough to refuse junk at once. */
    public static final int MAX_SIZE = 16 << 20;

    public static final int STATIC = 1;

    /** Constant-pool entries. Index 0 is never used, so 0 can mean "none". */
    public sealed interface Const permits IntConst, LongConst, FloatConst, DoubleConst, StringConst, ClassConst, MethodConst {}

    public record IntConst(int value) implements Const {}

    public record LongConst(long value) implements Const {}

    public record FloatConst(float value) implements Const {}

    public record DoubleConst(double value) implements Const {}

    public record StringConst(String value) implements Const {}

    public record ClassConst(String name) implements Const {}

    /** A method reference: the class (a ClassConst index), name, descriptor and ordinal. */
    public record MethodConst(int classIndex, String name, String descriptor, int ordinal) implements Const {}

    public record Handler(int start, int end, int handler, int classIndex) {}

    /**
     * A method. {@code lines} is its line-number table: pairs (code offset, source line), offsets
     * ascending; empty when the file has none (format 1, or code not from the assembler).
     */
    public record Method(String name, String descriptor, int flags, int ordinal, int maxOLocals, int maxILocals,
                         int maxOStack, int maxIStack, byte[] code, List<Handler> handlers, int[] lines) {
        private static final int[] NO_LINES = {};

        public Method(String name, String descriptor, int flags, int ordinal, int maxOLocals, int maxILocals,
                      int maxOStack, int maxIStack, byte[] code, List<Handler> handlers) {
            this(name, descriptor, flags, ordinal, maxOLocals, maxILocals, maxOStack, maxIStack, code, handlers, NO_LINES);
        }

        public Method {
            if (lines == null) lines = NO_LINES;
        }

        public boolean isStatic() { return (flags & STATIC) != 0; }

        /** The source line of the instruction at {@code pc} (the last entry at or before it), or -1 when unknown. */
        public int lineAt(int pc) {
            int line = -1;
            for (int i = 0; i + 1 < lines.length && lines[i] <= pc; i += 2) line = lines[i + 1];
            return line;
        }

        public Descriptor signature() { return Descriptor.parse(descriptor); }
    }

    // ------------------------------------------------------------------ writing

    public byte[] toBytes() { return toBytes(FORMAT); }

    /** Writes in {@code format}: {@link #FORMAT_NO_LINES} drops the line tables (files as older builds wrote them). */
    public byte[] toBytes(int format) {
        if (format != FORMAT && format != FORMAT_NO_LINES) throw new IllegalArgumentException("no class file format " + format);
        Out body = new Out();
        body.str(name);
        body.u32(version);
        body.str(superName == null ? "" : superName);
        body.strs(interfaces);
        body.strs(objFields);
        body.strs(intFields);
        body.u16(pool.size() + 1);
        for (Const c : pool) {
            switch (c) {
                case IntConst i -> { body.u8(1); body.u32(i.value()); }
                case LongConst l -> { body.u8(2); body.u64(l.value()); }
                case FloatConst f -> { body.u8(3); body.u32(Float.floatToRawIntBits(f.value())); }
                case DoubleConst d -> { body.u8(4); body.u64(Double.doubleToRawLongBits(d.value())); }
                case StringConst s -> { body.u8(5); body.str(s.value()); }
                case ClassConst k -> { body.u8(6); body.str(k.name()); }
                case MethodConst m -> { body.u8(7); body.u16(m.classIndex()); body.str(m.name()); body.str(m.descriptor()); body.u16(m.ordinal()); }
            }
        }
        body.u16(methods.size());
        for (Method m : methods) {
            body.str(m.name());
            body.str(m.descriptor());
            body.u8(m.flags());
            body.u16(m.ordinal());
            body.u16(m.maxOLocals());
            body.u16(m.maxILocals());
            body.u16(m.maxOStack());
            body.u16(m.maxIStack());
            body.u32(m.code().length);
            body.bytes(m.code());
            body.u16(m.handlers().size());
            for (Handler h : m.handlers()) {
                body.u32(h.start());
                body.u32(h.end());
                body.u32(h.handler());
                body.u16(h.classIndex());
            }
            if (format == FORMAT_NO_LINES) continue;
            body.u16(m.lines().length / 2);
            for (int i = 0; i + 1 < m.lines().length; i += 2) {
                body.u32(m.lines()[i]);
                body.u32(m.lines()[i + 1]);
            }
        }
        byte[] b = body.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(b);
        Out out = new Out();
        out.u32(MAGIC);
        out.u16(format);
        out.u16(0);
        out.u32((int) crc.getValue());
        out.u32(b.length);
        out.bytes(b);
        return out.toByteArray();
    }

    private static final class Out extends ByteArrayOutputStream {
        void u8(int v) { write(v); }

        void u16(int v) { write(v); write(v >>> 8); }

        void u32(int v) { u16(v); u16(v >>> 16); }

        void u64(long v) { u32((int) v); u32((int) (v >>> 32)); }

        void bytes(byte[] b) { write(b, 0, b.length); }

        void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u16(b.length);
            bytes(b);
        }

        void strs(List<String> l) {
            u16(l.size());
            for (String s : l) str(s);
        }
    }

    // ------------------------------------------------------------------ reading

    public static ClassFile parse(byte[] bytes) {
        if (bytes.length > MAX_SIZE) throw new ClassFormatException("?", "class file is " + bytes.length + " bytes; the limit is " + MAX_SIZE);
        In in = new In(bytes, "?");
        if (bytes.length < 16 || in.u32() != MAGIC) throw new ClassFormatException("?", "not a Phantom class file (bad magic number)");
        int format = in.u16();
        if (format != FORMAT && format != FORMAT_NO_LINES) {
            throw new ClassFormatException("?", "class file format " + format + "; this VM reads formats " + FORMAT_NO_LINES + " and " + FORMAT);
        }
        in.u16();
        int crc = in.u32();
        int length = in.u32();
        if (length != bytes.length - 16) {
            throw new ClassFormatException("?", (length > bytes.length - 16 ? "truncated" : "oversized") + " class file: header says "
                + length + " bytes of body, file has " + (bytes.length - 16));
        }
        CRC32C c = new CRC32C();
        c.update(bytes, 16, length);
        if ((int) c.getValue() != crc) throw new ClassFormatException("?", "class file checksum mismatch: the file is damaged");
        String name = in.str();
        in.className = name;
        if (name.isEmpty()) throw new ClassFormatException("?", "class has no name");
        int version = in.u32();
        String superName = in.str();
        List<String> interfaces = in.strs();
        List<String> objFields = in.strs();
        List<String> intFields = in.strs();
        int poolCount = in.u16() - 1;
        if (poolCount < 0) throw new ClassFormatException(name, "constant pool count 0");
        List<Const> pool = new ArrayList<>(poolCount);
        for (int i = 1; i <= poolCount; i++) {
            int tag = in.u8();
            pool.add(switch (tag) {
                case 1 -> new IntConst(in.u32());
                case 2 -> new LongConst(in.u64());
                case 3 -> new FloatConst(Float.intBitsToFloat(in.u32()));
                case 4 -> new DoubleConst(Double.longBitsToDouble(in.u64()));
                case 5 -> new StringConst(in.str());
                case 6 -> new ClassConst(in.str());
                case 7 -> new MethodConst(in.u16(), in.str(), in.str(), in.u16());
                default -> throw new ClassFormatException(name, "constant " + i + " has unknown tag " + tag);
            });
        }
        int methodCount = in.u16();
        List<Method> methods = new ArrayList<>(methodCount);
        for (int i = 0; i < methodCount; i++) {
            String mname = in.str();
            String desc = in.str();
            int flags = in.u8();
            int ordinal = in.u16();
            int mol = in.u16(), mil = in.u16(), mos = in.u16(), mis = in.u16();
            int codeLength = in.u32();
            if (codeLength < 0 || codeLength > in.remaining()) {
                throw new ClassFormatException(name, "method " + mname + ": code length " + codeLength + " runs past the end of the file");
            }
            byte[] code = in.bytes(codeLength);
            int hc = in.u16();
            List<Handler> hs = new ArrayList<>(hc);
            for (int h = 0; h < hc; h++) hs.add(new Handler(in.u32(), in.u32(), in.u32(), in.u16()));
            int[] lines = format >= FORMAT ? lineTable(in, name, mname, codeLength) : null;
            methods.add(new Method(mname, desc, flags, ordinal, mol, mil, mos, mis, code, List.copyOf(hs), lines));
        }
        if (in.remaining() != 0) throw new ClassFormatException(name, in.remaining() + " bytes of garbage after the last method");
        return new ClassFile(name, version, superName.isEmpty() ? null : superName, interfaces, objFields, intFields,
            List.copyOf(pool), List.copyOf(methods));
    }

    /** Reads a line table; offsets must ascend inside the code, lines be positive (they only feed messages, but junk is refused like everything else). */
    private static int[] lineTable(In in, String cls, String method, int codeLength) {
        int n = in.u16();
        if (n > in.remaining() / 8) throw new ClassFormatException(cls, "method " + method + ": line table runs past the end of the file");
        int[] lines = new int[2 * n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            int pc = in.u32(), line = in.u32();
            if (pc <= last || pc >= codeLength || line <= 0) {
                throw new ClassFormatException(cls, "method " + method + ": line table entry " + i + " (offset " + pc + ", line " + line
                    + ") is out of order or out of range");
            }
            lines[2 * i] = pc;
            lines[2 * i + 1] = line;
            last = pc;
        }
        return lines;
    }

    private static final class In {
        private final ByteBuffer b;
        String className;

        In(byte[] bytes, String className) {
            this.b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            this.className = className;
        }

        int remaining() { return b.remaining(); }

        private void need(int n) {
            if (b.remaining() < n) throw new ClassFormatException(className, "truncated class file at byte " + b.position());
        }

        int u8() { need(1); return b.get() & 0xFF; }

        int u16() { need(2); return b.getShort() & 0xFFFF; }

        int u32() { need(4); return b.getInt(); }

        long u64() { need(8); return b.getLong(); }

        byte[] bytes(int n) {
            need(n);
            byte[] r = new byte[n];
            b.get(r);
            return r;
        }

        String str() {
            int n = u16();
            byte[] r = bytes(n);
            return new String(r, StandardCharsets.UTF_8);
        }

        List<String> strs() {
            int n = u16();
            if (n > remaining() / 2) throw new ClassFormatException(className, "truncated class file at byte " + b.position());
            List<String> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) l.add(str());
            return List.copyOf(l);
        }
    }
}
