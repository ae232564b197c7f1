package java.lang;

/**
 * The regular expressions String's replaceAll, replaceFirst, matches and split accept here: a
 * sequence of atoms, each a literal character (escaped or not), '.', a predefined class (\s \S \d
 * \D \w \W) or a bracket class ([aeiou], [^0-9], [a-zA-Z_], with \s \d \w inside), each optionally
 * followed by one greedy quantifier (* + ?), with ^ and $ as anchors at the pattern's ends.
 * Anything else (groups, alternation, counted repetition, back references, lazy or possessive
 * quantifiers, boundaries) is refused with an UnsupportedOperationException naming the pattern.
 */
final class PhantomRegex {
    private static final int CHAR = 0, ANY = 1, SET = 2;

    private final String pattern;
    private int n;
    private int[] kind = new int[8];
    private char[] ch = new char[8];
    private char[][] ranges = new char[8][];
    private boolean[] negated = new boolean[8];
    private int[] min = new int[8];
    private int[] max = new int[8];
    private boolean anchorStart, anchorEnd;

    private PhantomRegex(String pattern) {
        this.pattern = pattern;
        parse();
    }

    static PhantomRegex compile(String pattern) { return new PhantomRegex(pattern); }

    private UnsupportedOperationException refuse(String what) {
        return new UnsupportedOperationException("the regex \"" + pattern + "\" (" + what + " is not supported)");
    }

    private void grow() {
        if (n < kind.length) return;
        int m = kind.length * 2;
        int[] k2 = new int[m]; char[] c2 = new char[m]; char[][] r2 = new char[m][]; boolean[] n2 = new boolean[m];
        int[] mi2 = new int[m]; int[] ma2 = new int[m];
        for (int i = 0; i < n; i++) { k2[i] = kind[i]; c2[i] = ch[i]; r2[i] = ranges[i]; n2[i] = negated[i]; mi2[i] = min[i]; ma2[i] = max[i]; }
        kind = k2; ch = c2; ranges = r2; negated = n2; min = mi2; max = ma2;
    }

    private void atom(int k, char c, char[] r, boolean neg) {
        grow();
        kind[n] = k; ch[n] = c; ranges[n] = r; negated[n] = neg; min[n] = 1; max[n] = 1;
        n++;
    }

    private static final char[] SPACE = {' ', ' ', '\t', '\r', '\u000B', '\u000C'};
    private static final char[] DIGIT = {'0', '9'};
    private static final char[] WORD = {'a', 'z', 'A', 'Z', '0', '9', '_', '_'};

    private static char[] predefined(char c) {
        switch (c) {
            case 's': case 'S': return SPACE;
            case 'd': case 'D': return DIGIT;
            case 'w': case 'W': return WORD;
            default: return null;
        }
    }

    private static char[] concat(char[] a, char[] b) {
        char[] r = new char[a.length + b.length];
        for (int i = 0; i < a.length; i++) r[i] = a[i];
        for (int i = 0; i < b.length; i++) r[a.length + i] = b[i];
        return r;
    }

    private void parse() {
        String p = pattern;
        int len = p.length(), i = 0;
        if (len > 0 && p.charAt(0) == '^') { anchorStart = true; i = 1; }
        while (i < len) {
            char c = p.charAt(i);
            if (c == '$' && i == len - 1) { anchorEnd = true; i++; continue; }
            switch (c) {
                case '(': case ')': throw refuse("a group");
                case '|': throw refuse("alternation");
                case '{': case '}': throw refuse("counted repetition");
                case '^': case '$': throw refuse("an anchor inside the pattern");
                case '*': case '+': case '?': throw refuse("a quantifier with nothing before it");
                case '.': atom(ANY, c, null, false); i++; break;
                case '\\': {
                    if (i + 1 >= len) throw refuse("a trailing backslash");
                    char e = p.charAt(i + 1);
                    char[] pre = predefined(e);
                    if (pre != null) atom(SET, e, pre, Character.isUpperCase(e));
                    else if (Character.isLetterOrDigit(e)) throw refuse("the escape \\" + e);
                    else atom(CHAR, e, null, false);
                    i += 2;
                    break;
                }
                case '[': i = bracket(i + 1); break;
                default: atom(CHAR, c, null, false); i++;
            }
            if (i < len) {
                char q = p.charAt(i);
                if (q == '*' || q == '+' || q == '?') {
                    min[n - 1] = q == '+' ? 1 : 0;
                    max[n - 1] = q == '?' ? 1 : Integer.MAX_VALUE;
                    i++;
                    if (i < len && (p.charAt(i) == '?' || p.charAt(i) == '+')) throw refuse("a lazy or possessive quantifier");
                    if (i < len && (p.charAt(i) == '*')) throw refuse("a repeated quantifier");
                }
            }
        }
    }

    /** A bracket class starting after its '['; returns the index after its ']'. */
    private int bracket(int i) {
        String p = pattern;
        int len = p.length();
        boolean neg = false;
        if (i < len && p.charAt(i) == '^') { neg = true; i++; }
        char[] r = new char[0];
        boolean first = true;
        while (true) {
            if (i >= len) throw refuse("an unclosed class");
            char c = p.charAt(i);
            if (c == ']' && !first) { i++; break; }
            first = false;
            if (c == '[' || c == '&') throw refuse("a nested class or class intersection");
            char lo;
            if (c == '\\') {
                if (i + 1 >= len) throw refuse("a trailing backslash");
                char e = p.charAt(i + 1);
                char[] pre = predefined(e);
                i += 2;
                if (pre != null) {
                    if (Character.isUpperCase(e)) throw refuse("a negated class inside a class");
                    r = concat(r, pre);
                    continue;
                }
                if (Character.isLetterOrDigit(e)) throw refuse("the escape \\" + e);
                lo = e;
            } else {
                lo = c;
                i++;
            }
            char hi = lo;
            if (i + 1 < len && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                hi = p.charAt(i + 1);
                if (hi == '\\' || hi == '[') throw refuse("an escaped range end");
                if (hi < lo) throw new IllegalArgumentException("Illegal character range near index " + (i + 1) + "\n" + p);
                i += 2;
            }
            r = concat(r, new char[] {lo, hi});
        }
        atom(SET, '[', r, neg);
        return i;
    }

    private boolean one(int k, char c) {
        switch (kind[k]) {
            case CHAR: return c == ch[k];
            case ANY: return c != '\n' && c != '\r';
            default: {
                char[] r = ranges[k];
                boolean in = false;
                for (int j = 0; j < r.length; j += 2) if (c >= r[j] && c <= r[j + 1]) { in = true; break; }
                return in != negated[k];
            }
        }
    }

    /** The end of a match of atoms k.. at i (greedy, backtracking), or -1. */
    private int match(CharSequence s, int k, int i, boolean whole) {
        int len = s.length();
        if (k == n) return (whole || anchorEnd) && i != len ? -1 : i;
        int count = 0;
        while (count < max[k] && i + count < len && one(k, s.charAt(i + count))) count++;
        for (; count >= min[k]; count--) {
            int r = match(s, k + 1, i + count, whole);
            if (r >= 0) return r;
        }
        return -1;
    }

    boolean matches(CharSequence s) { return match(s, 0, 0, true) >= 0; }

    /** Start and end of the first match at or after from, or null. */
    int[] find(CharSequence s, int from) {
        int len = s.length();
        for (int i = from; i <= len; i++) {
            if (anchorStart && i != 0) return null;
            int e = match(s, 0, i, false);
            if (e >= 0) return new int[] {i, e};
        }
        return null;
    }

    static String replace(String s, String regex, String replacement, boolean all) {
        PhantomRegex r = compile(regex);
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' || c == '\\') throw new UnsupportedOperationException("the replacement \"" + replacement + "\" (group references and escapes are not supported)");
        }
        StringBuilder b = new StringBuilder();
        int at = 0, from = 0;
        while (from <= s.length()) {
            int[] m = r.find(s, from);
            if (m == null) break;
            b.append(s, at, m[0]).append(replacement);
            at = m[1];
            if (m[1] == m[0]) {
                if (m[1] < s.length()) b.append(s.charAt(m[1]));
                at = m[1] + 1;
                from = m[1] + 1;
            } else {
                from = m[1];
            }
            if (!all) break;
        }
        if (at < s.length()) b.append(s, at, s.length());
        return b.toString();
    }

    static String[] split(String s, String regex, int limit) {
        PhantomRegex r = compile(regex);
        int len = s.length();
        if (len == 0) return new String[] {""};
        String[] out = new String[8];
        int count = 0, index = 0, from = 0;
        while (from <= len) {
            int[] m = r.find(s, from);
            if (m == null) break;
            from = m[1] == m[0] ? m[1] + 1 : m[1];
            if (limit > 0 && count >= limit - 1) break;
            if (index == 0 && m[0] == 0 && m[1] == 0) continue; // no leading empty part for a zero-length match at 0
            out = grow(out, count);
            out[count++] = s.substring(index, m[0]);
            index = m[1];
        }
        if (count == 0) return new String[] {s};
        out = grow(out, count);
        out[count++] = s.substring(index, len);
        if (limit == 0) while (count > 0 && out[count - 1].length() == 0) count--;
        String[] res = new String[count];
        for (int k = 0; k < count; k++) res[k] = out[k];
        return res;
    }

    private static String[] grow(String[] a, int at) {
        if (at < a.length) return a;
        String[] b = new String[a.length * 2];
        for (int i = 0; i < a.length; i++) b[i] = a[i];
        return b;
    }
}
