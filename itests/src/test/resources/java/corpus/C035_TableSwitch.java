public class C035_TableSwitch {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            default: return "other(" + x + ")";
        }
    }
    static int denseNeg(int x) {
        switch (x) {
            case -3: return 30; case -2: return 20; case -1: return 10; case 0: return 0;
            case 1: return -10; case 2: return -20; case 4: return -40;
            default: return 999;
        }
    }
    static int fall(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1;
            case 2: r += 2;
            case 3: r += 3; break;
            case 4: r += 4;
            default: r += 100;
        }
        return r;
    }
    public static void main(String[] args) {
        for (int i = -2; i <= 9; i++) System.out.print(dense(i) + " ");
        System.out.println();
        for (int i = -5; i <= 5; i++) System.out.print(denseNeg(i) + " ");
        System.out.println();
        for (int i = 0; i <= 5; i++) System.out.print(fall(i) + " ");
        System.out.println();
        System.out.println(dense(Integer.MIN_VALUE) + " " + dense(Integer.MAX_VALUE));
        char grade = 'B';
        switch (grade) { case 'A': System.out.println("excellent"); break; case 'B': case 'C': System.out.println("good"); break; default: System.out.println("?"); }
        byte by = 3;
        switch (by) { case 1: System.out.println("b1"); break; case 3: System.out.println("b3"); break; }
        int hist[] = new int[4];
        for (int i = 0; i < 100; i++) switch (i % 7) { case 0: case 1: hist[0]++; break; case 2: hist[1]++; break; case 3: case 4: case 5: hist[2]++; break; default: hist[3]++; }
        System.out.println(hist[0] + " " + hist[1] + " " + hist[2] + " " + hist[3]);
        switch (5) { }
        switch (1) { default: System.out.println("only default"); }
    }
}
