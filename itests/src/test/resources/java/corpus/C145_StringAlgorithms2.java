import java.util.*;
public class C145_StringAlgorithms2 {
    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
    static String lcs(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) for (int j = b.length() - 1; j >= 0; j--) d[i][j] = a.charAt(i) == b.charAt(j) ? 1 + d[i + 1][j + 1] : Math.max(d[i + 1][j], d[i][j + 1]);
        StringBuilder sb = new StringBuilder(); int i = 0, j = 0;
        while (i < a.length() && j < b.length()) { if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; } else if (d[i + 1][j] >= d[i][j + 1]) i++; else j++; }
        return sb.toString();
    }
    static List<Integer> kmp(String text, String pat) {
        int[] fail = new int[pat.length()];
        for (int i = 1, k = 0; i < pat.length(); i++) { while (k > 0 && pat.charAt(i) != pat.charAt(k)) k = fail[k - 1]; if (pat.charAt(i) == pat.charAt(k)) k++; fail[i] = k; }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0, k = 0; i < text.length(); i++) { while (k > 0 && text.charAt(i) != pat.charAt(k)) k = fail[k - 1]; if (text.charAt(i) == pat.charAt(k)) k++; if (k == pat.length()) { hits.add(i - k + 1); k = fail[k - 1]; } }
        return hits;
    }
    static boolean anagram(String a, String b) { char[] x = a.replace(" ", "").toLowerCase().toCharArray(), y = b.replace(" ", "").toLowerCase().toCharArray(); Arrays.sort(x); Arrays.sort(y); return Arrays.equals(x, y); }
    public static void main(String[] args) {
        String[][] pairs = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}, {"intention", "execution"}};
        for (String[] p : pairs) System.out.println(p[0] + "/" + p[1] + " lev=" + levenshtein(p[0], p[1]) + " lcs=" + lcs(p[0], p[1]));
        System.out.println(kmp("abababcabababab", "abab") + " " + kmp("aaaaa", "aa") + " " + kmp("hello", "xyz"));
        System.out.println(anagram("Dormitory", "dirty room") + " " + anagram("hello", "world"));
        String s = "abracadabra";
        Map<String, Integer> subs = new TreeMap<>();
        for (int len = 2; len <= 4; len++) for (int i = 0; i + len <= s.length(); i++) subs.merge(s.substring(i, i + len), 1, Integer::sum);
        subs.values().removeIf(v -> v < 2);
        System.out.println(subs);
        String longestPal = "";
        String t = "forgeeksskeegfor";
        for (int c = 0; c < t.length(); c++) for (int w = 0; w < 2; w++) { int l = c, r = c + w; while (l >= 0 && r < t.length() && t.charAt(l) == t.charAt(r)) { l--; r++; } if (r - l - 1 > longestPal.length()) longestPal = t.substring(l + 1, r); }
        System.out.println("longest palindrome " + longestPal);
    }
}
