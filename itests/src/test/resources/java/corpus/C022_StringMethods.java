public class C022_StringMethods {
    public static void main(String[] args) {
        String s = "Hello, World! Hello!";
        System.out.println(s.length());
        System.out.println(s.charAt(0) + " " + s.charAt(7) + " " + s.charAt(s.length() - 1));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(5, 5) + "|");
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf("Hello") + " " + s.indexOf("Hello", 1) + " " + s.indexOf("xyz"));
        System.out.println(s.lastIndexOf('o') + " " + s.lastIndexOf("Hello") + " " + s.lastIndexOf('l', 5) + " " + s.lastIndexOf('q'));
        System.out.println(s.contains("World") + " " + s.contains("world") + " " + s.contains(""));
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("!") + " " + s.endsWith("lo"));
        System.out.println(s.equals("Hello, World! Hello!") + " " + s.equals(null) + " " + s.equalsIgnoreCase("HELLO, WORLD! HELLO!"));
        System.out.println(s.toUpperCase() + " " + s.toLowerCase());
        System.out.println("[" + "  padded \t\n".trim() + "] [" + "  x  ".strip() + "] [" + "   ".isBlank() + "]");
        System.out.println(s.replace('l', 'L') + " " + s.replace("Hello", "Bye") + " " + "aaa".replace("a", "bb"));
        System.out.println("".isEmpty() + " " + s.isEmpty() + " " + "ab".repeat(3) + "|" + "x".repeat(0) + "|");
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join(", ", java.util.List.of("x", "y")));
        System.out.println(String.valueOf(12) + String.valueOf(true) + String.valueOf('c') + String.valueOf(1.5) + String.valueOf((Object) null));
        char[] cs = s.toCharArray();
        System.out.println(cs.length + " " + cs[4] + " " + new String(cs, 7, 5));
        System.out.println("abc".concat("def") + " " + "a,b".indexOf(',') + " " + "Mississippi".replaceAll("ss", "SS"));
        System.out.println("Mississippi".replaceFirst("i", "I") + " " + "x".compareTo("y") + " " + "abc".compareToIgnoreCase("ABD"));
        System.out.println("tEsT".chars().sum() + " " + "hello".matches("h.*o") + " " + "  lead".stripLeading() + "|" + "trail  ".stripTrailing() + "|");
        System.out.println("abcabc".indexOf("") + " " + "abc".lastIndexOf("") + " " + "ab".charAt(1));
        System.out.println(new String("lit") == "lit");
        System.out.println(new String("lit").intern() == "lit");
        System.out.println("lit" == "l" + "it");
    }
}
