import java.util.*;
import java.util.concurrent.*;
public class C136_ThreadPipeline {
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> q1 = new ArrayBlockingQueue<>(4);
        BlockingQueue<String> q2 = new LinkedBlockingQueue<>();
        Thread source = new Thread(() -> { try { for (int i = 1; i <= 20; i++) q1.put(i); q1.put(-1); } catch (InterruptedException e) { } }, "source");
        Thread mapper = new Thread(() -> {
            try { while (true) { int v = q1.take(); if (v < 0) { q2.put("END"); break; } if (v % 3 != 0) q2.put(v + "^2=" + v * v); } } catch (InterruptedException e) { }
        }, "mapper");
        List<String> sink = new ArrayList<>();
        Thread collector = new Thread(() -> { try { while (true) { String s = q2.take(); if (s.equals("END")) break; sink.add(s); } } catch (InterruptedException e) { } }, "sink");
        source.start(); mapper.start(); collector.start();
        source.join(); mapper.join(); collector.join();
        System.out.println(sink.size() + " items");
        for (String s : sink) System.out.println(s);
        CyclicBarrier barrier = new CyclicBarrier(3);
        int[] phase = new int[3];
        Thread[] ws = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int id = i;
            ws[i] = new Thread(() -> { try { for (int p = 0; p < 4; p++) { phase[id]++; barrier.await(); } } catch (Exception e) { } });
            ws[i].start();
        }
        for (Thread t : ws) t.join();
        System.out.println("phases " + Arrays.toString(phase));
        Semaphore sem = new Semaphore(2);
        int[] maxConcurrent = new int[2];
        Thread[] ss = new Thread[5];
        for (int i = 0; i < 5; i++) {
            ss[i] = new Thread(() -> {
                try { sem.acquire(); synchronized (maxConcurrent) { maxConcurrent[0]++; maxConcurrent[1] = Math.max(maxConcurrent[1], maxConcurrent[0]); } Thread.sleep(2); synchronized (maxConcurrent) { maxConcurrent[0]--; } sem.release(); } catch (InterruptedException e) { }
            });
            ss[i].start();
        }
        for (Thread t : ss) t.join();
        System.out.println("semaphore respected: " + (maxConcurrent[1] <= 2) + " permits back: " + sem.availablePermits());
    }
}
