package java.lang;

/**
 * String's methods that are not internal methods of the VM's string, as static methods taking
 * the string first (the front end sends s.m(a) here as PhantomString.m(s, a)), and String's
 * constructors as newString factories. Semantics and messages as JDK 25.
 */
public final class PhantomString {
    private PhantomString() {}

    // ---- constructors
    /** A new String is a new object, as on the JVM: {@code new String("abc") != "abc"}. */
    public static String newString() { return PhantomNative.concat("", ""); }
    public static String newString(String s) { return PhantomNative.concat(s, ""); }
    public static String newString(char[] a) { return PhantomNative.fromChars(a, 0, a.length); }
    public static String newString(char[] a, int off, int len) {
        if (off < 0 || len < 0 || off > a.length - len) {
            throw new StringIndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + a.length);
        }
        return PhantomNative.fromChars(a, off, len);
    }
    public static String newString(StringBuilder b) { return b.toString(); }
    public static String newString(StringBuffer b) { return b.toString(); }
    public static String newString(byte[] a) {
        char[] c = new char[a.length];
        for (int i = 0; i < a.length; i++) c[i] = (char) (a[i] & 0xFF);
        return PhantomNative.fromChars(c, 0, c.length);
    }

    // ---- valueOf
    public static String valueOf(Object o) { return o == null ? "null" : o.toString(); }
    public static String valueOf(int v) { return PhantomNative.fromInt(v); }
    public static String valueOf(long v) { return PhantomNative.fromLong(v); }
    public static String valueOf(double v) { return PhantomNative.fromDouble(v); }
    public static String valueOf(float v) { return PhantomNative.fromFloat(v); }
    public static String valueOf(char v) { return PhantomNative.fromChar(v); }
    public static String valueOf(boolean v) { return v ? "true" : "false"; }
    public static String valueOf(char[] a) { return newString(a); }
    public static String valueOf(char[] a, int off, int len) { return newString(a, off, len); }
    public static String copyValueOf(char[] a) { return newString(a); }
    public static String copyValueOf(char[] a, int off, int len) { return newString(a, off, len); }

    // ---- access
    public static char charAt(String s, int i) {
        int n = PhantomNative.length(s);
        if (i < 0 || i >= n) throw new StringIndexOutOfBoundsException("Index " + i + " out of bounds for length " + n);
        return PhantomNative.charAt(s, i);
    }

    public static int codePointAt(String s, int i) { return charAt(s, i); }

    public static String substring(String s, int from) { return substring(s, from, PhantomNative.length(s)); }

    public static String substring(String s, int from, int to) {
        int n = PhantomNative.length(s);
        if (from < 0 || from > to || to > n) throw new StringIndexOutOfBoundsException("Range [" + from + ", " + to + ") out of bounds for length " + n);
        return PhantomNative.substring(s, from, to);
    }

    public static CharSequence subSequence(String s, int from, int to) { return substring(s, from, to); }

    public static boolean isEmpty(String s) { return PhantomNative.length(s) == 0; }

    public static char[] toCharArray(String s) {
        int n = PhantomNative.length(s);
        char[] a = new char[n];
        PhantomNative.getChars(s, 0, n, a, 0);
        return a;
    }

    public static void getChars(String s, int from, int to, char[] dst, int at) {
        int n = PhantomNative.length(s);
        if (from < 0 || from > to || to > n) throw new StringIndexOutOfBoundsException("begin " + from + ", end " + to + ", length " + n);
        if (at < 0 || at > dst.length - (to - from)) throw new ArrayIndexOutOfBoundsException("Index " + at + " out of bounds for length " + dst.length);
        PhantomNative.getChars(s, from, to, dst, at);
    }

    // ---- search
    public static int indexOf(String s, String t) { return PhantomNative.indexOf(s, t, 0); }
    public static int indexOf(String s, String t, int from) { return PhantomNative.indexOf(s, t, from); }
    public static int indexOf(String s, int ch) { return PhantomNative.indexOf(s, PhantomNative.fromChar((char) ch), 0); }
    public static int indexOf(String s, int ch, int from) { return PhantomNative.indexOf(s, PhantomNative.fromChar((char) ch), from); }
    public static int lastIndexOf(String s, String t) { return PhantomNative.lastIndexOf(s, t, PhantomNative.length(s)); }
    public static int lastIndexOf(String s, String t, int from) { return PhantomNative.lastIndexOf(s, t, from); }
    public static int lastIndexOf(String s, int ch) { return lastIndexOf(s, PhantomNative.fromChar((char) ch)); }
    public static int lastIndexOf(String s, int ch, int from) { return PhantomNative.lastIndexOf(s, PhantomNative.fromChar((char) ch), from); }
    public static boolean contains(String s, CharSequence t) { return PhantomNative.indexOf(s, t.toString(), 0) >= 0; }

    public static boolean startsWith(String s, String p) { return startsWith(s, p, 0); }

    public static boolean startsWith(String s, String p, int from) {
        int n = PhantomNative.length(s), m = PhantomNative.length(p);
        if (from < 0 || from > n - m) return false;
        return PhantomNative.equals(PhantomNative.substring(s, from, from + m), p);
    }

    public static boolean endsWith(String s, String p) { return startsWith(s, p, PhantomNative.length(s) - PhantomNative.length(p)); }

    // ---- comparison
    public static boolean equalsIgnoreCase(String s, String t) {
        if (t == null) return false;
        if (PhantomNative.length(s) != PhantomNative.length(t)) return false;
        return compareToIgnoreCase(s, t) == 0;
    }

    public static int compareToIgnoreCase(String s, String t) {
        int n = PhantomNative.length(s), m = PhantomNative.length(t);
        for (int i = 0; i < n && i < m; i++) {
            char a = PhantomNative.charAt(s, i), b = PhantomNative.charAt(t, i);
            if (a != b) {
                a = Character.toLowerCase(Character.toUpperCase(a));
                b = Character.toLowerCase(Character.toUpperCase(b));
                if (a != b) return a - b;
            }
        }
        return n - m;
    }

    public static boolean regionMatches(String s, int from, String other, int ofrom, int len) {
        return regionMatches(s, false, from, other, ofrom, len);
    }

    public static boolean regionMatches(String s, boolean ignoreCase, int from, String other, int ofrom, int len) {
        if (ofrom < 0 || from < 0 || (long) from > (long) PhantomNative.length(s) - len || (long) ofrom > (long) PhantomNative.length(other) - len) return false;
        for (int i = 0; i < len; i++) {
            char a = PhantomNative.charAt(s, from + i), b = PhantomNative.charAt(other, ofrom + i);
            if (a == b) continue;
            if (!ignoreCase) return false;
            a = Character.toUpperCase(a);
            b = Character.toUpperCase(b);
            if (a == b) continue;
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
        }
        return true;
    }

    /** String.CASE_INSENSITIVE_ORDER (the translator reads String's static fields here). */
    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveOrder();

    private static final class CaseInsensitiveOrder implements java.util.Comparator<String> {
        public int compare(String a, String b) { return compareToIgnoreCase(a, b); }
    }

    public static boolean contentEquals(String s, CharSequence t) { return PhantomNative.equals(s, t.toString()); }

    // ---- case and space
    public static String toLowerCase(String s) { return PhantomNative.toLowerCase(s); }
    public static String toUpperCase(String s) { return PhantomNative.toUpperCase(s); }
    public static String toLowerCase(String s, java.util.Locale l) { return PhantomNative.toLowerCase(s); }
    public static String toUpperCase(String s, java.util.Locale l) { return PhantomNative.toUpperCase(s); }

    public static String trim(String s) {
        int n = PhantomNative.length(s), a = 0, b = n;
        while (a < b && PhantomNative.charAt(s, a) <= ' ') a++;
        while (b > a && PhantomNative.charAt(s, b - 1) <= ' ') b--;
        return a == 0 && b == n ? s : PhantomNative.substring(s, a, b);
    }

    public static String strip(String s) { return stripTrailing(stripLeading(s)); }

    /**
     * String.stripIndent: lines split at \n, \r\n or \r; the smallest indentation of the
     * non-blank lines (and of the last line, blank or not) removed from each, trailing white
     * space removed, lines joined with \n (a final terminator kept).
     */
    public static String stripIndent(String s) {
        int n = PhantomNative.length(s);
        if (n == 0) return "";
        char lastChar = s.charAt(n - 1);
        boolean endsWithTerminator = lastChar == '\n' || lastChar == '\r';
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.substring(from, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
                from = i + 1;
            }
        }
        if (!endsWithTerminator) lines.add(s.substring(from));
        int min = Integer.MAX_VALUE;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            int lead = 0;
            while (lead < l.length() && Character.isWhitespace(l.charAt(lead))) lead++;
            boolean last = k == lines.size() - 1 && !endsWithTerminator;
            if (lead < l.length() || last) min = Math.min(min, lead);
        }
        if (endsWithTerminator) min = 0; // the empty last line counts, with no indentation
        if (min == Integer.MAX_VALUE) min = 0;
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            String t = l.length() <= min || l.isBlank() ? "" : stripTrailing(l.substring(min));
            if (k > 0) b.append('\n');
            b.append(t);
        }
        if (endsWithTerminator) b.append('\n');
        return b.toString();
    }

    /** String.indent: each line (as lines() splits them) shifted right by n spaces, or left by up to -n white space characters, ended by \n. */
    public static String indent(String s, int n) {
        if (PhantomNative.length(s) == 0) return "";
        StringBuilder b = new StringBuilder();
        java.util.Iterator<String> it = lines(s).iterator();
        while (it.hasNext()) {
            String l = it.next();
            if (n > 0) {
                for (int i = 0; i < n; i++) b.append(' ');
                b.append(l);
            } else if (n < 0) {
                int lead = 0;
                while (lead < l.length() && lead < -n && Character.isWhitespace(l.charAt(lead))) lead++;
                b.append(l, lead, l.length());
            } else {
                b.append(l);
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** String.translateEscapes: \b \t \n \f \r \s \" \' \\, octal escapes, and a backslash before a line end joining lines. */
    public static String translateEscapes(String s) {
        int n = PhantomNative.length(s);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\') { b.append(c); continue; }
            if (++i >= n) throw new IllegalArgumentException("Invalid escape sequence: \\");
            char e = s.charAt(i);
            switch (e) {
                case 'b': b.append('\b'); break;
                case 't': b.append('\t'); break;
                case 'n': b.append('\n'); break;
                case 'f': b.append('\f'); break;
                case 'r': b.append('\r'); break;
                case 's': b.append(' '); break;
                case '\'': case '"': case '\\': b.append(e); break;
                case '\n': break;
                case '\r': if (i + 1 < n && s.charAt(i + 1) == '\n') i++; break;
                default:
                    if (e >= '0' && e <= '7') {
                        int v = e - '0', limit = e <= '3' ? 2 : 1;
                        while (limit-- > 0 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') v = v * 8 + (s.charAt(++i) - '0');
                        b.append((char) v);
                    } else {
                        throw new IllegalArgumentException("Invalid escape sequence: \\" + e + " \\\\u" + String.format("%04X", (int) e));
                    }
            }
        }
        return b.toString();
    }

    public static String stripLeading(String s) {
        int n = PhantomNative.length(s), a = 0;
        while (a < n && Character.isWhitespace(PhantomNative.charAt(s, a))) a++;
        return PhantomNative.substring(s, a, n);
    }

    public static String stripTrailing(String s) {
        int b = PhantomNative.length(s);
        while (b > 0 && Character.isWhitespace(PhantomNative.charAt(s, b - 1))) b--;
        return PhantomNative.substring(s, 0, b);
    }

    public static boolean isBlank(String s) { return PhantomNative.length(strip(s)) == 0; }

    // ---- building
    public static String replace(String s, char a, char b) {
        if (a == b) return s;
        char[] c = toCharArray(s);
        for (int i = 0; i < c.length; i++) if (c[i] == a) c[i] = b;
        return PhantomNative.fromChars(c, 0, c.length);
    }

    public static String replace(String s, CharSequence target, CharSequence replacement) {
        String t = target.toString(), r = replacement.toString();
        int m = PhantomNative.length(t);
        StringBuilder b = new StringBuilder();
        int at = 0;
        if (m == 0) {
            int n = PhantomNative.length(s);
            for (int i = 0; i < n; i++) b.append(r).append(PhantomNative.charAt(s, i));
            return b.append(r).toString();
        }
        for (int i; (i = PhantomNative.indexOf(s, t, at)) >= 0; at = i + m) b.append(PhantomNative.substring(s, at, i)).append(r);
        return b.append(PhantomNative.substring(s, at, PhantomNative.length(s))).toString();
    }

    public static String repeat(String s, int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) b.append(s);
        return b.toString();
    }

    public static String join(CharSequence delimiter, CharSequence... parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) b.append(delimiter);
            b.append(parts[i]);
        }
        return b.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> parts) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (CharSequence p : parts) {
            if (!first) b.append(delimiter);
            first = false;
            b.append(p);
        }
        return b.toString();
    }

    public static String intern(String s) { return s; }

    public static java.util.stream.IntStream chars(String s) { return java.util.stream.PhantomStreams.chars(s); }
    public static java.util.stream.Stream<String> lines(String s) { return java.util.stream.PhantomStreams.lines(s); }

    /** split for the regexes programs use most: one literal character (escaped or not), \\s+, \\s, " +". */
    public static String[] split(String s, String regex) { return split(s, regex, 0); }

    public static String[] split(String s, String regex, int limit) {
        boolean spaces = regex.equals("\\s+") || regex.equals(" +");
        boolean space = regex.equals("\\s");
        char sep;
        if (PhantomNative.length(regex) == 1 && ".$|()[{^?*+\\".indexOf(PhantomNative.charAt(regex, 0)) < 0) sep = PhantomNative.charAt(regex, 0);
        else if (PhantomNative.length(regex) == 2 && PhantomNative.charAt(regex, 0) == '\\' && !Character.isLetterOrDigit(PhantomNative.charAt(regex, 1))) sep = PhantomNative.charAt(regex, 1);
        else if (spaces || space) sep = ' ';
        else return PhantomRegex.split(s, regex, limit);
        int n = PhantomNative.length(s);
        String[] out = new String[8];
        int count = 0, start = 0, i = 0;
        while (i < n) {
            char c = PhantomNative.charAt(s, i);
            boolean hit = (spaces || space) ? (regex.equals(" +") ? c == ' ' : Character.isWhitespace(c)) : c == sep;
            if (hit && (limit <= 0 || count < limit - 1)) {
                int end = i;
                i++;
                if (spaces) while (i < n && (regex.equals(" +") ? PhantomNative.charAt(s, i) == ' ' : Character.isWhitespace(PhantomNative.charAt(s, i)))) i++;
                out = add(out, count++, PhantomNative.substring(s, start, end)); // a leading empty part stays, as Java keeps it
                start = i;
            } else {
                i++;
            }
        }
        if (n == 0) return new String[] {""};
        out = add(out, count++, PhantomNative.substring(s, start, n));
        if (limit == 0) while (count > 0 && PhantomNative.length(out[count - 1]) == 0) count--;
        String[] r = new String[count];
        for (int k = 0; k < count; k++) r[k] = out[k];
        return r;
    }

    private static String[] add(String[] a, int at, String s) {
        if (at == a.length) {
            String[] b = new String[a.length * 2];
            for (int i = 0; i < a.length; i++) b[i] = a[i];
            a = b;
        }
        a[at] = s;
        return a;
    }

    // ---- the regular expressions of PhantomRegex
    public static String replaceAll(String s, String regex, String replacement) { return PhantomRegex.replace(s, regex, replacement, true); }

    public static String replaceFirst(String s, String regex, String replacement) { return PhantomRegex.replace(s, regex, replacement, false); }

    public static boolean matches(String s, String regex) { return PhantomRegex.compile(regex).matches(s); }

    public static String format(java.util.Locale l, String format, Object... args) { return PhantomFormat.format(format, args); }

    public static String format(String format, Object... args) { return PhantomFormat.format(format, args); }

    public static String formatted(String s, Object... args) { return PhantomFormat.format(s, args); }
}
