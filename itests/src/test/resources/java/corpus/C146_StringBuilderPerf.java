public class C146_StringBuilderPerf {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) sb.append(i % 10);
        System.out.println(sb.length() + " " + sb.substring(0, 20) + " " + sb.charAt(4999));
        int h = 0; for (int i = 0; i < sb.length(); i++) h = h * 31 + sb.charAt(i);
        System.out.println("hash " + h + " " + (h == sb.toString().hashCode()));
        for (int i = 0; i < 1000; i++) sb.deleteCharAt(sb.length() - 1);
        System.out.println(sb.length());
        sb.setLength(10);
        sb.insert(5, "-----");
        System.out.println(sb);
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 5; i++) nested.insert(0, '(').append(')');
        System.out.println(nested);
        String s = "";
        for (int i = 0; i < 200; i++) s += (char) ('a' + i % 26);
        System.out.println(s.length() + " " + s.substring(190));
        StringBuilder big = new StringBuilder("x".repeat(1000));
        big.replace(10, 990, "[mid]");
        System.out.println(big.length() + " " + big);
        CharSequence cs = big;
        System.out.println(cs.length() + " " + cs.subSequence(8, 17) + " " + cs.charAt(10));
        StringBuilder chars = new StringBuilder();
        chars.appendCodePoint(72).appendCodePoint(105);
        System.out.println(chars + " " + chars.codePointAt(0) + " cap>=len " + (chars.capacity() >= chars.length()));
    }
}
