public class C023_StringCompare {
    public static void main(String[] args) {
        String[] words = {"apple", "Apple", "apricot", "app", "", "banana", "APPLE", "b", "apple"};
        for (String a : words) {
            StringBuilder sb = new StringBuilder(a.isEmpty() ? "<e>" : a).append(':');
            for (String b : words) {
                int c = a.compareTo(b);
                sb.append(' ').append(c);
            }
            System.out.println(sb);
        }
        for (String a : words) System.out.println(a + " equals apple=" + a.equals("apple") + " ignoreCase=" + a.equalsIgnoreCase("apple") + " cmpIC=" + a.compareToIgnoreCase("APPLE"));
        System.out.println("a".compareTo("b") + " " + "b".compareTo("a") + " " + "abc".compareTo("ab") + " " + "\u00e9".compareTo("e"));
        System.out.println("Z".compareTo("a") + " " + "10".compareTo("9") + " " + "x".contentEquals(new StringBuilder("x")));
        System.out.println("hello".regionMatches(1, "xell", 1, 3) + " " + "Hello".regionMatches(true, 0, "hE", 0, 2));
        String a = "hel", b = "lo";
        String ab = a + b;
        System.out.println(ab.equals("hello") + " " + (ab.hashCode() == "hello".hashCode()));
    }
}
