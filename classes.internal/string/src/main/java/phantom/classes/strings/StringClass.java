package phantom.classes.strings;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.DirectMethod;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * Immutable strings: UTF-8 bytes as the object's data. Indexes count UTF-16 units, as Java's
 * do. Every operation makes a new string; none changes one.
 */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=string")
public final class StringClass extends AbstractInternalClass {
    public StringClass() { super("string", 1, CoreClasses.STRING); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.STRING.get(ordinal)) {
            case "length" -> Ref.ofInt(length(call.space(), self));
            case "concat" -> concatAny(call, self, arg(call, args, 0));
            case "compare" -> Ref.ofInt(Integer.signum(text(call, self).compareTo(call.stringValue(arg(call, args, 0)))));
            case "substring" -> {
                String t = text(call, self);
                long from = intArg(call, args, 0), to = intArg(call, args, 1);
                if (from < 0 || to > t.length() || from > to) throw call.error("substring(" + from + ", " + to + ") of a string of length " + t.length());
                yield call.newString(t.substring((int) from, (int) to));
            }
            case "indexOf" -> Ref.ofInt(text(call, self).indexOf(call.stringValue(arg(call, args, 0))));
            case "charAt" -> {
                String t = text(call, self);
                long i = intArg(call, args, 0);
                if (i < 0 || i >= t.length()) throw call.error("index " + i + " of a string of length " + t.length());
                yield Ref.ofInt(t.charAt((int) i));
            }
            case "toInt" -> {
                String t = text(call, self).trim();
                try {
                    yield Ref.ofInt(Long.parseLong(t));
                } catch (NumberFormatException e) {
                    throw call.error("not a number: '" + t + "'");
                }
            }
            case "fromInt" -> call.newString(Long.toString(intArg(call, args, 0)));
            case "fromObject" -> call.newString(call.describe(arg(call, args, 0)));
            case "startsWith" -> Ref.ofInt(text(call, self).startsWith(call.stringValue(arg(call, args, 0))) ? 1 : 0);
            case "indexOfFrom" -> Ref.ofInt(text(call, self).indexOf(call.stringValue(arg(call, args, 0)), (int) intArg(call, args, 1)));
            case "lastIndexOfFrom" -> Ref.ofInt(text(call, self).lastIndexOf(call.stringValue(arg(call, args, 0)), (int) intArg(call, args, 1)));
            case "compareTo" -> Ref.ofInt(text(call, self).compareTo(call.stringValue(arg(call, args, 0))));
            case "toLower" -> call.newString(text(call, self).toLowerCase(Locale.ROOT));
            case "toUpper" -> call.newString(text(call, self).toUpperCase(Locale.ROOT));
            case "fromChar" -> call.newString(String.valueOf((char) intArg(call, args, 0)));
            case "fromChars" -> fromChars(call, args);
            case "getChars" -> getChars(call, self, args);
            case "fromLong" -> call.newString(Long.toString(longArg(call, args, 0)));
            case "fromDouble" -> call.newString(Double.toString(doubleArg(call, args, 0)));
            case "fromFloat" -> call.newString(Float.toString((float) doubleArg(call, args, 0)));
            case "toDouble" -> newDouble(call, parse(text(call, self)));
            case "isDouble" -> Ref.ofInt(isDouble(text(call, self)) ? 1 : 0);
            case "intern" -> call.intern(self);
            default -> throw call.error("string has no method #" + ordinal);
        };
    }

    /** new String(chars, off, len) of a VM char[]. */
    private static long fromChars(NativeCall call, long[] args) {
        long chars = arg(call, args, 0);
        long off = intArg(call, args, 1), len = intArg(call, args, 2);
        if (!call.className(chars).equals("char[]")) throw call.error("fromChars of a " + call.className(chars) + ", not a char[]");
        int n = call.arrayLength(chars);
        if (off < 0 || len < 0 || off > n - len) throw call.error("fromChars(" + off + ", " + len + ") of a char[] of length " + n);
        if (len > call.maxStringBytes()) throw call.error("fromChars of " + len + " chars, over the limit of " + call.maxStringBytes() + " bytes");
        return call.newString(new String(call.readChars(chars, (int) off, (int) len)));
    }

    /** this.getChars(from, to, dst, at) into a VM char[]. */
    private static long getChars(NativeCall call, long self, long[] args) {
        String t = text(call, self);
        long from = intArg(call, args, 0), to = intArg(call, args, 1), at = intArg(call, args, 3);
        long dst = arg(call, args, 2);
        if (!call.className(dst).equals("char[]")) throw call.error("getChars into a " + call.className(dst) + ", not a char[]");
        int n = call.arrayLength(dst);
        if (from < 0 || to > t.length() || from > to) throw call.error("getChars(" + from + ", " + to + ") of a string of length " + t.length());
        if (at < 0 || at > n - (to - from)) throw call.error("getChars of " + (to - from) + " chars at " + at + " into a char[] of length " + n);
        char[] c = new char[(int) (to - from)];
        t.getChars((int) from, (int) to, c, 0);
        call.writeChars(dst, (int) at, c, 0, c.length);
        return Ref.NULL;
    }

    /** A long argument: an immediate, or a {@code long} object (8 data bytes) for values an immediate cannot hold. */
    private static long longArg(NativeCall call, long[] args, int i) {
        long v = arg(call, args, i);
        if (Ref.isInt(v)) return Ref.intValue(v);
        if (call.className(v).equals("long")) return call.space().getLong(v, 0);
        throw call.error("argument " + (i + 1) + " must be a long, is " + call.className(v));
    }

    /** A double argument: a {@code double} object (8 data bytes), or an immediate int. */
    private static double doubleArg(NativeCall call, long[] args, int i) {
        long v = arg(call, args, i);
        if (Ref.isInt(v)) return Ref.intValue(v);
        if (call.className(v).equals("double")) return call.space().getDouble(v, 0);
        throw call.error("argument " + (i + 1) + " must be a double, is " + call.className(v));
    }

    private static long newDouble(NativeCall call, double v) {
        long o = call.newInstance("double");
        call.space().setDouble(o, 0, v);
        return o;
    }

    /** Double.parseDouble's value, NaN when the text is not a number. */
    private static double parse(String t) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isDouble(String t) {
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The hot methods bound per call site, without boxes: the same code as invoke's. */
    private static final int LENGTH = CoreClasses.STRING.indexOf("length"), CONCAT = CoreClasses.STRING.indexOf("concat"),
        FROM_INT = CoreClasses.STRING.indexOf("fromInt");

    private final DirectMethod[] direct = directTable();

    private static DirectMethod[] directTable() {
        DirectMethod[] d = new DirectMethod[CoreClasses.STRING.size()];
        d[LENGTH] = DirectMethod.of("()I", (c, self, a0, a1) -> length(c.space(), self));
        d[CONCAT] = DirectMethod.of("(O)O", (c, self, a0, a1) -> concatAny(c, self, a0));
        d[FROM_INT] = DirectMethod.of("(I)O", (c, self, a0, a1) -> c.newString(Integer.toString((int) a0)));
        return d;
    }

    @Override public DirectMethod direct(int ordinal) { return ordinal >= 0 && ordinal < direct.length ? direct[ordinal] : null; }

    /** This string joined with {@code other}: byte by byte when it is a string, else with its text. */
    private static long concatAny(NativeCall call, long self, long other) {
        ObjectSpace s = call.space();
        if (Ref.isObject(other) && s.classOf(other) == s.classOf(self)) return concat(call, s, self, other);
        String a = text(call, self), b = call.describe(other);
        // refused before the Java string is built: a doubling loop must not exhaust the carrier's heap
        if ((long) a.length() + b.length() > call.maxStringBytes()) {
            throw call.error("concat would make a string of " + ((long) a.length() + b.length())
                + " characters, over the limit of " + call.maxStringBytes() + " bytes");
        }
        return call.newString(a + b);
    }

    private static String text(NativeCall call, long self) { return call.stringValue(self); }

    /** UTF-16 units of a string: its byte count when it is ASCII (most are), without decoding it. */
    private static int length(ObjectSpace s, long self) {
        int n = s.dataBytes(self);
        if (s.isAscii(self, 0, n)) return n;
        byte[] b = new byte[n];
        s.readBytes(self, 0, b, 0, n);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8).length();
    }

    /** Two strings joined byte by byte: UTF-8 joined is UTF-8, so nothing is decoded or encoded. */
    private static long concat(NativeCall call, ObjectSpace s, long a, long b) {
        int na = s.dataBytes(a), nb = s.dataBytes(b);
        if ((long) na + nb > call.maxStringBytes()) {
            throw call.error("concat would make a string of " + ((long) na + nb) + " bytes, over the limit of " + call.maxStringBytes() + " bytes");
        }
        long r = s.allocate(s.classOf(a), 0, na + nb);
        s.copyBytes(a, 0, r, 0, na);
        s.copyBytes(b, 0, r, na, nb);
        return r;
    }

    @Override protected String toString(NativeCall call, long self) { return text(call, self); }

    @Override protected boolean isEqual(NativeCall call, long self, long other) {
        return call.className(other).equals("string") && text(call, self).equals(call.stringValue(other));
    }

    @Override protected int hash(NativeCall call, long self) { return text(call, self).hashCode(); }
}
