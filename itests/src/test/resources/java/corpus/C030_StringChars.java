public class C030_StringChars {
    public static void main(String[] args) {
        String text = "The Quick Brown Fox Jumps Over The Lazy Dog 12345";
        int[] counts = new int[26];
        int digits = 0, spaces = 0, upper = 0;
        char[] cs = text.toCharArray();
        for (char c : cs) {
            if (Character.isLetter(c)) counts[Character.toLowerCase(c) - 'a']++;
            if (Character.isDigit(c)) digits++;
            if (c == ' ') spaces++;
            if (Character.isUpperCase(c)) upper++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (counts[i] > 1) sb.append((char) ('a' + i)).append(counts[i]);
        System.out.println(sb);
        System.out.println("digits=" + digits + " spaces=" + spaces + " upper=" + upper + " len=" + cs.length);
        java.util.Arrays.sort(cs);
        System.out.println("[" + new String(cs).trim() + "]");
        char[] copy = text.toCharArray();
        for (int i = 0, j = copy.length - 1; i < j; i++, j--) { char t = copy[i]; copy[i] = copy[j]; copy[j] = t; }
        System.out.println(String.valueOf(copy));
        System.out.println(String.copyValueOf(copy, 0, 5));
        char[] dst = new char[5];
        text.getChars(4, 9, dst, 0);
        System.out.println(new String(dst));
        System.out.println(text.codePointAt(0) + " " + text.indexOf(' ') + " " + text.chars().filter(Character::isUpperCase).count());
        String unicode = "na\u00efve caf\u00e9 \u00fcber";
        String up = unicode.toUpperCase(); int cs2 = 0; for (char ch : up.toCharArray()) cs2 = cs2 * 31 + ch;
        System.out.println(unicode.length() + " " + up.length() + " " + cs2 + " " + (int) unicode.charAt(2) + " " + (int) up.charAt(2));
    }
}
