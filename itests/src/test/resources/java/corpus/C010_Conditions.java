public class C010_Conditions {
    static int calls;
    static boolean t(String s) { calls++; System.out.print(s + " "); return true; }
    static boolean f(String s) { calls++; System.out.print(s + " "); return false; }
    public static void main(String[] args) {
        int[] xs = {-3, 0, 5, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int x : xs) {
            for (int y : xs) {
                int r = (x < y ? 1 : 0) | (x <= y ? 2 : 0) | (x > y ? 4 : 0) | (x >= y ? 8 : 0) | (x == y ? 16 : 0) | (x != y ? 32 : 0);
                System.out.print(r + " ");
            }
            System.out.println();
        }
        long a = 1L << 40, b = -(1L << 40);
        System.out.println((a > b) + " " + (a < b) + " " + (a == -b));
        System.out.println(t("A") && f("B") && t("C"));
        System.out.println(f("A") || t("B") || t("C"));
        System.out.println(f("A") && t("B"));
        System.out.println(t("A") || f("B"));
        System.out.println(f("A") & t("B"));
        System.out.println(t("A") | f("B"));
        System.out.println("calls=" + calls);
        boolean flag = false;
        if (!flag && (calls > 5 || calls < 0)) System.out.println("complex true");
        int z = 0;
        boolean sc = (z != 0) && (10 / z > 1);
        System.out.println("short-circuit " + sc);
    }
}
