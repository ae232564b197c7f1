package java.lang;

/**
 * String.format and printf for the common conversions: %d %s %S %f %e %x %X %o %c %b %n %%, with
 * flags - 0 + , ( space, width and precision. %f rounds half up on the shortest decimal digits
 * of the double, as java.util.Formatter does.
 */
final class PhantomFormat {
    private PhantomFormat() {}

    static String format(String f, Object[] args) {
        StringBuilder out = new StringBuilder();
        int next = 0, n = f.length();
        for (int i = 0; i < n; i++) {
            char c = f.charAt(i);
            if (c != '%') { out.append(c); continue; }
            int j = i + 1;
            int argIndex = -1;
            int k = j;
            while (k < n && Character.isDigit(f.charAt(k))) k++;
            if (k < n && k > j && f.charAt(k) == '$') { argIndex = Integer.parseInt(f.substring(j, k)) - 1; j = k + 1; }
            StringBuilder flags = new StringBuilder();
            while (j < n && "-0+, (#".indexOf(f.charAt(j)) >= 0) flags.append(f.charAt(j++));
            int width = -1, prec = -1;
            int ws = j;
            while (j < n && Character.isDigit(f.charAt(j))) j++;
            if (j > ws) width = Integer.parseInt(f.substring(ws, j));
            if (j < n && f.charAt(j) == '.') {
                int ps = ++j;
                while (j < n && Character.isDigit(f.charAt(j))) j++;
                prec = Integer.parseInt(f.substring(ps, j));
            }
            if (j >= n) throw new IllegalArgumentException("Format specifier '" + f.substring(i) + "'");
            char conv = f.charAt(j);
            i = j;
            if (conv == 'n') { out.append('\n'); continue; }
            if (conv == '%') { pad(out, "%", width, flags.indexOf("-") >= 0, false); continue; }
            Object a = argIndex >= 0 ? args[argIndex] : next < args.length ? args[next++] : missing(f.substring(ws - 1, j + 1));
            String fl = flags.toString();
            String text;
            if (a != null) check(conv, a);
            if (a == null && "dxXofeEgGcaA".indexOf(conv) >= 0) conv = 's';
            switch (conv) {
                case 'd': text = integer(a, fl); break;
                case 's': case 'S':
                    text = String.valueOf(a);
                    if (prec >= 0 && text.length() > prec) text = text.substring(0, prec);
                    if (conv == 'S') text = text.toUpperCase();
                    break;
                case 'c': text = a == null ? "null" : String.valueOf(a instanceof Character ? ((Character) a).charValue() : (char) ((Integer) a).intValue()); break;
                case 'b': case 'B': text = a == null ? "false" : a instanceof Boolean ? a.toString() : "true"; if (conv == 'B') text = text.toUpperCase(); break;
                case 'x': case 'X':
                    text = a instanceof Long ? Long.toHexString((Long) a) : Integer.toHexString(unsigned(a));
                    if (conv == 'X') text = text.toUpperCase();
                    break;
                case 'o': text = a instanceof Long ? Long.toOctalString((Long) a) : Integer.toOctalString(unsigned(a)); break;
                case 'f': text = fixed(((Number) a).doubleValue(), prec < 0 ? 6 : prec, fl); break;
                case 'e': case 'E': text = scientific(((Number) a).doubleValue(), prec < 0 ? 6 : prec, fl); if (conv == 'E') text = text.toUpperCase(); break;
                case 'g': case 'G': text = general(((Number) a).doubleValue(), prec < 0 ? 6 : prec == 0 ? 1 : prec, fl); if (conv == 'G') text = text.toUpperCase(); break;
                case 'a': case 'A':
                    if (prec >= 0) throw new UnsupportedOperationException("%a with a precision");
                    text = Double.toHexString(((Number) a).doubleValue());
                    if (fl.indexOf('+') >= 0 && text.charAt(0) != '-') text = "+" + text;
                    if (conv == 'A') text = text.toUpperCase();
                    break;
                case 'h': case 'H': text = a == null ? "null" : Integer.toHexString(a.hashCode()); if (conv == 'H') text = text.toUpperCase(); break;
                default: throw new java.util.UnknownFormatConversionException(String.valueOf(conv));
            }
            boolean numeric = conv == 'd' || conv == 'f' || conv == 'e' || conv == 'E' || conv == 'g' || conv == 'G' || conv == 'x' || conv == 'X' || conv == 'o';
            pad(out, text, width, fl.indexOf('-') >= 0, numeric && fl.indexOf('0') >= 0);
        }
        return out.toString();
    }

    /** A conversion that does not apply to the argument's type is an IllegalFormatConversionException. */
    private static void check(char conv, Object a) {
        boolean integral = a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte;
        boolean ok;
        switch (conv) {
            case 'd': case 'x': case 'X': case 'o': ok = integral; break;
            case 'f': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': ok = a instanceof Double || a instanceof Float; break;
            case 'c': ok = a instanceof Character || a instanceof Byte || a instanceof Short || a instanceof Integer; break;
            default: ok = true;
        }
        if (!ok) throw new java.util.IllegalFormatConversionException(conv, a.getClass());
    }

    /** %x and %o show a byte or a short in its own width, as two's complement. */
    private static int unsigned(Object a) {
        if (a instanceof Byte) return ((Byte) a) & 0xFF;
        if (a instanceof Short) return ((Short) a) & 0xFFFF;
        return ((Number) a).intValue();
    }

    private static Object missing(String spec) {
        throw new java.util.MissingFormatArgumentException(spec);
    }

    private static void pad(StringBuilder out, String text, int width, boolean left, boolean zeros) {
        int gap = width - text.length();
        if (gap <= 0) { out.append(text); return; }
        if (left) { out.append(text); for (int i = 0; i < gap; i++) out.append(' '); return; }
        if (zeros) {
            int sign = text.length() > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
            out.append(text, 0, sign);
            for (int i = 0; i < gap; i++) out.append('0');
            out.append(text, sign, text.length());
            return;
        }
        for (int i = 0; i < gap; i++) out.append(' ');
        out.append(text);
    }

    private static String sign(boolean negative, String digits, String fl) {
        if (negative) return fl.indexOf('(') >= 0 ? "(" + digits + ")" : "-" + digits;
        if (fl.indexOf('+') >= 0) return "+" + digits;
        if (fl.indexOf(' ') >= 0) return " " + digits;
        return digits;
    }

    private static String group(String digits, String fl) {
        if (fl.indexOf(',') < 0) return digits;
        StringBuilder b = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) b.append(',');
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    private static String integer(Object a, String fl) {
        long v = a instanceof Long ? (Long) a : ((Number) a).longValue();
        String d = v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(v < 0 ? -v : v);
        return sign(v < 0, group(d, fl), fl);
    }

    /** The decimal digits of |d| and the position of the point, from Double.toString's shortest digits. */
    private static String fixed(double d, int prec, String fl) {
        if (d != d) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? (fl.indexOf('+') >= 0 ? "+Infinity" : "Infinity") : "-Infinity";
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        String s = Double.toString(Math.abs(d));
        String mant = s;
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) { mant = s.substring(0, e); exp = Integer.parseInt(s.substring(e + 1)); }
        int dot = mant.indexOf('.');
        String digits = mant.substring(0, dot) + mant.substring(dot + 1);
        int point = dot + exp; // digits before the decimal point
        while (point < 0) { digits = "0" + digits; point++; }
        while (digits.length() < point + prec + 1) digits = digits + "0";
        // round half up at prec digits after the point
        int keep = point + prec;
        char[] ds = digits.toCharArray();
        boolean up = keep < ds.length && ds[keep] >= '5';
        StringBuilder r = new StringBuilder(digits.substring(0, keep));
        if (up) {
            int i = keep - 1;
            while (i >= 0) {
                char c = r.charAt(i);
                if (c == '9') { r.setCharAt(i, '0'); i--; }
                else { r.setCharAt(i, (char) (c + 1)); break; }
            }
            if (i < 0) { r.insert(0, '1'); point++; }
        }
        String all = r.toString();
        String ip = all.substring(0, point);
        if (ip.isEmpty()) ip = "0";
        while (ip.length() > 1 && ip.charAt(0) == '0') ip = ip.substring(1);
        String fp = all.substring(point);
        String text = group(ip, fl) + (prec > 0 ? "." + fp : "");
        return sign(neg, text, fl);
    }

    /** %g: after rounding to {@code prec} significant digits, plain from 10^-4 up to 10^prec, else scientific. */
    private static String general(double d, int prec, String fl) {
        if (d != d || Double.isInfinite(d)) return fixed(d, 0, fl);
        if (d == 0) return fixed(d, prec - 1, fl);
        String sci = scientific(d, prec - 1, fl);
        int exp = Integer.parseInt(sci.substring(sci.indexOf('e') + 1).replace("+", ""));
        if (exp >= -4 && exp < prec) return fixed(d, prec - 1 - exp, fl);
        return sci;
    }

    /** %e as Java's Formatter does it: Double.toString's digits, rounded half up to prec + 1 significant digits. */
    private static String scientific(double d, int prec, String fl) {
        if (d != d) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        int exp = 0;
        StringBuilder r = new StringBuilder();
        if (d == 0) {
            for (int i = 0; i <= prec; i++) r.append('0');
        } else {
            String s = Double.toString(Math.abs(d));
            String mant = s;
            int e = s.indexOf('E');
            if (e >= 0) { mant = s.substring(0, e); exp = Integer.parseInt(s.substring(e + 1)); }
            int dot = mant.indexOf('.');
            String digits = mant.substring(0, dot) + mant.substring(dot + 1);
            int lead = 0;
            while (digits.charAt(lead) == '0') lead++;
            exp = dot + exp - lead - 1;
            digits = digits.substring(lead);
            while (digits.length() < prec + 2) digits = digits + "0";
            r.append(digits, 0, prec + 1);
            if (digits.charAt(prec + 1) >= '5') {
                int i = prec;
                while (i >= 0 && r.charAt(i) == '9') r.setCharAt(i--, '0');
                if (i >= 0) {
                    r.setCharAt(i, (char) (r.charAt(i) + 1));
                } else {
                    r.insert(0, '1');
                    r.setLength(prec + 1);
                    exp++;
                }
            }
        }
        String m = r.charAt(0) + (prec > 0 ? "." + r.substring(1) : "");
        String es = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return sign(neg, m + "e" + es, fl);
    }
}
