public class C118_SynchronizedCounter {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();
    private long blockCount;
    synchronized void inc() { count++; }
    static synchronized void sinc() { staticCount++; }
    void blockInc() { synchronized (lock) { blockCount += 2; } }
    synchronized int get() { return count; }
    public static void main(String[] args) throws InterruptedException {
        C118_SynchronizedCounter c = new C118_SynchronizedCounter();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> { for (int k = 0; k < 5000; k++) { c.inc(); sinc(); c.blockInc(); } });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("count=" + c.get() + " static=" + staticCount + " block=" + c.blockCount);
        StringBuilder shared = new StringBuilder();
        Object mon = new Object();
        Thread a = new Thread(() -> { for (int i = 0; i < 100; i++) synchronized (mon) { shared.append('a'); } });
        Thread b = new Thread(() -> { for (int i = 0; i < 100; i++) synchronized (mon) { shared.append('b'); } });
        a.start(); b.start(); a.join(); b.join();
        int na = 0, nb = 0; for (char ch : shared.toString().toCharArray()) if (ch == 'a') na++; else nb++;
        System.out.println("len=" + shared.length() + " a=" + na + " b=" + nb);
        synchronized (c) { synchronized (c) { System.out.println("reentrant ok " + c.get()); } }
    }
}
