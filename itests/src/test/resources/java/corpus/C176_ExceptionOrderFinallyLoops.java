public class C176_ExceptionOrderFinallyLoops {
    static StringBuilder log = new StringBuilder();
    static int parseAll(String[] xs) {
        int good = 0;
        for (String x : xs) {
            try { Integer.parseInt(x); good++; log.append('+'); }
            catch (NumberFormatException e) { log.append('-'); continue; }
            finally { log.append('.'); }
            log.append('!');
        }
        return good;
    }
    static String deep(int n) { try { if (n == 0) throw new RuntimeException("base"); return deep(n - 1); } finally { log.append(n); } }
    public static void main(String[] args) {
        System.out.println(parseAll(new String[]{"1", "x", "22", "", "3"}) + " " + log);
        log.setLength(0);
        try { deep(5); } catch (RuntimeException e) { System.out.println(e.getMessage() + " unwound " + log); }
        log.setLength(0);
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try { if (j == 1) continue outer; if (i == 2) break outer; log.append(i).append(j).append(' '); }
                finally { log.append("f").append(i).append(j).append(' '); }
            }
        }
        System.out.println(log.toString().trim());
        int attempts = 0;
        while (true) {
            try { attempts++; if (attempts < 3) throw new IllegalStateException(); break; }
            catch (IllegalStateException e) { System.out.println("attempt " + attempts + " failed"); }
        }
        System.out.println("succeeded after " + attempts);
    }
}
