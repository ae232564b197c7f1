public class C037_SwitchExpr {
    static int days(int month, boolean leap) {
        return switch (month) {
            case 1, 3, 5, 7, 8, 10, 12 -> 31;
            case 4, 6, 9, 11 -> 30;
            case 2 -> leap ? 29 : 28;
            default -> throw new IllegalArgumentException("bad month " + month);
        };
    }
    static String kind(int x) {
        String r = switch (x % 4) {
            case 0: yield "zero";
            case 1: { String t = "one"; yield t.toUpperCase(); }
            case 2:
            case -2: yield "two";
            default: yield "other";
        };
        return r;
    }
    static int score(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case 'q', 'z' -> 10;
            default -> {
                if (Character.isDigit(c)) yield 0;
                yield 2;
            }
        };
    }
    public static void main(String[] args) {
        int total = 0;
        for (int m = 1; m <= 12; m++) { total += days(m, false); System.out.print(days(m, true) + " "); }
        System.out.println("total=" + total);
        try { days(13, false); } catch (IllegalArgumentException e) { System.out.println("caught " + e.getMessage()); }
        for (int i = -3; i <= 5; i++) System.out.print(kind(i) + " ");
        System.out.println();
        int s = 0;
        for (char c : "Quiz42Zebra".toCharArray()) s += score(c);
        System.out.println("score=" + s);
        long big = 5;
        String sz = switch ((int) (big * 2)) { case 10 -> "ten"; default -> "no"; };
        System.out.println(sz);
        Object o = switch (sz.length()) { case 3 -> 3.5; default -> "str"; };
        System.out.println(o);
        int nested = switch (1) { case 1 -> switch (2) { case 2 -> 22; default -> 0; }; default -> -1; };
        System.out.println(nested);
    }
}
