public class C082_Rethrow {
    static class Checked extends Exception { Checked(String m) { super(m); } }
    static void precise(boolean b) throws Checked {
        try { if (b) throw new Checked("checked one"); else throw new IllegalStateException("unchecked one"); }
        catch (Exception e) { System.out.println("logging " + e.getMessage()); throw e; }
    }
    static int retry(int failures) {
        int attempts = 0;
        while (true) {
            attempts++;
            try { if (attempts <= failures) throw new RuntimeException("fail " + attempts); return attempts; }
            catch (RuntimeException e) { System.out.println("retry after " + e.getMessage()); if (attempts > 5) throw e; }
        }
    }
    public static void main(String[] args) {
        for (boolean b : new boolean[]{true, false}) {
            try { precise(b); } catch (Checked e) { System.out.println("got checked " + e.getMessage()); } catch (RuntimeException e) { System.out.println("got runtime " + e.getMessage()); }
        }
        System.out.println("succeeded at " + retry(3));
        try { retry(10); } catch (RuntimeException e) { System.out.println("gave up: " + e.getMessage()); }
        try {
            try { throw new Checked("low"); }
            catch (Checked e) { throw new RuntimeException("high", e); }
        } catch (RuntimeException e) { System.out.println(e.getMessage() + " <- " + e.getCause().getMessage()); }
        RuntimeException saved = null;
        for (int i = 0; i < 3; i++) { try { if (i == 1) throw new RuntimeException("saved" + i); } catch (RuntimeException e) { saved = e; } }
        System.out.println("saved=" + saved.getMessage());
        try { throw saved; } catch (RuntimeException e) { System.out.println("same object: " + (e == saved)); }
    }
}
