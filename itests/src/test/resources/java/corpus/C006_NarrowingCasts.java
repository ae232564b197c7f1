public class C006_NarrowingCasts {
    public static void main(String[] args) {
        int[] vals = {0, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : vals) {
            byte b = (byte) v;
            short s = (short) v;
            char c = (char) v;
            System.out.println(v + " -> byte " + b + " short " + s + " char " + (int) c);
        }
        long[] lvals = {0x123456789ABCDEFL, -1L, 0x80000000L, 0xFFFFFFFFL, Long.MIN_VALUE, Long.MAX_VALUE, 4294967296L};
        for (long l : lvals) {
            System.out.println(l + " -> int " + (int) l + " short " + (short) l + " byte " + (byte) l + " char " + (int) (char) l);
        }
        char c = (char) -1;
        System.out.println((int) c);
        System.out.println((short) c);
        System.out.println((byte) c);
        byte b = (byte) 200;
        char cb = (char) b;
        System.out.println((int) cb);
        short s = (short) 'a';
        System.out.println(s);
        int fromChar = 'Z';
        System.out.println(fromChar);
        System.out.println((char) 66);
        System.out.println((char) (65 + 25));
        System.out.println((int) (char) (byte) -3);
    }
}
