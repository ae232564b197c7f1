public class C017_CharArith {
    static char next(char c) { return (char) (c + 1); }
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c);
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println(next(c));
        System.out.println("" + c + 1);
        System.out.println(c + c);
        System.out.println("" + c + c);
        char d = c; d += 5; System.out.println(d);
        d++; System.out.println(d);
        StringBuilder alphabet = new StringBuilder();
        for (char x = 'a'; x <= 'z'; x++) alphabet.append(x);
        System.out.println(alphabet);
        for (char x = 'Z'; x >= 'U'; x--) System.out.print(x);
        System.out.println();
        char digit = '7';
        int val = digit - '0';
        System.out.println(val + " " + (char) ('0' + 9) + " " + (int) '0');
        System.out.println('a' < 'b');
        System.out.println((int) 'a' + (int) 'b');
        System.out.println((char) 0x263A == '\u263A');
        char[] caesar = "Hello, World".toCharArray();
        for (int i = 0; i < caesar.length; i++) {
            char ch = caesar[i];
            if (ch >= 'a' && ch <= 'z') caesar[i] = (char) ('a' + (ch - 'a' + 3) % 26);
            else if (ch >= 'A' && ch <= 'Z') caesar[i] = (char) ('A' + (ch - 'A' + 3) % 26);
        }
        System.out.println(new String(caesar));
        System.out.println(caesar);
        char max = Character.MAX_VALUE;
        System.out.println((int) max + " " + (int) Character.MIN_VALUE);
        max++;
        System.out.println((int) max);
        int sum = 0;
        for (char ch : "checksum".toCharArray()) sum = sum * 7 + ch;
        System.out.println(sum);
        System.out.println('x' + "y" + 'z');
        System.out.println('x' + 'y' + "z");
        char tern = true ? 'T' : 0;
        System.out.println(tern);
        int itern = 66;
        System.out.println(false ? 'F' : itern);
        System.out.println(true ? 'Q' : 66);
    }
}
