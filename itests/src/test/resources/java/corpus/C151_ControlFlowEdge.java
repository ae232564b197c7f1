public class C151_ControlFlowEdge {
    static int early(int x) { if (x < 0) return -1; for (int i = 0; i < 100; i++) { if (i * i > x) return i; } return 100; }
    static String nestedSwitch(int a, int b) {
        switch (a) {
            case 0: switch (b) { case 0: return "00"; case 1: return "01"; default: break; } return "0?";
            case 1: { int t = b * 2; if (t > 2) return "1big"; } return "1small";
            default: return "other";
        }
    }
    static int whileBreakContinue() { int i = 0, s = 0; while (i < 100) { i++; if (i % 7 == 0) continue; if (s > 300) break; s += i; } return s * 1000 + i; }
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int x : new int[]{-5, 0, 1, 15, 16, 99, 10000, 100000}) sb.append(early(x)).append(' ');
        System.out.println(sb.toString().trim());
        for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) System.out.print(nestedSwitch(a, b) + " ");
        System.out.println();
        System.out.println(whileBreakContinue());
        int n = 0;
        for (int i = 0; i < 10; i++) { if (i == 2) continue; if (i == 8) break; n += i; }
        System.out.println(n);
        int k = 10;
        do k -= 3; while (k > 0);
        System.out.println(k);
        int count = 0;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) for (int l = 0; l < 3; l++) if (i != j && j != l && i != l) count++;
        System.out.println("perms " + count);
        int x = 0;
        if (x == 0) if (x > 5) System.out.println("inner"); else System.out.println("dangling else binds inner");
        boolean flag = false;
        while (!flag) { flag = true; }
        for (int i = 0, j = 100; i < j; i += 10, j -= 10) System.out.print("(" + i + "," + j + ")");
        System.out.println();
        int steps = 0;
        for (long v = 1; v < 1_000_000_000_000L; v *= 3) steps++;
        System.out.println("steps " + steps);
        String res = "";
        for (String s : new String[]{"a", "stop", "b"}) { if (s.equals("stop")) break; res += s; }
        System.out.println(res);
        int sw = 0;
        for (int i = 0; i < 20; i++) sw += switch (i % 4) { case 0 -> 1; case 1 -> { if (i > 10) yield 100; yield 10; } default -> 0; };
        System.out.println(sw);
    }
}
