public class C015_FloatPrinting {
    public static void main(String[] args) {
        float[] fs = {0f, -0f, 1f, -1f, 0.1f, 0.2f, 0.3f, 1f / 3, 2f / 3, 100f, 1234567f, 12345678f, 1e7f, 1e-3f, 0.001f, 1e-4f,
            3.14159265f, 1.0e10f, 123.456f, Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, 16777216f, 0.5f, 9999999f};
        for (float f : fs) System.out.println(f);
        float acc = 0;
        for (int i = 0; i < 10; i++) { acc += 0.1f; System.out.println("acc=" + acc); }
        float x = 1;
        for (int i = 0; i < 8; i++) { x *= 7.3f; System.out.println(x); }
        System.out.println(0.1f + 0.2f);
        System.out.println(0.1f * 3);
        System.out.println((double) (0.1f + 0.2f));
        System.out.println(Float.toString(1.1f) + "|" + String.valueOf(2.2f) + "|" + Float.valueOf(3.3f));
        System.out.println(1f / 0 + " " + -1f / 0 + " " + 0f / 0);
        System.out.println(Float.parseFloat("1.17549435E-38") + " " + Float.parseFloat("3.4028235e38"));
        float prod = 1;
        for (int i = 1; i <= 12; i++) prod *= i;
        System.out.println("12! as float=" + prod);
    }
}
