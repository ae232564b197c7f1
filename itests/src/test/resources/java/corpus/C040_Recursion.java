public class C040_Recursion {
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static int ackermann(int m, int n) { if (m == 0) return n + 1; if (n == 0) return ackermann(m - 1, 1); return ackermann(m - 1, ackermann(m, n - 1)); }
    static void hanoi(int n, char from, char to, char via, StringBuilder out) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, out);
        out.append(from).append(to).append(' ');
        hanoi(n - 1, via, to, from, out);
    }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static void perms(String prefix, String rest, StringBuilder out) {
        if (rest.isEmpty()) { out.append(prefix).append(' '); return; }
        for (int i = 0; i < rest.length(); i++) perms(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    public static void main(String[] args) {
        for (int i = 0; i <= 20; i += 5) System.out.println(i + "! = " + fact(i));
        StringBuilder fs = new StringBuilder();
        for (int i = 0; i < 20; i++) fs.append(fib(i)).append(' ');
        System.out.println(fs);
        System.out.println("ack(2,3)=" + ackermann(2, 3) + " ack(3,3)=" + ackermann(3, 3));
        StringBuilder h = new StringBuilder();
        hanoi(4, 'A', 'C', 'B', h);
        System.out.println(h);
        System.out.println(isEven(10) + " " + isOdd(7) + " " + isEven(7));
        StringBuilder p = new StringBuilder();
        perms("", "abcd", p);
        System.out.println(p);
        System.out.println("depth " + depth(3000));
    }
}
