public class C121_SleepInterrupt {
    public static void main(String[] args) throws InterruptedException {
        StringBuilder log = new StringBuilder();
        Thread sleeper = new Thread(() -> {
            try { Thread.sleep(10000); synchronized (log) { log.append("woke normally; "); } }
            catch (InterruptedException e) { synchronized (log) { log.append("interrupted while sleeping; "); } }
        });
        sleeper.start();
        Thread.sleep(20);
        sleeper.interrupt();
        sleeper.join();
        System.out.println(log.toString().trim());
        Thread.sleep(5);
        Thread.sleep(0);
        System.out.println("slept briefly");
        Thread.currentThread().interrupt();
        System.out.println("interrupted flag " + Thread.interrupted() + " then " + Thread.interrupted());
        Thread.currentThread().interrupt();
        try { Thread.sleep(1); System.out.println("no"); } catch (InterruptedException e) { System.out.println("sleep threw because flag set; flag now " + Thread.currentThread().isInterrupted()); }
        Object mon = new Object();
        Thread waiter = new Thread(() -> { synchronized (mon) { try { mon.wait(); } catch (InterruptedException e) { synchronized (log) { log.append("wait interrupted"); } } } });
        log.setLength(0);
        waiter.start();
        Thread.sleep(20);
        waiter.interrupt();
        waiter.join();
        System.out.println(log);
        long t0 = System.nanoTime();
        Thread.sleep(15);
        System.out.println("elapsed >= 10ms: " + (System.nanoTime() - t0 >= 10_000_000L));
    }
}
