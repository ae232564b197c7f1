package phantom.vm.impl;

/** The benchmark algorithms in Java; the benchmark runs this in its own JVM with -Xint. */
public final class JavaAlgos {
    private JavaAlgos() {}

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long loops(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) s += i ^ j;
        return s;
    }

    static int sieve(int n) {
        byte[] flags = new byte[n];
        int count = 0;
        for (int i = 2; i < n; i++) {
            if (flags[i] == 0) {
                count++;
                for (long j = (long) i * i; j < n; j += i) flags[(int) j] = 1;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int fibN = Integer.parseInt(args[0]), loopN = Integer.parseInt(args[1]), sieveN = Integer.parseInt(args[2]);
        long t = System.nanoTime();
        int f = fib(fibN);
        System.out.println("fib " + f + " " + (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        long l = loops(loopN);
        System.out.println("loops " + l + " " + (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        int s = sieve(sieveN);
        System.out.println("sieve " + s + " " + (System.nanoTime() - t) / 1e9);
    }
}
