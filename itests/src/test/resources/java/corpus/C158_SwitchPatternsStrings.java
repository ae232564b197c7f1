public class C158_SwitchPatternsStrings {
    static String hashCollisions(String s) {
        return switch (s) { case "Aa" -> "first"; case "BB" -> "second"; case "AaAa" -> "third"; case "BBBB" -> "fourth"; case "AaBB" -> "fifth"; default -> "none"; };
    }
    static int romanValue(String r) {
        int total = 0, prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) { case 'I' -> 1; case 'V' -> 5; case 'X' -> 10; case 'L' -> 50; case 'C' -> 100; case 'D' -> 500; case 'M' -> 1000; default -> throw new IllegalArgumentException("bad numeral " + r.charAt(i)); };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
    static String toRoman(int n) {
        int[] vals = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] syms = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vals.length; i++) while (n >= vals[i]) { sb.append(syms[i]); n -= vals[i]; }
        return sb.toString();
    }
    public static void main(String[] args) {
        for (String s : new String[]{"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "aa"}) System.out.println(s + " hash=" + s.hashCode() + " -> " + hashCollisions(s));
        for (String r : new String[]{"III", "IV", "IX", "LVIII", "MCMXCIV", "MMXXIV"}) System.out.println(r + " = " + romanValue(r));
        StringBuilder sb = new StringBuilder();
        for (int n : new int[]{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}) sb.append(n).append('=').append(toRoman(n)).append(' ');
        System.out.println(sb.toString().trim());
        boolean ok = true;
        for (int n = 1; n < 4000; n++) if (romanValue(toRoman(n)) != n) ok = false;
        System.out.println("roundtrip 1..3999 " + ok);
        try { romanValue("XIZ"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
