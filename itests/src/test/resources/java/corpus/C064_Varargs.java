public class C064_Varargs {
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String join(String sep, Object... parts) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < parts.length; i++) { if (i > 0) sb.append(sep); sb.append(parts[i]); } return sb.toString(); }
    static String which(int x) { return "single"; }
    static String which(int... xs) { return "varargs" + xs.length; }
    static String count(Object... os) { return os == null ? "null array" : "len " + os.length; }
    static long mix(String label, long first, long... rest) { long p = first; for (long r : rest) p *= r; System.out.print(label + ":"); return p; }
    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(5) + " " + sum(1, 2, 3) + " " + sum(new int[]{10, 20}));
        System.out.println(join(", ", "a", 1, 2.5, 'c', true, null));
        System.out.println(join("-"));
        System.out.println(which(1) + " " + which() + " " + which(1, 2));
        System.out.println(count() + " " + count((Object[]) null) + " " + count((Object) null) + " " + count((Object[]) new String[]{"a", "b"}) + " " + count((Object) new String[]{"a", "b"}));
        System.out.println(mix("p", 2) + " " + mix("q", 2, 3, 4));
        System.out.println(String.join("|", new String[]{"x", "y", "z"}));
        System.out.println(java.util.Arrays.asList(1, 2, 3) + " " + java.util.Arrays.asList(new Integer[]{4, 5}).size());
        System.out.println(java.util.Objects.hash() + " " + java.util.Objects.hash((Object) null));
    }
}
