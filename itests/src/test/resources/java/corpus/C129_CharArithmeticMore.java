public class C129_CharArithmeticMore {
    static String rot13(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ((c - 'a' + 13) % 26 + 'a'));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ((c - 'A' + 13) % 26 + 'A'));
            else sb.append(c);
        }
        return sb.toString();
    }
    static String hex(byte[] bs) { char[] digits = "0123456789abcdef".toCharArray(); char[] out = new char[bs.length * 2]; for (int i = 0; i < bs.length; i++) { out[2 * i] = digits[(bs[i] >> 4) & 0xF]; out[2 * i + 1] = digits[bs[i] & 0xF]; } return new String(out); }
    public static void main(String[] args) {
        String s = "Hello, World! 123";
        System.out.println(rot13(s) + " | " + rot13(rot13(s)));
        System.out.println(hex(new byte[]{0, 1, 15, 16, 127, -128, -1, 42}));
        char c = 'a';
        c += 25;
        System.out.println(c + " " + (c + 0) + " " + (char) (c - 32) + " " + Character.getNumericValue(c));
        char[] arr = new char[5];
        for (int i = 0; i < arr.length; i++) arr[i] = (char) ('0' + i * 2);
        System.out.println(String.valueOf(arr) + " " + arr.length);
        int sum = 0;
        for (char d : "9081726354".toCharArray()) sum += d - '0';
        System.out.println("digit sum " + sum);
        long num = 0;
        for (char d : "1234567890123".toCharArray()) num = num * 10 + (d - '0');
        System.out.println(num + 1);
        char x = '\t', y = '\n', z = '\\', q = '\'', dq = '"';
        System.out.println((int) x + " " + (int) y + " " + z + " " + q + " " + dq + " " + (int) '\0' + " " + (int) '\177');
        System.out.println((char) 97 + "" + (char) 98 + (char) 99);
        short sh = (short) 'A';
        byte by = (byte) 'B';
        System.out.println(sh + " " + by + " " + (char) sh + (char) by);
        System.out.println(Character.toString(0x48) + Character.toString(105));
        switch (c) { case 'z' -> System.out.println("c is z"); default -> System.out.println("c not z"); }
    }
}
