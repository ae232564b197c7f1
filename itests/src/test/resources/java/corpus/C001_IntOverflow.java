public class C001_IntOverflow {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println(max);
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(min * -1);
        System.out.println(-min);
        System.out.println(max * max);
        System.out.println(min + min);
        int x = 123456789;
        for (int i = 0; i < 6; i++) {
            x = x * 31 + 17;
            System.out.println("x" + i + "=" + x);
        }
        int a = 0x7fff0000;
        System.out.println(a + a);
        System.out.println(a * 3);
        System.out.println(Math.abs(min));
        System.out.println(1000000 * 1000000);
        System.out.println(46341 * 46341);
        System.out.println(46340 * 46340);
    }
}
