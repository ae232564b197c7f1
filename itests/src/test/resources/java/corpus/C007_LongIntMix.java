public class C007_LongIntMix {
    static long sum(int n) { long s = 0; for (int i = 1; i <= n; i++) s += i; return s; }
    static long mulLong(int a, int b) { return (long) a * b; }
    static long mulInt(int a, int b) { return a * b; }
    public static void main(String[] args) {
        System.out.println(sum(100000));
        System.out.println(mulLong(100000, 100000));
        System.out.println(mulInt(100000, 100000));
        int i = 3;
        long l = 10000000000L;
        System.out.println(l + i);
        System.out.println(l * i);
        System.out.println(l / i);
        System.out.println(l % i);
        System.out.println(i - l);
        System.out.println((int) (l / i));
        System.out.println(Long.MAX_VALUE + 1);
        System.out.println(Long.MIN_VALUE - 1);
        System.out.println(Long.MAX_VALUE * 3);
        long f = 1;
        for (int k = 1; k <= 25; k++) {
            f *= k;
            if (k >= 18) System.out.println(k + "! = " + f);
        }
        System.out.println(0xFFFFFFFF + 0L);
        System.out.println(0xFFFFFFFFL);
        System.out.println(Integer.MAX_VALUE + 1L);
        long mixed = i << 40;
        System.out.println(mixed);
        long mixed2 = (long) i << 40;
        System.out.println(mixed2);
        System.out.println(Long.compare(5L, -5L) + " " + Long.signum(-99L));
        System.out.println(Math.abs(Long.MIN_VALUE));
        int x = -7;
        long y = x;
        System.out.println(y + " " + (y >>> 1) + " " + (x >>> 1));
        System.out.println(Long.hashCode(l) + " " + Long.valueOf(l).hashCode());
    }
}
