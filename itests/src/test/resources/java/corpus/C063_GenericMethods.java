import java.util.ArrayList;
import java.util.List;
public class C063_GenericMethods {
    static <T> List<T> repeat(T x, int n) { List<T> l = new ArrayList<>(); for (int i = 0; i < n; i++) l.add(x); return l; }
    static <T extends Comparable<? super T>> T max(List<T> xs) { T m = xs.get(0); for (T x : xs) if (x.compareTo(m) > 0) m = x; return m; }
    static double sum(List<? extends Number> xs) { double s = 0; for (Number n : xs) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> dst, int n) { for (int i = 0; i < n; i++) dst.add(i * i); }
    static <K, V> String pair(K k, V v) { return k + "=" + v; }
    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }
    static <T extends Number & Comparable<T>> T clamp(T v, T lo, T hi) { return v.compareTo(lo) < 0 ? lo : v.compareTo(hi) > 0 ? hi : v; }
    @SafeVarargs static <T> List<T> listOf(T... xs) { List<T> l = new ArrayList<>(); for (T x : xs) l.add(x); return l; }
    public static void main(String[] args) {
        System.out.println(repeat("ab", 3) + " " + repeat(7, 2));
        System.out.println(max(listOf(3, 9, 2)) + " " + max(listOf("kiwi", "apple", "mango")));
        System.out.println(sum(listOf(1, 2, 3)) + " " + sum(listOf(1.5, 2.5)) + " " + sum(listOf(10L, 20L)));
        List<Number> nums = new ArrayList<>();
        fill(nums, 5);
        List<Object> objs = new ArrayList<>();
        fill(objs, 3);
        System.out.println(nums + " " + objs);
        System.out.println(pair("k", 1) + " " + C063_GenericMethods.<String, String>pair("a", "b"));
        System.out.println(firstNonNull(null, "fallback") + " " + firstNonNull("first", "second"));
        System.out.println(clamp(15, 0, 10) + " " + clamp(-3.5, -1.0, 1.0) + " " + clamp(5L, 0L, 10L));
        List<? extends CharSequence> cs = listOf("x", new StringBuilder("y"));
        int len = 0; for (CharSequence c : cs) len += c.length();
        System.out.println("len=" + len);
    }
}
