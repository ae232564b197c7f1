public class C067_Arrays1D {
    public static void main(String[] args) {
        byte[] b = new byte[3]; short[] s = new short[3]; char[] c = new char[3]; int[] i = new int[3];
        long[] l = new long[3]; float[] f = new float[3]; double[] d = new double[3]; boolean[] z = new boolean[3]; String[] str = new String[3];
        System.out.println(b[0] + " " + s[1] + " " + (int) c[2] + " " + i[0] + " " + l[1] + " " + f[2] + " " + d[0] + " " + z[1] + " " + str[2]);
        for (int k = 0; k < 3; k++) { b[k] = (byte) (100 * k); s[k] = (short) (20000 * k); c[k] = (char) ('x' + k); i[k] = k * k; l[k] = 1L << (30 * k); f[k] = k / 3f; d[k] = k / 3.0; z[k] = k % 2 == 0; str[k] = "s" + k; }
        for (int k = 0; k < 3; k++) System.out.println(b[k] + " " + s[k] + " " + c[k] + " " + i[k] + " " + l[k] + " " + f[k] + " " + d[k] + " " + z[k] + " " + str[k]);
        System.out.println(b.length + s.length + c.length + i.length + l.length + f.length + d.length + z.length + str.length);
        int[] init = {5, 4, 3, 2, 1};
        int[] anon = new int[]{9, 8};
        int[] empty = {};
        System.out.println(init.length + " " + anon[1] + " " + empty.length);
        int sum = 0;
        for (int k = 0; k < init.length; k++) sum += init[k] * (k + 1);
        System.out.println("weighted=" + sum);
        int[] alias = init;
        alias[0] = 50;
        System.out.println(init[0]);
        b[0] += 200; s[0]--; c[0]++; l[0] <<= 62; d[0] /= 0; f[0] -= 0.5f;
        System.out.println(b[0] + " " + s[0] + " " + c[0] + " " + l[0] + " " + d[0] + " " + f[0]);
        char[] word = {'j', 'a', 'v', 'a'};
        System.out.println(word);
        System.out.println(new String(word) + word.length);
        Object o = i;
        System.out.println(o instanceof int[]);
        long[] fibs = new long[60];
        fibs[0] = 0; fibs[1] = 1;
        for (int k = 2; k < fibs.length; k++) fibs[k] = fibs[k - 1] + fibs[k - 2];
        System.out.println(fibs[59]);
    }
}
