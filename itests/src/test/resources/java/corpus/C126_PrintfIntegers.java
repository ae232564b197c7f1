public class C126_PrintfIntegers {
    public static void main(String[] args) {
        int[] vs = {0, 7, -7, 42, 12345, -2147483648, 2147483647};
        for (int v : vs) System.out.printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%,d]%n", v, v, v, v, v, v, v, v, v);
        long l = 1234567890123L;
        System.out.printf("%d %,d %x %020d%n", l, l, l, l);
        System.out.printf("%s %S %10s|%-10s|%.3s%n", "str", "str", "right", "left", "truncate");
        System.out.printf("%c %c %b %b %b %%%n", 'x', 65, true, null, "nonnull");
        System.out.println(String.format("%3$s %1$s %2$s", "a", "b", "c"));
        System.out.println(String.format("|%8.3s|%-8s|", "abcdef", null));
        System.out.println(String.format("%h %h", "hi", 42));
        byte b = -1; short s = -1;
        System.out.println(String.format("%x %x %d", b, s, (byte) 200));
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 5; i++) table.append(String.format("%2d | %4d | %6d%n", i, i * i, i * i * i));
        System.out.print(table);
    }
}
