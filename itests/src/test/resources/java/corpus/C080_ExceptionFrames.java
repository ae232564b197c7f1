public class C080_ExceptionFrames {
    static StringBuilder trail = new StringBuilder();
    static int level3(int x) { trail.append("L3 "); if (x > 2) throw new IllegalArgumentException("x too big: " + x); return x * 3; }
    static int level2(int x) { trail.append("L2 "); try { return level3(x) + 1; } finally { trail.append("F2 "); } }
    static int level1(int x) { trail.append("L1 "); int r = level2(x); trail.append("after "); return r; }
    static int safe(int x) {
        try { return level1(x); }
        catch (IllegalArgumentException e) { trail.append("caught "); return -1; }
    }
    static void thrower(int depth) throws Exception { if (depth == 0) throw new Exception("bottom reached"); thrower(depth - 1); }
    public static void main(String[] args) {
        for (int x = 1; x <= 4; x++) { trail.setLength(0); int r = safe(x); System.out.println("x=" + x + " r=" + r + " trail=" + trail.toString().trim()); }
        try { thrower(50); } catch (Exception e) { System.out.println("deep: " + e.getMessage()); }
        int caught = 0;
        for (int i = 0; i < 1000; i++) { try { if (i % 3 == 0) throw new RuntimeException(); } catch (RuntimeException e) { caught++; } }
        System.out.println("caught " + caught);
        try { new C080_ExceptionFrames().instanceThrow(); } catch (UnsupportedOperationException e) { System.out.println("instance: " + e.getMessage()); }
    }
    void instanceThrow() { helper(); }
    void helper() { throw new UnsupportedOperationException("from helper"); }
}
