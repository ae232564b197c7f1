public class C043_FieldDefaults {
    static class Holder {
        byte b; short s; char c; int i; long l; float f; double d; boolean z; String str; Object obj; int[] arr;
    }
    static byte sb; static short ss; static char sc; static int si; static long sl; static float sf; static double sd; static boolean sz; static String sstr;
    public static void main(String[] args) {
        Holder h = new Holder();
        System.out.println(h.b + " " + h.s + " " + (int) h.c + " " + h.i + " " + h.l + " " + h.f + " " + h.d + " " + h.z + " " + h.str + " " + h.obj + " " + h.arr);
        System.out.println(sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + sz + " " + sstr);
        System.out.println(h.c == '\u0000');
        h.i = 5; h.str = "set"; h.arr = new int[2];
        Holder h2 = new Holder();
        System.out.println(h.i + " " + h.str + " " + h.arr.length + " / " + h2.i + " " + h2.str);
        String[] strs = new String[2];
        boolean[] bs = new boolean[2];
        double[] ds = new double[2];
        char[] cs = new char[2];
        System.out.println(strs[0] + " " + bs[1] + " " + ds[0] + " " + (int) cs[1]);
    }
}
