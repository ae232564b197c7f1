public class C066_IfaceDispatch {
    interface Counter { int next(); default int skip(int n) { int v = 0; for (int i = 0; i < n; i++) v = next(); return v; } }
    static class Up implements Counter { int c; public int next() { return ++c; } }
    static class Step implements Counter { int c; final int step; Step(int s) { step = s; } public int next() { return c += step; } public int skip(int n) { c += step * (n - 1); return next(); } }
    static abstract class Abs implements Counter { abstract int base(); public int next() { return base() * 2; } }
    static class Conc extends Abs { int b = 1; int base() { return b++; } }
    public static void main(String[] args) {
        Counter[] cs = {new Up(), new Step(5), new Conc(), () -> 42};
        for (Counter c : cs) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 3; i++) sb.append(c.next()).append(' ');
            sb.append("skip4->").append(c.skip(4));
            System.out.println(sb);
        }
        long total = 0;
        for (int i = 0; i < 10000; i++) total += cs[i % 4].next();
        System.out.println("total=" + total);
    }
}
