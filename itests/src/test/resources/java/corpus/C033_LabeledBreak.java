public class C033_LabeledBreak {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
            System.out.print("never ");
        }
        System.out.println();
        int found = -1;
        search:
        for (int a = 1; a < 20; a++)
            for (int b = a; b < 20; b++)
                for (int c = b; c < 30; c++)
                    if (a * a + b * b == c * c && a + b + c > 20) { found = a * 10000 + b * 100 + c; break search; }
        System.out.println("triple " + found);
        int count = 0;
        block: {
            count++;
            if (count > 0) break block;
            count = 100;
        }
        System.out.println("block count " + count);
        int x = 0;
        loop:
        while (true) {
            x++;
            switch (x) {
                case 1: continue loop;
                case 5: break loop;
                default: System.out.print("x=" + x + " ");
            }
        }
        System.out.println();
        StringBuilder primes = new StringBuilder();
        nextNum:
        for (int n = 2; n < 50; n++) {
            for (int p = 2; p * p <= n; p++) if (n % p == 0) continue nextNum;
            primes.append(n).append(' ');
        }
        System.out.println(primes.toString().trim());
        int i = 0;
        lbl:
        do { i++; if (i < 3) continue lbl; if (i > 6) break lbl; System.out.print(i); } while (i < 10);
        System.out.println();
    }
}
