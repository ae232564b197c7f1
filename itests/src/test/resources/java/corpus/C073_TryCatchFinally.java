public class C073_TryCatchFinally {
    static StringBuilder log = new StringBuilder();
    @SuppressWarnings("finally")
    static int finallyReturn() { try { return 1; } finally { return 2; } }
    static int finallyNoOverride() { int x = 10; try { return x; } finally { x = 20; log.append("fin-x=").append(x).append(' '); } }
    @SuppressWarnings("finally")
    static int swallow() { try { throw new RuntimeException("lost"); } finally { return 3; } }
    static String order(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try ");
            if (mode == 1) throw new IllegalStateException("m1");
            if (mode == 2) return sb.append("return ").toString();
            sb.append("end-try ");
        } catch (IllegalStateException e) {
            sb.append("catch:").append(e.getMessage()).append(' ');
        } finally {
            sb.append("finally");
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(finallyReturn());
        System.out.println(finallyNoOverride() + " " + log);
        System.out.println(swallow());
        for (int m = 0; m < 3; m++) System.out.println(order(m));
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try { if (i % 2 == 0) continue; if (i == 3) break; count += 10; } finally { count++; }
        }
        System.out.println("loop count=" + count);
        try {
            try { throw new ArithmeticException("inner"); }
            finally { System.out.println("inner finally"); }
        } catch (ArithmeticException e) { System.out.println("outer caught " + e.getMessage()); }
        try {
            try { throw new IllegalArgumentException("first"); }
            finally { throw new IllegalStateException("second"); }
        } catch (RuntimeException e) { System.out.println("replaced: " + e.getMessage()); }
    }
}
