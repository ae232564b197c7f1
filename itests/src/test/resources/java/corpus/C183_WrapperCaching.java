public class C183_WrapperCaching {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int v = -130; v <= 130; v += 13) { Integer a = v, b = v; sb.append(v).append(a == b ? "=" : "!").append(' '); }
        System.out.println(sb.toString().trim());
        System.out.println(Integer.valueOf(127) == Integer.valueOf(127));
        System.out.println(Long.valueOf(-128L) == Long.valueOf(-128L));
        System.out.println(Short.valueOf((short) 127) == Short.valueOf((short) 127));
        System.out.println(Byte.valueOf((byte) -1) == Byte.valueOf((byte) -1));
        System.out.println(Character.valueOf((char) 127) == Character.valueOf((char) 127));
        System.out.println(Boolean.valueOf(true) == Boolean.TRUE);
        System.out.println(Integer.valueOf(1000).equals(1000) + " " + Integer.valueOf(1000).intValue() + " " + Integer.valueOf(1000).compareTo(Integer.valueOf(1000)));
        Integer x = 127, y = 127;
        x++; y++;
        System.out.println(x.equals(y) + " " + (x.intValue() == y.intValue()));
        Integer neg = -128, neg2 = -128;
        System.out.println(neg == neg2);
        System.out.println(Integer.MAX_VALUE == Integer.valueOf(Integer.MAX_VALUE).intValue());
    }
}
