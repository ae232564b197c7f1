import java.util.*;
public class C095_ToStringOverride {
    static class Matrix {
        final int[][] m;
        Matrix(int[][] m) { this.m = m; }
        @Override public String toString() { StringBuilder sb = new StringBuilder(); for (int[] r : m) sb.append(Arrays.toString(r)).append('\n'); return sb.toString(); }
    }
    static class Tree {
        final String label; final List<Tree> kids = new ArrayList<>();
        Tree(String l, Tree... ks) { label = l; kids.addAll(Arrays.asList(ks)); }
        @Override public String toString() { return kids.isEmpty() ? label : label + kids; }
    }
    static class Temp { final double c; Temp(double c) { this.c = c; } public String toString() { return c + "C/" + (c * 9 / 5 + 32) + "F"; } }
    public static void main(String[] args) {
        System.out.print(new Matrix(new int[][]{{1, 2}, {3, 4}}));
        Tree t = new Tree("root", new Tree("a", new Tree("a1"), new Tree("a2")), new Tree("b"));
        System.out.println(t);
        List<Object> things = new ArrayList<>();
        things.add(new Temp(100)); things.add(new Temp(-40)); things.add(t.kids.get(0)); things.add(null); things.add(List.of(1, 2)); things.add(Map.of("k", 1));
        System.out.println(things);
        System.out.println(String.valueOf(new Temp(37)) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(new Temp(0)));
        StringBuilder sb = new StringBuilder().append(new Temp(20));
        System.out.println(sb);
        Object[] arr = {new Temp(1), "s", 3};
        System.out.println(Arrays.toString(arr));
        System.out.println(Optional.of(new Temp(5)) + " " + Optional.empty());
    }
}
