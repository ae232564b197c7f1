import java.util.*;
public class C205_JsonParser {
    static final class Parser {
        final String s; int pos;
        Parser(String s) { this.s = s; }
        void ws() { while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++; }
        char peek() { ws(); return s.charAt(pos); }
        void expect(char c) { if (peek() != c) throw new IllegalArgumentException("expected '" + c + "' at " + pos + " got '" + s.charAt(pos) + "'"); pos++; }
        Object value() {
            char c = peek();
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            if (s.startsWith("true", pos)) { pos += 4; return Boolean.TRUE; }
            if (s.startsWith("false", pos)) { pos += 5; return Boolean.FALSE; }
            if (s.startsWith("null", pos)) { pos += 4; return null; }
            return number();
        }
        Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') { pos++; return m; }
            while (true) {
                String k = string(); expect(':'); m.put(k, value());
                if (peek() == ',') { pos++; continue; }
                expect('}'); return m;
            }
        }
        List<Object> array() {
            List<Object> l = new ArrayList<>();
            expect('[');
            if (peek() == ']') { pos++; return l; }
            while (true) { l.add(value()); if (peek() == ',') { pos++; continue; } expect(']'); return l; }
        }
        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c == '\\') {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n': sb.append('\n'); break; case 't': sb.append('\t'); break;
                        case 'u': sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16)); pos += 4; break;
                        default: sb.append(e);
                    }
                } else sb.append(c);
            }
        }
        Number number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) pos++;
            String t = s.substring(start, pos);
            if (t.isEmpty()) throw new IllegalArgumentException("bad value at " + start);
            if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
            long l = Long.parseLong(t);
            return l == (int) l ? (Number) (int) l : (Number) l;
        }
    }
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c < 32 || c > 126) { String h = Integer.toHexString(c); sb.append("\\u").append("0000".substring(h.length())).append(h); }
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
    @SuppressWarnings("unchecked")
    static void write(Object v, StringBuilder out, int indent) {
        String pad = "  ".repeat(indent);
        if (v instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) v;
            if (m.isEmpty()) { out.append("{}"); return; }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.append(pad).append("  ").append(quote(e.getKey())).append(": ");
                write(e.getValue(), out, indent + 1);
                out.append(++i < m.size() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else if (v instanceof List) {
            List<Object> l = (List<Object>) v;
            out.append('[');
            for (int i = 0; i < l.size(); i++) { if (i > 0) out.append(", "); write(l.get(i), out, indent); }
            out.append(']');
        } else if (v instanceof String) out.append(quote((String) v));
        else out.append(v);
    }
    public static void main(String[] args) {
        String doc = "{ \"name\": \"corpus\", \"version\": 3, \"big\": 12345678901, \"pi\": 3.14159, \"exp\": -1.5e3, \"ok\": true, \"none\": null,"
            + " \"tags\": [\"a\", \"b\\\"q\", \"tab\\tnew\\nline\", \"\\u00e9\"], \"nested\": { \"empty\": {}, \"list\": [], \"deep\": [[1, 2], [3, [4, {\"k\": false}]]] } }";
        Object v = new Parser(doc).value();
        StringBuilder out = new StringBuilder();
        write(v, out, 0);
        System.out.println(out);
        Map<?, ?> m = (Map<?, ?>) v;
        System.out.println("keys=" + m.keySet() + " version class=" + m.get("version").getClass().getName() + " big class=" + m.get("big").getClass().getName());
        StringBuilder again = new StringBuilder();
        write(new Parser(out.toString()).value(), again, 0);
        System.out.println("round trip equal: " + again.toString().equals(out.toString()));
        for (String bad : new String[]{"{\"a\" 1}", "[1, 2", "{\"x\": @}"}) {
            try { new Parser(bad).value(); System.out.println("parsed?"); }
            catch (IllegalArgumentException | StringIndexOutOfBoundsException e) { System.out.println("error: " + e.getClass().getName()); }
        }
    }
}
