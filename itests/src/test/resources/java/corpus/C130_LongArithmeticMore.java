public class C130_LongArithmeticMore {
    static long modpow(long b, long e, long m) { long r = 1; b %= m; while (e > 0) { if ((e & 1) == 1) r = r * b % m; b = b * b % m; e >>= 1; } return r; }
    static long mulhi(long a, long b) { return Math.multiplyHigh(a, b); }
    public static void main(String[] args) {
        long M = 1_000_000_007L;
        System.out.println(modpow(2, 1000000, M) + " " + modpow(3, M - 2, M) + " " + (3 * modpow(3, M - 2, M) % M));
        long x = 0x123456789ABCDEFL;
        System.out.println((x >>> 7) + " " + (x << 9) + " " + (x >> 60) + " " + Long.rotateLeft(x, 13) + " " + Long.reverse(x) + " " + Long.reverseBytes(x));
        System.out.println(mulhi(Long.MAX_VALUE, Long.MAX_VALUE) + " " + mulhi(-1L, 5L) + " " + Math.floorMod(-7L, 3L) + " " + Math.floorDiv(-7L, 3L));
        long h = 0xcbf29ce484222325L;
        for (char c : "fnv hash input".toCharArray()) { h ^= c; h *= 0x100000001b3L; }
        System.out.println("fnv1a=" + h + " hex=" + Long.toHexString(h));
        long seed = 42;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) { seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17; sb.append(seed).append(' '); }
        System.out.println("xorshift " + sb.toString().trim());
        long a = Long.MIN_VALUE;
        System.out.println((a - 1) + " " + (a * -1) + " " + (a / -1) + " " + (a % -1) + " " + Math.abs(a) + " " + (-a == a));
        int i = -1;
        long widened = i, masked = i & 0xFFFFFFFFL;
        System.out.println(widened + " " + masked + " " + Integer.toUnsignedLong(i) + " " + (long) (i >>> 1));
        System.out.println(Long.sum(3, 4) + " " + Long.max(-3, -4) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.remainderUnsigned(-1L, 7));
    }
}
