public class C170_Matrix2DAlgos {
    static int[][] rotate(int[][] m) { int n = m.length, w = m[0].length; int[][] r = new int[w][n]; for (int i = 0; i < n; i++) for (int j = 0; j < w; j++) r[j][n - 1 - i] = m[i][j]; return r; }
    static String spiral(int[][] m) {
        StringBuilder sb = new StringBuilder(); int top = 0, bot = m.length - 1, l = 0, r = m[0].length - 1;
        while (top <= bot && l <= r) {
            for (int j = l; j <= r; j++) sb.append(m[top][j]).append(' '); top++;
            for (int i = top; i <= bot; i++) sb.append(m[i][r]).append(' '); r--;
            if (top <= bot) { for (int j = r; j >= l; j--) sb.append(m[bot][j]).append(' '); bot--; }
            if (l <= r) { for (int i = bot; i >= top; i--) sb.append(m[i][l]).append(' '); l++; }
        }
        return sb.toString().trim();
    }
    static int islands(char[][] g) { int c = 0; for (int i = 0; i < g.length; i++) for (int j = 0; j < g[0].length; j++) if (g[i][j] == '#') { c++; flood(g, i, j); } return c; }
    static void flood(char[][] g, int i, int j) { if (i < 0 || j < 0 || i >= g.length || j >= g[0].length || g[i][j] != '#') return; g[i][j] = '~'; flood(g, i + 1, j); flood(g, i - 1, j); flood(g, i, j + 1); flood(g, i, j - 1); }
    static long paths(int r, int c) { long[][] d = new long[r][c]; for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) d[i][j] = (i == 0 || j == 0) ? 1 : d[i - 1][j] + d[i][j - 1]; return d[r - 1][c - 1]; }
    public static void main(String[] args) {
        int[][] m = new int[3][4]; int k = 1;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i][j] = k++;
        System.out.println(java.util.Arrays.deepToString(rotate(m)));
        System.out.println(java.util.Arrays.deepToString(rotate(rotate(rotate(rotate(m))))).equals(java.util.Arrays.deepToString(m)));
        System.out.println(spiral(m));
        int[][] sq = new int[5][5]; k = 0;
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) sq[i][j] = k++;
        System.out.println(spiral(sq));
        String[] map = {"##..#", "#...#", "..#..", ".....", "##.##"};
        char[][] g = new char[map.length][];
        for (int i = 0; i < map.length; i++) g[i] = map[i].toCharArray();
        System.out.println("islands " + islands(g));
        for (char[] row : g) System.out.println(new String(row));
        System.out.println(paths(3, 3) + " " + paths(10, 10) + " " + paths(17, 17));
        int[][] magic = new int[5][5];
        int i = 0, j = 2;
        for (int n = 1; n <= 25; n++) { magic[i][j] = n; int ni = (i + 4) % 5, nj = (j + 1) % 5; if (magic[ni][nj] != 0) { ni = (i + 1) % 5; nj = j; } i = ni; j = nj; }
        StringBuilder sums = new StringBuilder();
        for (int[] row : magic) { int s = 0; for (int v : row) s += v; sums.append(s).append(' '); }
        System.out.println(java.util.Arrays.deepToString(magic) + " rows " + sums.toString().trim());
    }
}
