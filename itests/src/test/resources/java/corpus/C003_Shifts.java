public class C003_Shifts {
    public static void main(String[] args) {
        int v = 0x80000001;
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int c : counts) {
            System.out.println("c=" + c + " shl=" + (v << c) + " shr=" + (v >> c) + " ushr=" + (v >>> c));
        }
        long lv = 0x8000000000000001L;
        for (int c : counts) {
            System.out.println("lc=" + c + " shl=" + (lv << c) + " shr=" + (lv >> c) + " ushr=" + (lv >>> c));
        }
        System.out.println(-1 >>> 28);
        System.out.println(-1L >>> 60);
        System.out.println(-16 >> 2);
        System.out.println(-16 >>> 2);
        System.out.println(1 << 31);
        System.out.println(1L << 63);
        long shiftByLong = 5L;
        System.out.println(1 << shiftByLong);
        byte b = -8;
        System.out.println(b >> 1);
        System.out.println(b >>> 1);
        System.out.println((byte) (b >>> 1));
        char ch = 0xFFFF;
        System.out.println(ch >> 4);
    }
}
