public class C156_IntegerOverflowLoops {
    public static void main(String[] args) {
        int count = 0;
        for (int i = Integer.MAX_VALUE - 5; i > 0; i++) count++;
        System.out.println("iterations until wrap " + count);
        byte b = 0; int bc = 0;
        do { b++; bc++; } while (b != 0);
        System.out.println("byte cycle " + bc);
        short s = 0; int sc = 0;
        do { s += 7; sc++; } while (s != 0);
        System.out.println("short +7 cycle " + sc);
        char c = 0; int cc = 0;
        do { c += 3; cc++; } while (c != 0);
        System.out.println("char +3 cycle " + cc);
        int h = 1;
        for (int i = 0; i < 40; i++) { h *= 3; if (i % 8 == 7) System.out.println("3^" + (i + 1) + " as int = " + h); }
        long lh = 1;
        for (int i = 0; i < 45; i++) lh *= 3;
        System.out.println("3^45 as long = " + lh);
        int x = Integer.MAX_VALUE;
        x += 1.0;
        System.out.println("MAX += 1.0 -> " + x);
        int y = Integer.MIN_VALUE;
        y -= 1.5f;
        System.out.println("MIN -= 1.5f -> " + y);
        long z = Long.MAX_VALUE;
        z += 1.0;
        System.out.println("LMAX += 1.0 -> " + z);
        int avgBad = (Integer.MAX_VALUE + Integer.MAX_VALUE) / 2, avgGood = (Integer.MAX_VALUE + Integer.MAX_VALUE) >>> 1;
        System.out.println(avgBad + " " + avgGood);
        int sum = 0;
        for (int i = 0; i < 100000; i++) sum += i * i;
        System.out.println("sum of squares wrapped " + sum);
    }
}
