public class C099_IntegerCache {
    public static void main(String[] args) {
        int[] vals = {-129, -128, 0, 1, 100, 127, 128, 1000};
        for (int v : vals) {
            Integer a = v, b = v;
            Integer c = Integer.valueOf(v), d = Integer.valueOf(v);
            System.out.println(v + ": auto==" + (a == b) + " valueOf==" + (c == d) + " equals=" + a.equals(b));
        }
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127 " + (l1 == l2) + " 128 " + (l3 == l4) + " " + l3.equals(l4));
        Short s1 = 100, s2 = 100;
        Byte b1 = (byte) 200, b2 = (byte) 200;
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Short " + (s1 == s2) + " Byte " + (b1 == b2) + " Char a " + (c1 == c2) + " Char 256 equals " + c3.equals(c4) + " Boolean " + (t1 == t2));
        Integer big1 = 128, big2 = 128;
        System.out.println("unboxed compare " + (big1.intValue() == big2.intValue()) + " mixed " + (big1 == 128) + " lt " + (big1 < big2) + " le " + (big1 <= big2));
        Integer x = 127;
        x++;
        Integer y = 128;
        System.out.println("after inc equal=" + x.equals(y) + " compareTo=" + x.compareTo(y));
    }
}
