public class C072_ArrayOfObjects {
    static class Cell { int v; Cell(int v) { this.v = v; } public String toString() { return "C" + v; } }
    public static void main(String[] args) {
        Cell[] cells = new Cell[4];
        System.out.println(java.util.Arrays.toString(cells));
        for (int i = 0; i < cells.length; i++) cells[i] = new Cell(i * 3);
        System.out.println(java.util.Arrays.toString(cells));
        Cell[][] board = new Cell[3][3];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) if ((r + c) % 2 == 0) board[r][c] = new Cell(r * 3 + c);
        for (Cell[] row : board) System.out.println(java.util.Arrays.toString(row));
        Cell[][] jag = {cells, {new Cell(-1)}, {}};
        int sum = 0;
        for (Cell[] row : jag) for (Cell c : row) sum += c.v;
        System.out.println("sum=" + sum);
        Object[] mixed = {1, "two", 3.0, 'c', null, cells[1], new int[]{5}};
        StringBuilder sb = new StringBuilder();
        for (Object o : mixed) sb.append(o instanceof int[] ia ? "int[" + ia.length + "]" : String.valueOf(o)).append(';');
        System.out.println(sb);
        Cell[] ref = cells;
        ref[0].v = 1000;
        System.out.println(cells[0]);
        Cell[] cl = cells.clone();
        cl[1] = new Cell(-5);
        cl[2].v = 77;
        System.out.println(java.util.Arrays.toString(cells) + " " + java.util.Arrays.toString(cl));
        Comparable[] comps = {"b", "a"};
        java.util.Arrays.sort(comps);
        System.out.println(comps[0] + "" + comps[1]);
        Number[] nums = new Integer[]{1, 2};
        System.out.println(nums.length + " " + nums[1]);
        String[][] tbl = new String[2][3];
        tbl[1][2] = "x";
        System.out.println(java.util.Arrays.deepToString(tbl));
    }
}
