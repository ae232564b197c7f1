public class C009_IntegerEdgeMath {
    static int gcd(int a, int b) { while (b != 0) { int t = a % b; a = b; b = t; } return a; }
    static long pow(long b, int e) { long r = 1; while (e > 0) { if ((e & 1) != 0) r *= b; b *= b; e >>= 1; } return r; }
    static int isqrt(int n) { int r = 0; while ((long) (r + 1) * (r + 1) <= n) r++; return r; }
    public static void main(String[] args) {
        System.out.println(gcd(1071, 462) + " " + gcd(-48, 18) + " " + gcd(0, 5));
        for (int e = 0; e <= 64; e += 8) System.out.println("3^" + e + "=" + pow(3, e));
        System.out.println(pow(2, 62) + " " + pow(2, 63) + " " + pow(2, 64));
        System.out.println(isqrt(1000000) + " " + isqrt(999999) + " " + isqrt(2));
        System.out.println(Math.max(Integer.MIN_VALUE, -5) + " " + Math.min(-0, 0));
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE);
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(3, 4));
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
        System.out.println(Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-2));
        System.out.println(Integer.compareUnsigned(-1, 1) + " " + Integer.compare(-1, 1));
        System.out.println(Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 10));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println("addExact: " + e.getMessage()); }
        try { Math.multiplyExact(1L << 40, 1L << 40); } catch (ArithmeticException e) { System.out.println("mulExact: " + e.getMessage()); }
        try { Math.toIntExact(1L << 33); } catch (ArithmeticException e) { System.out.println("toIntExact: " + e.getMessage()); }
        System.out.println(Math.negateExact(5) + " " + Math.subtractExact(10L, 3L));
        int h = 0;
        for (int i = 0; i < 1000; i++) h = 31 * h + (i ^ (i >>> 3));
        System.out.println("hash=" + h);
        long lh = 1125899906842597L;
        for (int i = 0; i < 100; i++) lh = 31 * lh + i;
        System.out.println("lhash=" + lh);
    }
}
