import java.util.Arrays;
public class C149_PrimitiveArraysOps {
    public static void main(String[] args) {
        byte[] bs = {127, -128, 0, 1, -1};
        short[] ss = {32767, -32768, 5};
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, 0};
        float[] fs = {1.5f, Float.NaN, -0f, 0f, Float.NEGATIVE_INFINITY};
        double[] ds = {2.5, -1e300, Double.MIN_VALUE};
        char[] cs = {'z', 'a', 'M', '0'};
        boolean[] zs = {true, false, true};
        System.out.println(Arrays.toString(bs) + Arrays.toString(ss) + Arrays.toString(ls) + Arrays.toString(fs) + Arrays.toString(ds) + Arrays.toString(cs) + Arrays.toString(zs));
        Arrays.sort(bs); Arrays.sort(ss); Arrays.sort(ls); Arrays.sort(fs); Arrays.sort(ds); Arrays.sort(cs);
        System.out.println(Arrays.toString(bs) + Arrays.toString(ss) + Arrays.toString(ls) + Arrays.toString(fs) + Arrays.toString(ds) + Arrays.toString(cs));
        int bsum = 0; for (byte b : bs) bsum += b;
        long lx = 0; for (long l : ls) lx ^= l;
        float fsum = 0; for (float f : fs) if (!Float.isNaN(f) && !Float.isInfinite(f)) fsum += f;
        System.out.println(bsum + " " + lx + " " + fsum);
        bs[0]++; ss[0]--; ls[2] += 5; fs[0] *= 2; ds[0] /= 2; cs[0]++; zs[1] = !zs[1];
        System.out.println(bs[0] + " " + ss[0] + " " + ls[2] + " " + fs[0] + " " + ds[0] + " " + cs[0] + " " + zs[1]);
        System.out.println(Arrays.equals(fs, fs.clone()) + " " + Arrays.hashCode(ds) + " " + Arrays.hashCode(zs) + " " + Arrays.hashCode(cs) + " " + Arrays.hashCode(bs));
        int[] big = new int[100000];
        for (int i = 0; i < big.length; i++) big[i] = i ^ (i >> 3);
        long s = 0; for (int v : big) s += v;
        System.out.println("big sum " + s);
        Object[] boxes = {bs, ss, ls, fs, ds, cs, zs};
        int total = 0;
        for (Object o : boxes) {
            if (o instanceof byte[] x) total += x.length; else if (o instanceof short[] x) total += x.length; else if (o instanceof long[] x) total += x.length;
            else if (o instanceof float[] x) total += x.length; else if (o instanceof double[] x) total += x.length; else if (o instanceof char[] x) total += x.length; else if (o instanceof boolean[] x) total += x.length;
        }
        System.out.println("total elements " + total);
    }
}
