public class C215_NQueens {
    static int solutions; static int[] firstSolution;
    static void place(int row, int n, int[] cols, boolean[] usedCol, boolean[] d1, boolean[] d2) {
        if (row == n) { if (solutions++ == 0) firstSolution = cols.clone(); return; }
        for (int c = 0; c < n; c++) {
            if (usedCol[c] || d1[row + c] || d2[row - c + n - 1]) continue;
            usedCol[c] = d1[row + c] = d2[row - c + n - 1] = true; cols[row] = c;
            place(row + 1, n, cols, usedCol, d1, d2);
            usedCol[c] = d1[row + c] = d2[row - c + n - 1] = false;
        }
    }
    static int bitCount(int n, int row, int cols, int diag1, int diag2) {
        if (row == n) return 1;
        int count = 0, avail = ~(cols | diag1 | diag2) & ((1 << n) - 1);
        while (avail != 0) { int bit = avail & -avail; avail -= bit; count += bitCount(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >> 1); }
        return count;
    }
    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            solutions = 0; firstSolution = null;
            place(0, n, new int[n], new boolean[n], new boolean[2 * n], new boolean[2 * n]);
            System.out.println("n=" + n + " solutions=" + solutions + " bitwise=" + bitCount(n, 0, 0, 0, 0) + (firstSolution == null ? "" : " first=" + java.util.Arrays.toString(firstSolution)));
        }
        solutions = 0;
        place(0, 8, new int[8], new boolean[8], new boolean[16], new boolean[16]);
        for (int r = 0; r < 8; r++) { StringBuilder sb = new StringBuilder(); for (int c = 0; c < 8; c++) sb.append(firstSolution[r] == c ? "Q " : ". "); System.out.println(sb.toString().trim()); }
        System.out.println("n=10 bitwise=" + bitCount(10, 0, 0, 0, 0));
    }
}
