import java.util.*;
public class C209_ExprEvaluator {
    static final class Lexer {
        final String s; int p;
        Lexer(String s) { this.s = s; }
        String next() {
            while (p < s.length() && s.charAt(p) == ' ') p++;
            if (p >= s.length()) return null;
            char c = s.charAt(p);
            if (Character.isDigit(c) || c == '.') { int st = p; while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.')) p++; return s.substring(st, p); }
            if (Character.isLetter(c)) { int st = p; while (p < s.length() && Character.isLetterOrDigit(s.charAt(p))) p++; return s.substring(st, p); }
            p++;
            return String.valueOf(c);
        }
    }
    static final class Parser {
        final List<String> toks = new ArrayList<>(); int i; final Map<String, Double> vars;
        Parser(String src, Map<String, Double> vars) { Lexer l = new Lexer(src); for (String t; (t = l.next()) != null; ) toks.add(t); this.vars = vars; }
        String peek() { return i < toks.size() ? toks.get(i) : ""; }
        String eat() { return toks.get(i++); }
        double statement() {
            if (toks.size() > 2 && toks.get(1).equals("=") && Character.isLetter(toks.get(0).charAt(0))) { String name = eat(); eat(); double v = expr(); vars.put(name, v); return v; }
            double v = expr();
            if (i != toks.size()) throw new IllegalStateException("trailing token '" + peek() + "'");
            return v;
        }
        double expr() { double v = term(); while (peek().equals("+") || peek().equals("-")) { if (eat().equals("+")) v += term(); else v -= term(); } return v; }
        double term() {
            double v = factor();
            while (peek().equals("*") || peek().equals("/") || peek().equals("%")) {
                String op = eat(); double r = factor();
                if (op.equals("*")) v *= r; else if (op.equals("/")) { if (r == 0) throw new ArithmeticException("division by zero"); v /= r; } else v %= r;
            }
            return v;
        }
        double factor() { double b = unary(); if (peek().equals("^")) { eat(); return Math.pow(b, factor()); } return b; }
        double unary() { if (peek().equals("-")) { eat(); return -unary(); } if (peek().equals("+")) { eat(); return unary(); } return primary(); }
        double primary() {
            String t = peek();
            if (t.isEmpty()) throw new IllegalStateException("unexpected end");
            if (t.equals("(")) { eat(); double v = expr(); if (!peek().equals(")")) throw new IllegalStateException("missing )"); eat(); return v; }
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') { eat(); return Double.parseDouble(t); }
            if (Character.isLetter(t.charAt(0))) {
                eat();
                if (peek().equals("(")) {
                    eat(); double a = expr(); if (!peek().equals(")")) throw new IllegalStateException("missing ) after call"); eat();
                    switch (t) { case "sqrt": return Math.sqrt(a); case "abs": return Math.abs(a); case "sq": return a * a; case "floor": return Math.floor(a); default: throw new IllegalStateException("unknown function " + t); }
                }
                Double v = vars.get(t);
                if (v == null) throw new IllegalStateException("unknown variable " + t);
                return v;
            }
            throw new IllegalStateException("unexpected '" + t + "'");
        }
    }
    public static void main(String[] args) {
        Map<String, Double> vars = new TreeMap<>();
        String[] lines = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5", "x = 7", "y = x * 2 - 1", "sqrt(x * x + y * y)",
            "abs(-3.5) + sq(4) + floor(2.9)", "1 / 3", "((((1))))", "2 * (3 + 4) * (5 - 1) / 7", "1 / 0", "3 +", "foo(2)", "(1 + 2", "z + 1", "1 2", "0.1 + 0.2", "big = 2 ^ 62", "big + 1"};
        for (String l : lines) {
            try { System.out.println(l + " => " + new Parser(l, vars).statement()); }
            catch (IllegalStateException | ArithmeticException e) { System.out.println(l + " => error: " + e.getMessage()); }
        }
        System.out.println("vars " + vars);
    }
}
