public class C068_ArraysMultiDim {
    public static void main(String[] args) {
        int[][] rect = new int[3][4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) rect[r][c] = r * 10 + c;
        for (int[] row : rect) System.out.println(java.util.Arrays.toString(row));
        System.out.println(rect.length + " " + rect[0].length);
        int[][] jag = new int[4][];
        for (int r = 0; r < jag.length; r++) { jag[r] = new int[r + 1]; for (int c = 0; c <= r; c++) jag[r][c] = r + c; }
        for (int[] row : jag) System.out.println(row.length + ": " + java.util.Arrays.toString(row));
        int[][] lit = {{1}, {2, 3}, {}, {4, 5, 6}};
        int total = 0;
        for (int[] row : lit) for (int v : row) total += v;
        System.out.println("lit total=" + total + " rows=" + lit.length + " empty row=" + lit[2].length);
        long[][][] cube = new long[2][3][4];
        for (int a = 0; a < 2; a++) for (int b = 0; b < 3; b++) for (int c = 0; c < 4; c++) cube[a][b][c] = a * 100 + b * 10 + c;
        System.out.println(cube[1][2][3] + " " + cube[0][1][2] + " " + cube[1].length + " " + cube[1][0].length);
        String[][] names = {{"a", "b"}, {"c"}};
        System.out.println(java.util.Arrays.deepToString(names));
        double[][] partial = new double[2][];
        System.out.println(partial[0] + " " + partial.length);
        partial[1] = new double[]{1.5, 2.5};
        System.out.println(partial[1][1]);
        int[][] t = new int[4][3];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) t[c][r] = rect[r][c];
        System.out.println(java.util.Arrays.deepToString(t));
        char[][] grid = new char[3][5];
        for (char[] row : grid) java.util.Arrays.fill(row, '.');
        grid[1][2] = '#'; grid[0][4] = '@';
        for (char[] row : grid) System.out.println(new String(row));
        int[][] swapped = {rect[2], rect[1], rect[0]};
        swapped[0][0] = -1;
        System.out.println(rect[2][0]);
        Object[] objRows = rect;
        System.out.println(objRows.length + " " + (objRows[0] instanceof int[]));
        boolean[][] flags = new boolean[2][2];
        flags[1][0] = true;
        System.out.println(java.util.Arrays.deepToString(flags));
    }
}
