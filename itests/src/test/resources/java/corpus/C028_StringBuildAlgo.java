public class C028_StringBuildAlgo {
    static String reverseWords(String s) {
        String[] w = s.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = w.length - 1; i >= 0; i--) { sb.append(w[i]); if (i > 0) sb.append(' '); }
        return sb.toString();
    }
    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = Character.toLowerCase(s.charAt(i)), b = Character.toLowerCase(s.charAt(j));
            if (!Character.isLetterOrDigit(a)) { i++; continue; }
            if (!Character.isLetterOrDigit(b)) { j--; continue; }
            if (a != b) return false;
            i++; j--;
        }
        return true;
    }
    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }
    static String toBinary(int n) { if (n == 0) return "0"; String r = ""; while (n > 0) { r = (n % 2) + r; n /= 2; } return r; }
    static String capitalize(String s) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : s.toCharArray()) { sb.append(up ? Character.toUpperCase(c) : c); up = c == ' '; }
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(reverseWords("the quick brown fox jumps"));
        for (String p : new String[]{"A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""}) System.out.println(p + " -> " + isPalindrome(p));
        System.out.println(rle("aaabccddddde"));
        System.out.println(rle("abc"));
        for (int n : new int[]{0, 1, 5, 255, 1024}) System.out.println(n + " = " + toBinary(n));
        System.out.println(capitalize("hello big wide world"));
        String s = "";
        for (int i = 0; i < 10; i++) s = s + i + (i < 9 ? "," : "");
        System.out.println(s);
        int vowels = 0;
        for (char c : "Programming in Java is fun".toLowerCase().toCharArray()) if ("aeiou".indexOf(c) >= 0) vowels++;
        System.out.println("vowels=" + vowels);
    }
}
