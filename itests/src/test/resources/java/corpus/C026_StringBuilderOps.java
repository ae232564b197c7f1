public class C026_StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(3.5f).append(4.25).append(true).append("str").append((Object) null).append((String) null);
        sb.append(new char[]{'x', 'y'}).append((byte) 7).append((short) -8);
        System.out.println(sb + " len=" + sb.length());
        sb.setLength(0);
        sb.append("hello world");
        sb.insert(0, ">> ").insert(sb.length(), " <<").insert(8, 123).insert(3, 'C').insert(0, 1.5);
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse();
        sb.setCharAt(0, '#');
        sb.deleteCharAt(1);
        System.out.println(sb);
        sb.delete(0, 5);
        System.out.println(sb + " len=" + sb.length());
        sb.replace(0, 3, "REPLACED");
        System.out.println(sb);
        System.out.println(sb.indexOf("o") + " " + sb.lastIndexOf("o") + " " + sb.charAt(2) + " " + sb.substring(3, 6));
        StringBuilder nums = new StringBuilder();
        for (int i = 0; i < 20; i++) nums.append(i).append(i % 5 == 4 ? "\n" : ",");
        System.out.print(nums);
        StringBuilder pal = new StringBuilder("racecar");
        System.out.println(pal.toString().equals(pal.reverse().toString()));
        StringBuilder a = new StringBuilder("abc");
        StringBuilder b = a;
        b.append("d");
        System.out.println(a + " " + (a == b) + " " + a.compareTo(new StringBuilder("abd")));
        StringBuilder cap = new StringBuilder(2);
        for (int i = 0; i < 100; i++) cap.append((char) ('a' + i % 26));
        System.out.println(cap.length() + " " + cap.substring(90));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append('!').insert(0, "string").reverse();
        System.out.println(buf);
        System.out.println(new StringBuilder("x").append(new StringBuilder("y")).append((CharSequence) "zw", 1, 2));
        sb.setLength(3);
        System.out.println("[" + sb + "]");
    }
}
