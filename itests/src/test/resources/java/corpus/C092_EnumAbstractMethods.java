public class C092_EnumAbstractMethods {
    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        MINUS("-") { int apply(int a, int b) { return a - b; } },
        TIMES("*") { int apply(int a, int b) { return a * b; } },
        POW("^") { int apply(int a, int b) { int r = 1; for (int i = 0; i < b; i++) r *= a; return r; } String describe() { return "power!"; } };
        final String sym;
        Op(String s) { sym = s; }
        abstract int apply(int a, int b);
        String describe() { return "op " + sym; }
    }
    interface Shape { double area(double x); }
    enum Shapes implements Shape {
        SQUARE { public double area(double x) { return x * x; } },
        CIRCLE { public double area(double x) { return Math.PI * x * x; } };
    }
    enum State {
        IDLE { State next(char c) { return c == 's' ? RUNNING : IDLE; } },
        RUNNING { State next(char c) { return c == 'p' ? PAUSED : c == 'x' ? DONE : RUNNING; } },
        PAUSED { State next(char c) { return c == 's' ? RUNNING : c == 'x' ? DONE : PAUSED; } },
        DONE { State next(char c) { return DONE; } };
        abstract State next(char c);
    }
    public static void main(String[] args) {
        for (Op op : Op.values()) System.out.println("7 " + op.sym + " 3 = " + op.apply(7, 3) + " (" + op.describe() + ", " + op.name() + ", " + op.ordinal() + ")");
        for (Shapes s : Shapes.values()) System.out.println(s + " " + s.area(2));
        Shape sh = Shapes.CIRCLE;
        System.out.println(sh.area(1));
        State st = State.IDLE;
        StringBuilder trace = new StringBuilder(st.toString());
        for (char c : "aspspxs".toCharArray()) { st = st.next(c); trace.append(" -").append(c).append("-> ").append(st); }
        System.out.println(trace);
        System.out.println(Op.POW.getDeclaringClass() == Op.class);
        System.out.println(Op.valueOf("TIMES").apply(6, 7));
    }
}
