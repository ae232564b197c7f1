public class C032_Loops {
    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 10; i++) s += i;
        System.out.println("for " + s);
        int w = 100, steps = 0;
        while (w > 1) { w = (w % 2 == 0) ? w / 2 : 3 * w + 1; steps++; }
        System.out.println("collatz(100) steps=" + steps);
        int d = 0;
        do { d += 3; } while (d < 20);
        System.out.println("do-while " + d);
        int once = 0;
        do { once++; } while (false);
        System.out.println("once " + once);
        for (int i = 0, j = 10; i < j; i += 2, j--) System.out.print(i + ":" + j + " ");
        System.out.println();
        int k = 0;
        for (;;) { if (++k > 5) break; }
        System.out.println("inf loop exit k=" + k);
        int odd = 0;
        for (int i = 0; i < 20; i++) { if (i % 2 == 0) continue; odd += i; }
        System.out.println("odd sum " + odd);
        int[] arr = {5, 3, 8, 1};
        int prod = 1;
        for (int x : arr) prod *= x;
        System.out.println("prod " + prod);
        for (int i = 10; i > 0; i -= 3) System.out.print(i + " ");
        System.out.println();
        long big = 0;
        for (long L = 0; L < 1000000; L += 1000) big += L;
        System.out.println("long loop " + big);
        int n = 0;
        while (true) { n++; if (n * n > 500) break; }
        System.out.println("first square > 500: " + n);
        StringBuilder tri = new StringBuilder();
        for (int r = 1; r <= 4; r++) { for (int c = 0; c < r; c++) tri.append('*'); tri.append('|'); }
        System.out.println(tri);
        for (char c = 'a'; c < 'f'; c += 2) System.out.print(c);
        System.out.println();
        for (double x = 0; x < 1; x += 0.25) System.out.print(x + " ");
        System.out.println();
    }
}
