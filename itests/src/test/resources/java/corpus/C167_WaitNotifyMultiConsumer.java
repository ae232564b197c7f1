import java.util.*;
public class C167_WaitNotifyMultiConsumer {
    static final class WorkQueue {
        private final Deque<Integer> items = new ArrayDeque<>(); private boolean closed;
        synchronized void add(int v) { items.add(v); notify(); }
        synchronized void close() { closed = true; notifyAll(); }
        synchronized Integer take() throws InterruptedException { while (items.isEmpty() && !closed) wait(); return items.poll(); }
    }
    public static void main(String[] args) throws InterruptedException {
        WorkQueue q = new WorkQueue();
        int consumers = 3;
        long[] sums = new long[consumers];
        int[] handled = new int[consumers];
        Thread[] cs = new Thread[consumers];
        for (int i = 0; i < consumers; i++) {
            final int id = i;
            cs[i] = new Thread(() -> { try { Integer v; while ((v = q.take()) != null) { sums[id] += v; handled[id]++; } } catch (InterruptedException e) { } });
            cs[i].start();
        }
        for (int i = 1; i <= 300; i++) q.add(i);
        q.close();
        for (Thread t : cs) t.join();
        long total = 0; int n = 0;
        for (int i = 0; i < consumers; i++) { total += sums[i]; n += handled[i]; }
        System.out.println("handled " + n + " total " + total + " expected " + (300 * 301 / 2));
        final Object gate = new Object();
        final boolean[] open = {false};
        List<String> arrivals = Collections.synchronizedList(new ArrayList<>());
        Thread[] waiters = new Thread[4];
        for (int i = 0; i < 4; i++) {
            final String name = "w" + i;
            waiters[i] = new Thread(() -> { synchronized (gate) { while (!open[0]) { try { gate.wait(); } catch (InterruptedException e) { return; } } } arrivals.add(name); });
            waiters[i].start();
        }
        synchronized (gate) { open[0] = true; gate.notifyAll(); }
        for (Thread t : waiters) t.join();
        List<String> sorted = new ArrayList<>(arrivals); Collections.sort(sorted);
        System.out.println("all passed the gate: " + sorted);
    }
}
