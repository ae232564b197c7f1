public class C166_ShiftAndMaskTricks {
    static int popcount(int x) { int c = 0; while (x != 0) { x &= x - 1; c++; } return c; }
    static boolean isPow2(long x) { return x > 0 && (x & (x - 1)) == 0; }
    static int nextPow2(int x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }
    static int parity(int x) { x ^= x >>> 16; x ^= x >>> 8; x ^= x >>> 4; x ^= x >>> 2; x ^= x >>> 1; return x & 1; }
    static int grayEncode(int x) { return x ^ (x >>> 1); }
    static int grayDecode(int g) { int x = 0; for (; g != 0; g >>>= 1) x ^= g; return x; }
    public static void main(String[] args) {
        int[] vs = {0, 1, 2, 3, 7, 8, 100, 1023, 1024, -1, Integer.MIN_VALUE, 0x55555555};
        for (int v : vs) System.out.println(v + " pop=" + popcount(v) + "/" + Integer.bitCount(v) + " pow2=" + isPow2(v) + " next=" + nextPow2(v) + " parity=" + parity(v) + " gray=" + grayEncode(v) + " back=" + grayDecode(grayEncode(v)));
        int packed = (0x12 << 24) | (0x34 << 16) | (0x56 << 8) | 0x78;
        System.out.println(Integer.toHexString(packed) + " " + ((packed >>> 24) & 0xFF) + " " + ((packed >> 16) & 0xFF) + " " + ((packed >> 8) & 0xFF) + " " + (packed & 0xFF));
        long rgba = 0xFF8040C0L;
        System.out.println(((rgba >> 24) & 0xFF) + " " + ((rgba >> 16) & 0xFF) + " " + ((rgba >> 8) & 0xFF) + " " + (rgba & 0xFF));
        int signExt = (byte) 0xF0, zeroExt = 0xF0 & 0xFF;
        System.out.println(signExt + " " + zeroExt + " " + ((short) 0x8000) + " " + (0x8000 & 0xFFFF));
        int flags = 0;
        flags |= 1 << 3; flags |= 1 << 7; flags &= ~(1 << 3); flags ^= 1 << 0;
        System.out.println(Integer.toBinaryString(flags) + " bit7=" + ((flags >> 7) & 1) + " bit3=" + ((flags >> 3) & 1));
        long bits = 0;
        for (int i = 0; i < 64; i += 5) bits |= 1L << i;
        System.out.println(Long.toBinaryString(bits) + " " + Long.bitCount(bits));
        System.out.println((1 << 32) + " " + (1 << -1) + " " + (1L << 64) + " " + (8 >> 35) + " " + (-8 >>> 35));
    }
}
