public class C102_CharacterBoolean {
    public static void main(String[] args) {
        String s = "Hello World 42!";
        StringBuilder flipped = new StringBuilder();
        for (char c : s.toCharArray()) flipped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        System.out.println(flipped);
        int digits = 0, letters = 0, other = 0;
        for (char c : s.toCharArray()) { if (Character.isDigit(c)) digits++; else if (Character.isLetter(c)) letters++; else other++; }
        System.out.println(digits + " " + letters + " " + other);
        Character boxed = 'A';
        System.out.println(boxed.charValue() + 1 + " " + Character.valueOf('A').equals(boxed) + " " + Character.toUpperCase('z') + " " + Character.toLowerCase('Q') + " " + Character.toUpperCase('5'));
        System.out.println(Character.isLetter('_') + " " + Character.isDigit('x') + " " + Character.isWhitespace(' ') + " " + Character.isAlphabetic('k') + " " + Character.isSpaceChar('\t'));
        System.out.println(Boolean.parseBoolean("true") + " " + Boolean.parseBoolean("True") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean("") + " " + Boolean.valueOf("tRuE"));
        System.out.println(Boolean.TRUE + " " + Boolean.FALSE + " " + Boolean.toString(false) + " " + Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " " + Boolean.logicalXor(true, true));
        System.out.println(Boolean.compare(true, false) + " " + Boolean.compare(false, true) + " " + Boolean.TRUE.compareTo(true) + " " + Boolean.hashCode(true));
        Boolean b = null;
        try { if (b) System.out.println("x"); } catch (NullPointerException e) { System.out.println("NPE unboxing Boolean"); }
        Boolean flag = false;
        flag = !flag;
        System.out.println(flag + " " + (flag ? "yes" : "no") + " " + (flag & true) + " " + (flag ^ true));
    }
}
