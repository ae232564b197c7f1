public class C131_MixedPrecedence {
    public static void main(String[] args) {
        int a = 5, b = 3, c = 2;
        System.out.println(a + b * c + " " + (a + b) * c + " " + (a - b) + "");
        System.out.println(a * b % c + " " + a * (b % c) + " " + -a % b + " " + (a << 1));
        System.out.println((a & b | c) + " " + (a | b & c) + " " + (a ^ b & c) + " " + (~a & 0xFF));
        System.out.println((a < b == b < c) + " " + (a > b && b > c || a < c) + " " + (a > b ? b > c ? "both" : "first" : "none"));
        System.out.println((a << b >> c) + " " + (a << (b >> c)) + " " + (-a >> 1) + " " + (-a >>> 30));
        int x = 10;
        x += x++ + ++x;
        System.out.println(x);
        int y = 3;
        y = y++ * 2 + y;
        System.out.println(y);
        int[] arr = {0, 0, 0};
        int i = 0;
        arr[i] = i = 2;
        System.out.println(arr[0] + " " + arr[2] + " " + i);
        int p = 1, q = 2;
        p = q = p + q;
        System.out.println(p + " " + q);
        boolean t = true, f = false;
        System.out.println((t || f && f) + " " + ((t || f) && f) + " " + (!t == f) + " " + (t ^ f | f));
        double d = 7 / 2 * 2.0 + 7 / 2.0;
        System.out.println(d + " " + (1 + 2 + "3") + " " + ("1" + 2 * 3) + " " + (char) ('a' + 1) + ('a' + 1));
        long big = Integer.MAX_VALUE + 1L * 2;
        long notBig = Integer.MAX_VALUE * 2 + 1L;
        System.out.println(big + " " + notBig);
    }
}
