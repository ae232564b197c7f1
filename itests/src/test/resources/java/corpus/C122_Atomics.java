import java.util.concurrent.atomic.*;
public class C122_Atomics {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger ai = new AtomicInteger();
        AtomicLong al = new AtomicLong(1000);
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> { for (int k = 0; k < 10000; k++) { ai.incrementAndGet(); al.addAndGet(id); } });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(ai.get() + " " + al.get());
        AtomicInteger x = new AtomicInteger(5);
        System.out.println(x.getAndIncrement() + " " + x.incrementAndGet() + " " + x.getAndAdd(10) + " " + x.addAndGet(-3) + " " + x.decrementAndGet() + " " + x.getAndDecrement() + " " + x.get());
        System.out.println(x.compareAndSet(14, 100) + " " + x.compareAndSet(13, 100) + " " + x.get() + " " + x.getAndSet(7) + " " + x.updateAndGet(v -> v * 3) + " " + x.accumulateAndGet(4, Math::max) + " " + x.getAndUpdate(v -> v - 1) + " " + x);
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab.get() + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab);
        AtomicReference<String> ar = new AtomicReference<>("init");
        ar.updateAndGet(s -> s + "+");
        System.out.println(ar.get() + " " + ar.compareAndSet("init+", "next") + " " + ar);
        AtomicIntegerArray arr = new AtomicIntegerArray(5);
        Thread[] ws = new Thread[3];
        for (int i = 0; i < ws.length; i++) { ws[i] = new Thread(() -> { for (int k = 0; k < 1000; k++) arr.incrementAndGet(k % 5); }); ws[i].start(); }
        for (Thread t : ws) t.join();
        System.out.println(arr);
        LongAdder adder = new LongAdder();
        Thread[] as = new Thread[3];
        for (int i = 0; i < as.length; i++) { as[i] = new Thread(() -> { for (int k = 0; k < 1000; k++) adder.add(2); }); as[i].start(); }
        for (Thread t : as) t.join();
        System.out.println(adder.sum());
    }
}
