public class C008_BitOps {
    public static void main(String[] args) {
        int a = 0b1100_1010, b = 0b1010_0110;
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (~a));
        long la = 0xF0F0F0F0F0F0F0F0L;
        System.out.println((la & 0xFFFF) + " " + (la | 1) + " " + (la ^ -1L) + " " + (~la));
        int[] tests = {0, 1, -1, 7, 8, 255, 1024, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x0F0F0F0F};
        for (int t : tests) {
            System.out.println(t + ": bits=" + Integer.bitCount(t) + " nlz=" + Integer.numberOfLeadingZeros(t)
                + " ntz=" + Integer.numberOfTrailingZeros(t) + " hob=" + Integer.highestOneBit(t)
                + " lob=" + Integer.lowestOneBit(t) + " rev=" + Integer.reverse(t)
                + " rb=" + Integer.reverseBytes(t) + " rotl=" + Integer.rotateLeft(t, 5)
                + " rotr=" + Integer.rotateRight(t, 5) + " sig=" + Integer.signum(t));
        }
        System.out.println(Long.bitCount(-1L) + " " + Long.numberOfTrailingZeros(1L << 40) + " " + Long.numberOfLeadingZeros(1L));
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + !t);
        int mask = 0;
        for (int i = 0; i < 32; i += 3) mask |= 1 << i;
        System.out.println(Integer.toBinaryString(mask));
        int x = 12345;
        int swapped = ((x & 0xFF) << 8) | ((x >> 8) & 0xFF);
        System.out.println(swapped);
        System.out.println((x & -x) + " " + (x & (x - 1)));
        int y = 5, z = 9;
        y ^= z; z ^= y; y ^= z;
        System.out.println(y + " " + z);
    }
}
