public class C162_SynchronizedStaticVsInstance {
    static class Stats {
        private static long globalOps;
        private long ops; private long sum; private long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        synchronized void record(long v) { ops++; sum += v; if (v < min) min = v; if (v > max) max = v; bump(); }
        static synchronized void bump() { globalOps++; }
        synchronized String summary() { return "ops=" + ops + " sum=" + sum + " min=" + min + " max=" + max; }
    }
    public static void main(String[] args) throws InterruptedException {
        Stats a = new Stats(), b = new Stats();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> { Stats s = id % 2 == 0 ? a : b; for (int k = 1; k <= 2500; k++) s.record((long) k * (id + 1)); });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("a " + a.summary());
        System.out.println("b " + b.summary());
        System.out.println("global " + Stats.globalOps);
        final int[] counter = {0};
        Object lock = new Object();
        Runnable r = () -> { for (int i = 0; i < 10000; i++) { synchronized (lock) { counter[0]++; } } };
        Thread x = new Thread(r), y = new Thread(r), z = new Thread(r);
        x.start(); y.start(); z.start(); x.join(); y.join(); z.join();
        System.out.println("block counter " + counter[0]);
    }
}
