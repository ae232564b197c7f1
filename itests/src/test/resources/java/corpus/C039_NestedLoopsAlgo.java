public class C039_NestedLoopsAlgo {
    public static void main(String[] args) {
        int[][] pascal = new int[12][];
        for (int i = 0; i < pascal.length; i++) {
            pascal[i] = new int[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
        }
        for (int[] row : pascal) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb.toString().trim());
        }
        int perfect = 0;
        for (int n = 2; n < 10000; n++) {
            int s = 1;
            for (int d = 2; d * d <= n; d++) if (n % d == 0) { s += d; if (d != n / d) s += n / d; }
            if (s == n) { System.out.println("perfect " + n); perfect++; }
        }
        System.out.println("count " + perfect);
        int sol = 0;
        for (int a = 0; a <= 20; a++) for (int b = 0; b <= 20; b++) for (int c = 0; c <= 20; c++) if (a + 2 * b + 5 * c == 20) sol++;
        System.out.println("coin ways " + sol);
        StringBuilder diamond = new StringBuilder();
        int n = 4;
        for (int i = -n; i <= n; i++) {
            int k = n - Math.abs(i);
            for (int j = 0; j < Math.abs(i); j++) diamond.append(' ');
            for (int j = 0; j < 2 * k + 1; j++) diamond.append(j % 2 == 0 ? '*' : ' ');
            diamond.append('\n');
        }
        System.out.print(diamond);
    }
}
