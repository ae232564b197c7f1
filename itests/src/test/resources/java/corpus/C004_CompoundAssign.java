public class C004_CompoundAssign {
    static int sfield = 10;
    int ifield = 20;
    public static void main(String[] args) {
        int i = 5;
        i += 3; System.out.println(i);
        i -= 10; System.out.println(i);
        i *= -7; System.out.println(i);
        i /= 3; System.out.println(i);
        i %= 4; System.out.println(i);
        i <<= 5; System.out.println(i);
        i >>= 2; System.out.println(i);
        i >>>= 1; System.out.println(i);
        i |= 0x100; System.out.println(i);
        i &= 0x1F0; System.out.println(i);
        i ^= 0xFF; System.out.println(i);
        byte b = 100;
        b += 100; System.out.println(b);
        short s = 30000;
        s *= 3; System.out.println(s);
        char c = 'A';
        c += 2; System.out.println(c);
        c *= 2; System.out.println((int) c);
        int j = 7;
        j += 1.9; System.out.println(j);
        j *= 2.5; System.out.println(j);
        long l = 1;
        l <<= 40; System.out.println(l);
        l += Integer.MAX_VALUE; System.out.println(l);
        sfield += 5; sfield *= 3; System.out.println(sfield);
        C004_CompoundAssign o = new C004_CompoundAssign();
        o.ifield -= 25; o.ifield <<= 2; System.out.println(o.ifield);
        int[] arr = {1, 2, 3};
        int k = 0;
        arr[k++] += 10;
        arr[k++] *= 10;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " k=" + k);
        double d = 10; d /= 4; System.out.println(d);
        float f = 1; f /= 3; System.out.println(f);
    }
}
