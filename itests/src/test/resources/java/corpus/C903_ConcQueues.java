import java.util.*;
import java.util.concurrent.*;
public class C903_ConcQueues {
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
        System.out.println(sink.size() + " items " + sink);
        int[] trips = new int[1];
        CyclicBarrier barrier = new CyclicBarrier(3, () -> trips[0]++);
        int[] phase = new int[3];
        Thread[] ws = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int id = i;
            ws[i] = new Thread(() -> { try { for (int p = 0; p < 4; p++) { phase[id]++; barrier.await(); } } catch (Exception e) { } });
            ws[i].start();
        }
        for (Thread t : ws) t.join();
        System.out.println("phases " + phase[0] + phase[1] + phase[2] + " waiting " + barrier.getNumberWaiting() + " broken " + barrier.isBroken() + " trips " + trips[0]);
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
        System.out.println("semaphore respected: " + (maxConcurrent[1] <= 2) + " permits back: " + sem.availablePermits() + " " + sem.tryAcquire(3) + " " + sem.tryAcquire(2, 10, TimeUnit.MILLISECONDS) + " " + sem.tryAcquire(1, 10, TimeUnit.MILLISECONDS) + " " + sem.drainPermits());
        ArrayBlockingQueue<String> abq = new ArrayBlockingQueue<>(3);
        System.out.println(abq.offer("a") + " " + abq.offer("b") + " " + abq.offer("c") + " " + abq.offer("d") + " " + abq.offer("e", 10, TimeUnit.MILLISECONDS) + " " + abq + " " + abq.remainingCapacity() + " " + abq.peek());
        try { abq.add("x"); } catch (IllegalStateException e) { System.out.println("add: " + e.getMessage()); }
        List<String> drained = new ArrayList<>();
        System.out.println(abq.poll() + " " + abq.drainTo(drained) + " " + drained + " " + abq.poll(10, TimeUnit.MILLISECONDS) + " " + abq.size());
        try { abq.remove(); } catch (NoSuchElementException e) { System.out.println("remove on empty: NSEE"); }
        try { abq.offer(null); } catch (NullPointerException e) { System.out.println("null offer NPE"); }
        LinkedBlockingQueue<Integer> lbq = new LinkedBlockingQueue<>(2);
        lbq.put(1); lbq.put(2);
        Thread late = new Thread(() -> { try { Thread.sleep(20); lbq.take(); } catch (InterruptedException e) { } });
        late.start(); lbq.put(3); late.join();
        Iterator<Integer> it = lbq.iterator(); it.next(); it.remove();
        System.out.println(lbq + " " + lbq.contains(3) + " " + lbq.remainingCapacity() + " " + new LinkedBlockingQueue<>().remainingCapacity());
        ConcurrentLinkedQueue<String> clq = new ConcurrentLinkedQueue<>();
        clq.add("x"); clq.offer("y"); clq.add("z");
        System.out.println(clq + " " + clq.poll() + " " + clq.peek() + " " + clq.size());
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) cow.add(i);
        for (Integer v : cow) if (v % 2 == 0) cow.add(v * 10);
        System.out.println(cow + " " + cow.addIfAbsent(3) + " " + cow.addIfAbsent(99) + " " + cow.indexOf(40) + " " + cow.remove(Integer.valueOf(0)) + " " + cow.get(0));
        try { cow.iterator().remove(); } catch (UnsupportedOperationException | IllegalStateException e) { System.out.println("cow iterator remove: " + e.getClass().getSimpleName()); }
        CopyOnWriteArraySet<String> cs = new CopyOnWriteArraySet<>();
        cs.add("q"); cs.add("p"); cs.add("q");
        System.out.println(cs);
        SynchronousQueue<String> sq = new SynchronousQueue<>();
        System.out.println("sq offer " + sq.offer("lost") + " size " + sq.size());
        String[] recv = new String[1];
        Thread taker = new Thread(() -> { try { recv[0] = sq.take(); } catch (InterruptedException e) { } });
        taker.start(); sq.put("handed"); taker.join();
        System.out.println("sq " + recv[0]);
        BlockingQueue<Integer> bq = new LinkedBlockingQueue<>();
        String[] said = new String[1];
        Thread waiter = new Thread(() -> { try { bq.take(); } catch (InterruptedException e) { said[0] = "take interrupted"; } });
        waiter.start(); Thread.sleep(20); waiter.interrupt(); waiter.join();
        System.out.println(said[0]);
    }
}
