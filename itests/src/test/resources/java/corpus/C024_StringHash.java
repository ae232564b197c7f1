public class C024_StringHash {
    public static void main(String[] args) {
        String[] ss = {"", "a", "A", "ab", "ba", "hello", "Hello, World!", "Aa", "BB", "polygenelubricants", "\u00e9t\u00e9", "\u4e2d\u6587", "zzzzzzzzzzzzzzzzzzzz"};
        for (String s : ss) System.out.println("[" + (s.chars().allMatch(ch -> ch < 128) ? s : "non-ascii") + "] len=" + s.length() + " hash=" + s.hashCode());
        int manual = 0;
        for (char c : "manual hash".toCharArray()) manual = 31 * manual + c;
        System.out.println(manual + " " + "manual hash".hashCode());
        System.out.println(Integer.valueOf(77).hashCode() + " " + Long.valueOf(-1L).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode());
        System.out.println(Double.valueOf(1.5).hashCode() + " " + Float.valueOf(1.5f).hashCode() + " " + Character.valueOf('a').hashCode());
        System.out.println(java.util.Objects.hash(1, "a", 2.0) + " " + java.util.Arrays.hashCode(new int[]{1, 2, 3}) + " " + java.util.List.of("x", "y").hashCode());
        System.out.println(java.util.Objects.hashCode(null) + " " + java.util.Arrays.hashCode(new String[]{"a", null}));
    }
}
