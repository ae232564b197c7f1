public class C211_MatrixMultiply {
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) for (int p = 0; p < k; p++) { double aip = a[i][p]; for (int j = 0; j < m; j++) c[i][j] += aip * b[p][j]; }
        return c;
    }
    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length; long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { long s = 0; for (int p = 0; p < n; p++) s = (s + a[i][p] * b[p][j]) % mod; c[i][j] = s; }
        return c;
    }
    static long[][] powMod(long[][] m, long e, long mod) {
        int n = m.length; long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) r[i][i] = 1;
        while (e > 0) { if ((e & 1) == 1) r = mulMod(r, m, mod); m = mulMod(m, m, mod); e >>= 1; }
        return r;
    }
    static double det(double[][] a) {
        int n = a.length; double[][] m = new double[n][]; for (int i = 0; i < n; i++) m[i] = a[i].clone();
        double d = 1;
        for (int c = 0; c < n; c++) {
            int piv = c; for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
            if (m[piv][c] == 0) return 0;
            if (piv != c) { double[] t = m[piv]; m[piv] = m[c]; m[c] = t; d = -d; }
            d *= m[c][c];
            for (int r = c + 1; r < n; r++) { double f = m[r][c] / m[c][c]; for (int k = c; k < n; k++) m[r][k] -= f * m[c][k]; }
        }
        return d;
    }
    public static void main(String[] args) {
        int n = 40;
        double[][] a = new double[n][n], b = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { a[i][j] = (i * 7 + j * 3) % 11 - 5; b[i][j] = (i == j ? 2.0 : 0.0) + (i + j) % 5 * 0.25; }
        double[][] c = mul(a, b);
        double trace = 0, sum = 0;
        for (int i = 0; i < n; i++) { trace += c[i][i]; for (int j = 0; j < n; j++) sum += c[i][j]; }
        System.out.println("trace=" + trace + " sum=" + sum + " c[3][7]=" + c[3][7] + " c[39][0]=" + c[39][0]);
        double[][] small = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
        double[][] sq = mul(small, small);
        for (double[] row : sq) System.out.println(java.util.Arrays.toString(row));
        System.out.println("det small=" + det(small) + " det sq=" + det(sq) + " det singular=" + det(new double[][]{{1, 2}, {2, 4}}));
        long[][] fib = {{1, 1}, {1, 0}};
        for (long e : new long[]{10, 50, 90, 1000000}) System.out.println("fib(" + e + ") mod 1e9+7 = " + powMod(fib, e, 1000000007L)[0][1]);
        int[][] id = new int[4][4];
        for (int i = 0; i < 4; i++) id[i][i] = 1;
        System.out.println(java.util.Arrays.deepToString(id));
    }
}
