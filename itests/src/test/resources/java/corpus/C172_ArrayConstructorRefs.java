import java.util.*;
import java.util.function.*;
public class C172_ArrayConstructorRefs {
    static class Cell { final int v; Cell(int v) { this.v = v; } Cell() { this(-1); } public String toString() { return "c" + v; } }
    public static void main(String[] args) {
        IntFunction<String[]> mkStr = String[]::new;
        IntFunction<int[][]> mk2d = int[][]::new;
        Function<Integer, Cell> mkCell = Cell::new;
        Supplier<Cell> mkDefault = Cell::new;
        IntFunction<Cell> mkCell2 = Cell::new;
        String[] ss = mkStr.apply(3);
        int[][] grid = mk2d.apply(2);
        System.out.println(ss.length + " " + ss[0] + " " + grid.length + " " + grid[1]);
        Cell[] cells = new Cell[4];
        for (int i = 0; i < cells.length; i++) cells[i] = i % 2 == 0 ? mkCell.apply(i) : mkCell2.apply(i * 10);
        System.out.println(Arrays.toString(cells) + " " + mkDefault.get());
        List<String> words = List.of("alpha", "beta", "gamma");
        String[] arr = words.toArray(String[]::new);
        System.out.println((((Object) arr) instanceof String[]) + " " + Arrays.toString(arr));
        Function<String, StringBuilder> sbNew = StringBuilder::new;
        System.out.println(sbNew.apply("seed").reverse());
        BiFunction<Integer, Float, HashMap<String, Integer>> mapNew = HashMap::new;
        HashMap<String, Integer> hm = mapNew.apply(16, 0.75f);
        hm.put("k", 1);
        System.out.println(hm);
        Supplier<TreeSet<Integer>> tsNew = TreeSet::new;
        TreeSet<Integer> t = tsNew.get(); t.add(3); t.add(1);
        System.out.println(t);
        Function<Integer, int[]> arrOf = int[]::new;
        System.out.println(arrOf.apply(5).length);
    }
}
