import java.util.Random;
public class C115_RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println("nextInt(100): " + sb);
        for (int i = 0; i < 3; i++) System.out.println("nextInt: " + r.nextInt());
        for (int i = 0; i < 3; i++) System.out.println("nextLong: " + r.nextLong());
        for (int i = 0; i < 3; i++) System.out.println("nextDouble: " + r.nextDouble());
        for (int i = 0; i < 3; i++) System.out.println("nextFloat: " + r.nextFloat());
        sb.setLength(0);
        for (int i = 0; i < 16; i++) sb.append(r.nextBoolean() ? '1' : '0');
        System.out.println("nextBoolean: " + sb);
        System.out.println("nextGaussian: " + r.nextGaussian() + " " + r.nextGaussian());
        Random r0 = new Random(0);
        System.out.println(r0.nextInt(7) + " " + r0.nextInt(1 << 20) + " " + r0.nextInt(1000000007) + " " + r0.nextInt(1));
        byte[] bytes = new byte[8];
        new Random(123).nextBytes(bytes);
        System.out.println(java.util.Arrays.toString(bytes));
        Random a = new Random(7), b = new Random(7);
        boolean same = true;
        for (int i = 0; i < 1000; i++) if (a.nextInt() != b.nextInt()) same = false;
        System.out.println("same sequence " + same);
        Random s = new Random(99);
        s.setSeed(42);
        System.out.println(s.nextInt(100) + " (reseeded to 42)");
        int[] hist = new int[6];
        Random dice = new Random(2024);
        for (int i = 0; i < 6000; i++) hist[dice.nextInt(6)]++;
        System.out.println("dice " + java.util.Arrays.toString(hist));
        long sum = 0;
        Random big = new Random(-1L);
        for (int i = 0; i < 100; i++) sum += big.nextInt(Integer.MAX_VALUE);
        System.out.println("sum " + sum);
    }
}
