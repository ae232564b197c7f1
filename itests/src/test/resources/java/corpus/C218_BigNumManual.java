public class C218_BigNumManual {
    static int[] fromLong(long v) { int[] d = new int[20]; int n = 0; do { d[n++] = (int) (v % 10); v /= 10; } while (v > 0); return java.util.Arrays.copyOf(d, n); }
    static int[] mulSmall(int[] a, int m) {
        int[] r = new int[a.length + 12]; long carry = 0; int n = 0;
        for (int i = 0; i < a.length || carry > 0; i++) { long cur = carry + (i < a.length ? (long) a[i] * m : 0); r[n++] = (int) (cur % 10); carry = cur / 10; }
        return java.util.Arrays.copyOf(r, n);
    }
    static int[] add(int[] a, int[] b) {
        int[] r = new int[Math.max(a.length, b.length) + 1]; int carry = 0, n = 0;
        for (int i = 0; i < r.length; i++) { int s = carry + (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0); r[i] = s % 10; carry = s / 10; if (r[i] != 0) n = i + 1; }
        return java.util.Arrays.copyOf(r, Math.max(n, 1));
    }
    static int[] mul(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) { int carry = 0; for (int j = 0; j < b.length || carry > 0; j++) { int cur = r[i + j] + carry + (j < b.length ? a[i] * b[j] : 0); r[i + j] = cur % 10; carry = cur / 10; } }
        int n = r.length; while (n > 1 && r[n - 1] == 0) n--;
        return java.util.Arrays.copyOf(r, n);
    }
    static String str(int[] d) { StringBuilder sb = new StringBuilder(); for (int i = d.length - 1; i >= 0; i--) sb.append(d[i]); return sb.toString(); }
    static int digitSum(int[] d) { int s = 0; for (int x : d) s += x; return s; }
    public static void main(String[] args) {
        int[] f = {1};
        for (int i = 2; i <= 100; i++) f = mulSmall(f, i);
        System.out.println("100! = " + str(f));
        System.out.println("digits=" + f.length + " digitSum=" + digitSum(f));
        int[] a = {0}, b = {1};
        for (int i = 0; i < 300; i++) { int[] t = add(a, b); a = b; b = t; }
        System.out.println("fib(300) = " + str(a));
        int[] p = {1}; int[] two = {2};
        for (int i = 0; i < 200; i++) p = mul(p, two);
        System.out.println("2^200 = " + str(p));
        System.out.println("check 2^200 via BigInteger: " + str(p).equals(java.math.BigInteger.TWO.pow(200).toString()));
        int[] x = fromLong(Long.MAX_VALUE);
        System.out.println("MAX^2 = " + str(mul(x, x)) + " agrees=" + str(mul(x, x)).equals(java.math.BigInteger.valueOf(Long.MAX_VALUE).pow(2).toString()));
        int[] s = {0};
        for (int i = 1; i <= 1000; i++) s = add(s, mul(fromLong(i), fromLong(i)));
        System.out.println("sum squares 1..1000 = " + str(s));
    }
}
