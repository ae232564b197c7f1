public class C134_NestedFinally {
    static StringBuilder log = new StringBuilder();
    static int f(int mode) {
        try {
            log.append("t1 ");
            try {
                log.append("t2 ");
                if (mode == 0) return 10;
                if (mode == 1) throw new RuntimeException("inner");
                if (mode == 2) throw new Error("error");
            } catch (RuntimeException e) {
                log.append("c2 ");
                if (mode == 1) return 20;
            } finally {
                log.append("f2 ");
            }
            log.append("after ");
            return 30;
        } catch (Error e) {
            log.append("c1 ");
            return 40;
        } finally {
            log.append("f1 ");
        }
    }
    static int loopFinally() { int s = 0; for (int i = 0; i < 5; i++) { try { if (i == 3) break; s += i; } finally { s += 100; } } return s; }
    static String whileTry() { StringBuilder sb = new StringBuilder(); int i = 0; while (true) { try { i++; if (i % 2 == 0) continue; if (i > 7) return sb.toString(); sb.append(i); } finally { sb.append('.'); } } }
    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) { log.setLength(0); int r = f(m); System.out.println("mode " + m + " -> " + r + " : " + log.toString().trim()); }
        System.out.println(loopFinally());
        System.out.println(whileTry());
        int x = 1;
        try { x = 2; try { x = 3; throw new IllegalStateException(); } finally { x *= 10; } } catch (IllegalStateException e) { x += 5; } finally { x = -x; }
        System.out.println(x);
    }
}
