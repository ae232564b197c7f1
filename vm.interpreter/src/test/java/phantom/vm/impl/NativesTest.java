package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The internal methods and instructions the JVM front end binds java.lang.PhantomNative to:
 * each result is compared with what Java itself computes for the same arguments.
 */
public class NativesTest {
    private VmHarness vm;

    @Before public void open() throws Exception { vm = new VmHarness(); }

    @After public void close() throws Exception { vm.close(); }

    /** One program that prints one value per line; each value is checked against Java's. */
    private final class Prog {
        final StringBuilder body = new StringBuilder();
        final List<String> expected = new ArrayList<>();

        /** {@code code} leaves one value of {@code kind} (I J F D, or O for an object) on its stack. */
        Prog add(String kind, String code, Object expect) {
            String box = switch (kind) {
                case "I" -> "box";
                case "J" -> "lbox";
                case "D" -> "dbox";
                case "F" -> "f2d\n dbox";
                default -> "";
            };
            body.append(" new tty\n ").append(code).append("\n ").append(box).append("\n call tty.println (O)V\n");
            // a float is printed widened to a double (f2d, dbox)
            expected.add(expect instanceof Float f ? Double.toString(f) : String.valueOf(expect));
            return this;
        }

        /** The code of the {@code i}th printed value. */
        String snippet(int i) {
            String[] parts = body.toString().split(" new tty\n");
            return i + 1 < parts.length ? parts[i + 1] : "?";
        }

        void check() {
            String out = vm.run("class T\nmethod main ()V\n" + body + " ret\nend\n");
            List<String> lines = List.of(out.split("\n", -1));
            for (int i = 0; i < expected.size(); i++) {
                assertTrue("output ends before line " + i + ":\n" + out, i < lines.size());
                assertEquals("line " + i + " of the output, from:\n" + snippet(i), expected.get(i), lines.get(i));
            }
        }
    }

    private static String str(String s) { return "oldc \"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    /** A double constant on the integer stack, NaN and the infinities included. */
    private static String dconst(double d) {
        // Java's NaN exactly (0.0 / 0.0 at run time may set the sign bit, as x86 does)
        if (Double.isNaN(d)) return "lconst " + Double.doubleToRawLongBits(d) + "\n l2dbits";
        if (Double.isInfinite(d)) return "dconst " + (d > 0 ? "1.0" : "-1.0") + "\n dconst 0.0\n ddiv";
        return "dconst " + Double.toString(d);
    }

    // ------------------------------------------------------------------ strings

    @Test public void indexOfFromIsJavasIndexOf() {
        Prog p = new Prog();
        String[] hays = { "abcabc", "", "aaa" };
        String[] needles = { "bc", "", "a", "abcabcx", "c" };
        int[] froms = { Integer.MIN_VALUE, -5, -1, 0, 1, 2, 3, 4, 5, 6, 7, 100, Integer.MAX_VALUE };
        for (String h : hays) for (String n : needles) for (int f : froms) {
            p.add("I", str(h) + "\n " + str(n) + "\n iconst " + f + "\n call string.indexOfFrom (OI)I", h.indexOf(n, f));
        }
        p.check();
    }

    @Test public void lastIndexOfFromIsJavasLastIndexOf() {
        Prog p = new Prog();
        String[] hays = { "abcabc", "", "aaa" };
        String[] needles = { "bc", "", "a", "abcabcx", "c" };
        int[] froms = { Integer.MIN_VALUE, -5, -1, 0, 1, 2, 3, 4, 5, 6, 7, 100, Integer.MAX_VALUE };
        for (String h : hays) for (String n : needles) for (int f : froms) {
            p.add("I", str(h) + "\n " + str(n) + "\n iconst " + f + "\n call string.lastIndexOfFrom (OI)I", h.lastIndexOf(n, f));
        }
        p.check();
    }

    @Test public void compareToIsJavasCompareToAndCompareStaysTheSignum() {
        Prog p = new Prog();
        String[][] pairs = { { "abc", "abd" }, { "abc", "ab" }, { "ab", "abc" }, { "hello", "help" }, { "", "abc" }, { "abc", "" },
            { "Z", "a" }, { "same", "same" }, { "é", "e" }, { "a\uD83D\uDE00", "a\uFFFF" } };
        for (String[] s : pairs) {
            p.add("I", str(s[0]) + "\n " + str(s[1]) + "\n call string.compareTo (O)I", s[0].compareTo(s[1]));
            p.add("I", str(s[0]) + "\n " + str(s[1]) + "\n call string.compare (O)I", Integer.signum(s[0].compareTo(s[1])));
        }
        p.check();
    }

    @Test public void caseMappingIsJavasInTheRootLocale() {
        Prog p = new Prog();
        for (String s : List.of("Hello World 42", "", "straße", "ΟΔΟΣ", "İstanbul", "ǅ", "ﬁ")) {
            p.add("O", str(s) + "\n call string.toLower ()O", s.toLowerCase(Locale.ROOT));
            p.add("O", str(s) + "\n call string.toUpper ()O", s.toUpperCase(Locale.ROOT));
        }
        p.check();
    }

    @Test public void fromCharIsStringValueOfChar() {
        Prog p = new Prog();
        for (int c : new int[] { 'A', '0', ' ' + 1, 0xE9, 0x20AC, 0xFFFF - 2, 65 + 0x10000 }) {
            p.add("O", "iconst " + c + "\n callstatic string.fromChar (I)O", "[" + String.valueOf((char) c) + "]");
        }
        // brackets around each, so a space or an odd char still shows
        String body = p.body.toString().replace("callstatic string.fromChar (I)O\n",
            "callstatic string.fromChar (I)O\n ostore 1\n oldc \"[\"\n oload 1\n call string.concat (O)O\n oldc \"]\"\n call string.concat (O)O\n");
        p.body.setLength(0);
        p.body.append(body);
        p.check();
    }

    /** Code that leaves a new char[] holding {@code s} on the object stack (local 1 is used). */
    private static String charArray(String s) {
        StringBuilder b = new StringBuilder("iconst " + s.length() + "\n newarray char\n ostore 1\n");
        for (int i = 0; i < s.length(); i++) b.append(" oload 1\n iconst ").append(i).append("\n iconst ").append((int) s.charAt(i)).append("\n castore\n");
        return b.append(" oload 1").toString();
    }

    @Test public void fromCharsIsNewStringOfARange() {
        Prog p = new Prog();
        String s = "héllo, wörld\u20AC";
        int[][] ranges = { { 0, s.length() }, { 0, 0 }, { 3, 4 }, { s.length(), 0 }, { 7, s.length() - 7 } };
        for (int[] r : ranges) {
            p.add("O", charArray(s) + "\n iconst " + r[0] + "\n iconst " + r[1] + "\n callstatic string.fromChars (OII)O",
                new String(s.toCharArray(), r[0], r[1]));
        }
        p.check();
    }

    @Test public void getCharsCopiesARangeIntoACharArray() {
        Prog p = new Prog();
        String s = "abcdé\u20ACfg";
        int[][] cases = { { 0, 8, 0 }, { 2, 5, 3 }, { 4, 4, 8 }, { 0, 8, 2 } }; // from, to, at; the array has 10 chars
        for (int[] c : cases) {
            char[] dst = "0123456789".toCharArray();
            s.getChars(c[0], c[1], dst, c[2]);
            p.add("O", charArray("0123456789") + "\n ostore 2\n " + str(s) + "\n iconst " + c[0] + "\n iconst " + c[1] + "\n oload 2\n iconst " + c[2]
                + "\n call string.getChars (IIOI)V\n oload 2\n iconst 0\n iconst 10\n callstatic string.fromChars (OII)O", new String(dst));
        }
        p.check();
    }

    @Test public void badCharArrayArgumentsAreVmErrors() {
        String[][] cases = {
            { charArray("abc") + "\n iconst 2\n iconst 2\n callstatic string.fromChars (OII)O", "fromChars(2, 2) of a char[] of length 3" },
            { charArray("abc") + "\n iconst -1\n iconst 1\n callstatic string.fromChars (OII)O", "fromChars(-1, 1)" },
            { charArray("abc") + "\n iconst 1\n iconst -1\n callstatic string.fromChars (OII)O", "fromChars(1, -1)" },
            { "iconst 3\n newarray byte\n iconst 0\n iconst 1\n callstatic string.fromChars (OII)O", "fromChars of a byte[], not a char[]" },
            { "oldc \"abc\"\n iconst 0\n iconst 1\n callstatic string.fromChars (OII)O", "not a char[]" },
            { "onull\n iconst 0\n iconst 1\n callstatic string.fromChars (OII)O", "not a char[]" },
            { "oldc \"abcdef\"\n iconst 0\n iconst 4\n iconst 3\n newarray char\n iconst 0\n call string.getChars (IIOI)V\n onull",
                "getChars of 4 chars at 0 into a char[] of length 3" },
            { "oldc \"abc\"\n iconst 0\n iconst 1\n iconst 3\n newarray char\n iconst 3\n call string.getChars (IIOI)V\n onull", "at 3 into a char[] of length 3" },
            { "oldc \"abc\"\n iconst 2\n iconst 1\n iconst 3\n newarray char\n iconst 0\n call string.getChars (IIOI)V\n onull", "getChars(2, 1) of a string of length 3" },
            { "oldc \"abc\"\n iconst 0\n iconst 4\n iconst 9\n newarray char\n iconst 0\n call string.getChars (IIOI)V\n onull", "getChars(0, 4) of a string of length 3" },
            { "oldc \"abc\"\n iconst 0\n iconst 1\n iconst 3\n newarray int\n iconst 0\n call string.getChars (IIOI)V\n onull", "getChars into a int[], not a char[]" },
        };
        for (String[] c : cases) {
            String out = vm.run("class T\nmethod main ()V\ntry:\n " + c[0] + "\n opop\n ret\nend1:\nhandler:\n ostore 1\n new tty\n oload 1\n"
                + " call object.toString ()O\n call tty.println (O)V\n ret\n catch try end1 handler error\nend\n");
            assertTrue(c[0] + " -> " + out, out.contains(c[1]));
        }
    }

    @Test public void numbersToTextAreJavasToString() {
        Prog p = new Prog();
        for (long v : new long[] { 0, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -(1L << 60), Integer.MIN_VALUE - 1L }) {
            p.add("O", "lconst " + v + "\n callstatic string.fromLong (J)O", Long.toString(v));
        }
        double[] ds = { 1e10, 1e-5, 0.001, 1e-3 - 1e-19, 1e7, 9999999.0, 123456789.0, 0.1, 1.0 / 3, -0.0, 0.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 2e-323, 100.0, 1.0E22 };
        for (double d : ds) {
            p.add("O", dconst(d) + "\n callstatic string.fromDouble (D)O", Double.toString(d));
            // the front end emits f2d before fromFloat: the float's own shortest digits come back
            p.add("O", dconst(d) + "\n d2f\n f2d\n callstatic string.fromFloat (D)O", Float.toString((float) d));
        }
        for (float f : new float[] { 0.1f, 1e10f, 1e-5f, 3.4028235e38f, Float.MIN_VALUE, 16777216f, 1.0e7f, -0.0f }) {
            p.add("O", "fconst " + Float.toString(f) + "\n f2d\n callstatic string.fromFloat (D)O", Float.toString(f));
        }
        p.check();
    }

    @Test public void textToDoubleIsParseDoubleOrNaN() {
        Prog p = new Prog();
        for (String s : List.of("1.5", " 2 ", "1e3", "-0", "0x1p3", "NaN", "-Infinity", "+Infinity", "1.5f", "4d", ".5", "5.",
            "abc", "", " ", "1..2", "1e", "0x", "infinity", "1_000", "\t7\t", "2.2250738585072012e-308")) {
            double expect;
            int ok;
            try {
                expect = Double.parseDouble(s);
                ok = 1;
            } catch (NumberFormatException e) {
                expect = Double.NaN;
                ok = 0;
            }
            String q = str(s).replace("\t", "\\t");
            p.add("D", q + "\n call string.toDouble ()D", expect);
            p.add("I", q + "\n call string.isDouble ()I", ok);
        }
        p.check();
    }

    // ------------------------------------------------------------------ java.lang.Math

    @Test public void mathFunctionsAreJavaLangMaths() {
        Prog p = new Prog();
        double[] xs = { 0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 3.5, 1e-10, 100.0, 1e300, -7.25, Math.PI, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE };
        record F1(String name, DoubleUnaryOperator f) {}
        List<F1> f1 = List.of(new F1("sin", Math::sin), new F1("cos", Math::cos), new F1("tan", Math::tan), new F1("asin", Math::asin),
            new F1("acos", Math::acos), new F1("atan", Math::atan), new F1("exp", Math::exp), new F1("log", Math::log),
            new F1("log10", Math::log10), new F1("cbrt", Math::cbrt), new F1("floor", Math::floor), new F1("ceil", Math::ceil),
            new F1("rint", Math::rint), new F1("sqrt", Math::sqrt));
        for (F1 f : f1) for (double x : xs) {
            p.add("D", dconst(x) + "\n callstatic double." + f.name() + " (D)D", f.f().applyAsDouble(x));
        }
        record F2(String name, DoubleBinaryOperator f) {}
        List<F2> f2 = List.of(new F2("atan2", Math::atan2), new F2("pow", Math::pow), new F2("hypot", Math::hypot));
        double[] ys = { 0.0, -0.0, 2.0, -3.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY };
        for (F2 f : f2) for (double x : xs) for (double y : ys) {
            p.add("D", dconst(x) + "\n " + dconst(y) + "\n callstatic double." + f.name() + " (DD)D", f.f().applyAsDouble(x, y));
        }
        p.check();
    }

    @Test public void internalMethodsCanReturnNumberBoxes() {
        // long and double boxes are made through NativeCall.newInstance, which `new` in a program may not do
        new Prog().add("O", "oldc \"2.5\"\n callstatic double.parse (O)O", 2.5)
            .add("O", "oldc \"12345678901234\"\n callstatic long.parse (O)O", 12345678901234L)
            .add("O", "oldc \"0.1\"\n callstatic float.parse (O)O", (double) 0.1f)
            .add("D", "dconst 2.0\n callstatic double.sqrt (D)D", Math.sqrt(2.0))
            .check();
        String out = vm.run("class T\nmethod main ()V\ntry:\n new double\n opop\n ret\nend1:\nhandler:\n ostore 1\n new tty\n oload 1\n"
            + " call object.toString ()O\n call tty.println (O)V\n ret\n catch try end1 handler error\nend\n");
        assertTrue(out, out.contains("class double cannot be made with new"));
    }

    // ------------------------------------------------------------------ raw bit casts

    @Test public void bitCastsAreJavasRawBitConversions() {
        Prog p = new Prog();
        for (float f : new float[] { 0f, -0f, 1.5f, -1.5f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY }) {
            p.add("I", "fconst " + f + "\n f2ibits", Float.floatToRawIntBits(f));
            // an int made from the bits is a plain int: arithmetic on it is exact
            p.add("I", "fconst " + f + "\n f2ibits\n iconst 1\n iadd", Float.floatToRawIntBits(f) + 1);
        }
        // NaN payloads, quiet and signalling, and negative patterns, are kept through the casts
        for (int bits : new int[] { 0x7fc00000, 0x7fc00001, 0x7f800001, 0xffc00000, 0xff800123, 0xbfc00000, 1, -1 }) {
            p.add("I", "iconst " + bits + "\n i2fbits\n f2ibits", Float.floatToRawIntBits(Float.intBitsToFloat(bits)));
            p.add("F", "iconst " + bits + "\n i2fbits", Float.intBitsToFloat(bits));
            float f = Float.intBitsToFloat(bits);
            p.add("I", "iconst " + bits + "\n i2fbits\n fconst 1.0\n fcmp", f > 1f ? 1 : f == 1f ? 0 : -1); // NaN gives -1
        }
        p.add("F", "iconst " + Float.floatToRawIntBits(2.5f) + "\n i2fbits\n fconst 2.0\n fmul", 5.0f);
        for (double d : new double[] { 0.0, -0.0, 0.1, -1.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.NEGATIVE_INFINITY }) {
            p.add("J", dconst(d) + "\n d2lbits", Double.doubleToRawLongBits(d));
            p.add("D", dconst(d) + "\n d2lbits\n l2dbits", Double.longBitsToDouble(Double.doubleToRawLongBits(d)));
        }
        for (long bits : new long[] { 0x7ff0000000000001L, 0x7ff8000000000123L, 0xfff8000000000000L, 0x8000000000000000L, 1L, -1L,
            Double.doubleToRawLongBits(Math.E) }) {
            p.add("J", "lconst " + bits + "\n l2dbits\n d2lbits", Double.doubleToRawLongBits(Double.longBitsToDouble(bits)));
            p.add("D", "lconst " + bits + "\n l2dbits", Double.longBitsToDouble(bits));
        }
        p.check();
    }

    @Test public void bitCastsDisassembleByName() throws Exception {
        var cf = phantom.vm.code.Assembler.assemble("class T\nmethod m ()I\n fconst 1.5\n f2ibits\n i2fbits\n f2d\n d2lbits\n l2dbits\n d2i\n iret\nend\n").get(0);
        String text = phantom.vm.code.Disassembler.disassemble(cf);
        for (String op : List.of("f2ibits", "i2fbits", "d2lbits", "l2dbits")) assertTrue(text, text.contains(op));
    }
}
