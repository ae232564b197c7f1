public class C019_CharClassify {
    public static void main(String[] args) {
        String s = "aZ9 _\t\n$!\u00e9";
        for (char c : s.toCharArray()) {
            System.out.println((int) c + " digit=" + Character.isDigit(c) + " letter=" + Character.isLetter(c)
                + " lod=" + Character.isLetterOrDigit(c) + " ws=" + Character.isWhitespace(c)
                + " up=" + Character.isUpperCase(c) + " low=" + Character.isLowerCase(c)
                + " toUp=" + (int) Character.toUpperCase(c) + " toLow=" + (int) Character.toLowerCase(c));
        }
        System.out.println(Character.getNumericValue('7') + " " + Character.getNumericValue('a') + " " + Character.digit('f', 16) + " " + Character.digit('9', 8));
        System.out.println(Character.forDigit(11, 16) + " " + Character.forDigit(5, 10));
        System.out.println(Character.toString('q') + Character.valueOf('r') + String.valueOf('s'));
        System.out.println(Character.isJavaIdentifierStart('_') + " " + Character.isJavaIdentifierPart('3') + " " + Character.isJavaIdentifierStart('3'));
        System.out.println(Character.compare('a', 'b') + " " + Character.valueOf('x').compareTo('a'));
        System.out.println(Character.toChars(65)[0] + " " + Character.charCount(0x1F600) + " " + Character.isSurrogate('\uD83D'));
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX);
        Character boxed = 'k';
        System.out.println(boxed.hashCode() + " " + boxed.equals('k') + " " + boxed);
    }
}
