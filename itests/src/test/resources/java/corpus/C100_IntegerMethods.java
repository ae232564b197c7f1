public class C100_IntegerMethods {
    public static void main(String[] args) {
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Integer.SIZE + " " + Integer.BYTES);
        int[] vs = {0, 1, -1, 255, -256, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789};
        for (int v : vs) System.out.println(v + " bin=" + Integer.toBinaryString(v) + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v) + " str=" + Integer.toString(v) + " r7=" + Integer.toString(v, 7));
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 3) + " " + Integer.compare(4, 4) + " " + Integer.compare(Integer.MIN_VALUE, Integer.MAX_VALUE));
        System.out.println(Integer.parseInt("-123") + Integer.valueOf("456") + Integer.valueOf(7));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff"));
        System.out.println(Integer.signum(-9) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println(Integer.valueOf(5).equals(5) + " " + Integer.valueOf(5).equals(5L) + " " + Integer.valueOf(77).hashCode());
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.parseLong("123456789012") + " " + Long.valueOf("-5") + " " + Long.toBinaryString(-1L).length());
        System.out.println(Long.toHexString(255L << 32) + " " + Long.compare(1L, 2L) + " " + Long.toString(-255L, 16) + " " + Long.numberOfTrailingZeros(64));
        System.out.println(Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.parseShort("-300") + " " + Byte.parseByte("7f", 16) + " " + Byte.MIN_VALUE);
        try { Byte.parseByte("128"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        System.out.println(Integer.toHexString(Integer.MIN_VALUE >> 4) + " " + Integer.toBinaryString(5 << 3));
        System.out.println(Integer.sum(1, 2) + Integer.max(5, 8) + Integer.min(-1, 0));
    }
}
