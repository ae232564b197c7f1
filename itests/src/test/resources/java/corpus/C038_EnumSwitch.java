public class C038_EnumSwitch {
    enum Color { RED, GREEN, BLUE, YELLOW }
    enum Op { ADD, SUB, MUL, DIV }
    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case BLUE: return "cool";
            case GREEN: return "natural";
            default: return "bright";
        }
    }
    static int apply(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
        };
    }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + describe(c));
        for (Op op : Op.values()) System.out.println(op + " " + apply(op, 17, 5));
        int mask = 0;
        for (Color c : Color.values()) {
            switch (c) { case RED: mask |= 1; case GREEN: mask |= 2; break; case BLUE: mask |= 4; break; case YELLOW: break; }
        }
        System.out.println("mask=" + mask);
        Color c = null;
        try { describe(c); } catch (NullPointerException e) { System.out.println("NPE switch on null enum"); }
        Color v = Color.valueOf("BLUE");
        String r = switch (v) { case RED, GREEN -> "rg"; case BLUE -> { yield "b" + v.ordinal(); } default -> "y"; };
        System.out.println(r);
    }
}
