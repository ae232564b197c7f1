public class C034_Ternary {
    static String sign(int x) { return x > 0 ? "pos" : x < 0 ? "neg" : "zero"; }
    static int max3(int a, int b, int c) { return a > b ? (a > c ? a : c) : (b > c ? b : c); }
    public static void main(String[] args) {
        for (int x : new int[]{-5, 0, 7}) System.out.println(x + " " + sign(x));
        System.out.println(max3(1, 2, 3) + " " + max3(3, 2, 1) + " " + max3(2, 3, 1) + " " + max3(5, 5, 5));
        boolean b = true;
        Object o = b ? "string" : Integer.valueOf(1);
        System.out.println(o);
        Integer nullable = null;
        int def = nullable != null ? nullable : -1;
        System.out.println(def);
        long l = b ? 1 : 2L;
        System.out.println(l);
        double d = b ? 1 : 2.0;
        System.out.println(d);
        Object mixed = true ? 1 : 2.0;
        System.out.println(mixed);
        Object mixed2 = true ? Integer.valueOf(1) : "s";
        System.out.println(mixed2);
        char c = false ? 'a' : 98;
        System.out.println(c);
        int i = 5;
        int r = i++ > 5 ? i * 10 : i * 100;
        System.out.println(r + " " + i);
        String s = null;
        System.out.println(s == null ? "null!" : s.length());
        int[] arr = {1, 2, 3};
        (arr.length > 2 ? arr : new int[3])[0] = 42;
        System.out.println(arr[0]);
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= 15; k++) sb.append(k % 15 == 0 ? "FizzBuzz" : k % 5 == 0 ? "Buzz" : k % 3 == 0 ? "Fizz" : String.valueOf(k)).append(' ');
        System.out.println(sb);
        try {
            Integer nn = null;
            int bad = b ? nn : 0;
            System.out.println(bad);
        } catch (NullPointerException e) { System.out.println("unboxing NPE in ternary"); }
    }
}
