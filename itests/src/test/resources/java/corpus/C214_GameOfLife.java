public class C214_GameOfLife {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] n = new boolean[h][w];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int c = 0;
            for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) if ((dy != 0 || dx != 0) && g[(y + dy + h) % h][(x + dx + w) % w]) c++;
            n[y][x] = g[y][x] ? (c == 2 || c == 3) : c == 3;
        }
        return n;
    }
    static int pop(boolean[][] g) { int c = 0; for (boolean[] r : g) for (boolean b : r) if (b) c++; return c; }
    static void show(boolean[][] g) { for (boolean[] r : g) { StringBuilder sb = new StringBuilder(); for (boolean b : r) sb.append(b ? '#' : '.'); System.out.println(sb); } }
    public static void main(String[] args) {
        boolean[][] g = new boolean[12][20];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        int[][] blinker = {{6, 10}, {6, 11}, {6, 12}};
        for (int[] p : blinker) g[p[0]][p[1]] = true;
        g[9][15] = g[9][16] = g[10][15] = g[10][16] = true;
        show(g);
        StringBuilder pops = new StringBuilder();
        for (int gen = 1; gen <= 40; gen++) { g = step(g); pops.append(pop(g)).append(' '); if (gen == 4 || gen == 40) { System.out.println("gen " + gen); show(g); } }
        System.out.println("populations " + pops.toString().trim());
        boolean[][] r = new boolean[32][32];
        long s = 1;
        for (int y = 0; y < 32; y++) for (int x = 0; x < 32; x++) { s = s * 1103515245 + 12345 & 0x7fffffffL; r[y][x] = (s >> 16) % 3 == 0; }
        StringBuilder hist = new StringBuilder();
        for (int gen = 0; gen <= 100; gen++) { if (gen % 10 == 0) hist.append(pop(r)).append(' '); r = step(r); }
        System.out.println("random soup " + hist.toString().trim());
    }
}
