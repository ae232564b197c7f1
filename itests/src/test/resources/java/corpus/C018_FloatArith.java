public class C018_FloatArith {
    static float poly(float x) { return ((2.5f * x - 1.25f) * x + 0.75f) * x - 3f; }
    public static void main(String[] args) {
        for (int i = -3; i <= 3; i++) System.out.println("poly(" + i + ")=" + poly(i * 0.7f));
        float a = 16777216f;
        System.out.println(a + 1f);
        System.out.println(a + 2f);
        float big = 1e38f;
        System.out.println(big * 10);
        System.out.println(-big * 10);
        System.out.println(big / 1e-10f);
        float tiny = 1e-45f;
        System.out.println(tiny + " " + tiny / 2 + " " + tiny * 0.7f);
        System.out.println(7.5f % 2f + " " + -7.5f % 2f + " " + 7.5f % -2f);
        float f = 0.1f;
        double d = f;
        System.out.println(d);
        System.out.println(f == 0.1);
        System.out.println(f == 0.1f);
        System.out.println((float) d == f);
        float mix = 3 / 2 + 3 / 2f;
        System.out.println(mix);
        long l = 123456789123L;
        float lf = l;
        System.out.println(lf);
        int i = 123456789;
        float fi = i;
        System.out.println(fi + " " + (int) fi);
        double sum = 0; float fsum = 0;
        for (int k = 0; k < 1000; k++) { sum += 0.001; fsum += 0.001f; }
        System.out.println(sum + " " + fsum);
        System.out.println(Float.compare(1f, 2f) + " " + Float.max(-0f, 0f) + " " + Float.sum(1.5f, 2.25f));
        System.out.println(Float.MAX_VALUE + Float.MAX_VALUE);
        System.out.println((double) Float.MAX_VALUE);
    }
}
