import java.util.Arrays;
import java.util.List;
public class C070_ArraysUtil {
    public static void main(String[] args) {
        int[] a = {5, 3, 9, 1, 7, 3, -2, 0};
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " idx7=" + Arrays.binarySearch(a, 7) + " idx4=" + Arrays.binarySearch(a, 4));
        double[] d = {3.5, -0.0, 0.0, Double.NaN, -1, Double.NEGATIVE_INFINITY};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        String[] s = {"pear", "Apple", "fig", "banana", "apple"};
        Arrays.sort(s);
        System.out.println(Arrays.toString(s));
        Arrays.sort(s, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(s));
        Arrays.sort(s, (x, y) -> x.length() != y.length() ? x.length() - y.length() : x.compareTo(y));
        System.out.println(Arrays.toString(s));
        int[] part = {9, 8, 7, 6, 5, 4};
        Arrays.sort(part, 1, 4);
        System.out.println(Arrays.toString(part));
        long[] f = new long[5];
        Arrays.fill(f, 7L);
        Arrays.fill(f, 1, 3, -1L);
        System.out.println(Arrays.toString(f));
        System.out.println(Arrays.equals(new int[]{1, 2}, new int[]{1, 2}) + " " + Arrays.equals(new int[]{1}, new int[]{2}) + " " + new int[]{1}.equals(new int[]{1}));
        System.out.println(Arrays.deepEquals(new int[][]{{1}}, new int[][]{{1}}));
        List<String> l = Arrays.asList("x", "y", "z");
        System.out.println(l + " " + l.size() + " " + l.get(1) + " " + l.contains("z"));
        try { l.add("w"); } catch (UnsupportedOperationException e) { System.out.println("asList add unsupported"); }
        String[] backing = {"p", "q"};
        List<String> view = Arrays.asList(backing);
        view.set(0, "P");
        System.out.println(backing[0]);
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new boolean[]{true, false}) + " " + Arrays.toString(new char[]{'a', 'b'}));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, java.util.Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        System.out.println(Arrays.stream(new int[]{1, 2, 3, 4}).sum() + " " + Arrays.hashCode(new long[]{1L, 2L}));
    }
}
