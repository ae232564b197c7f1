public class C117_ThreadStartJoin {
    static class Worker extends Thread {
        final int from, to; long result;
        Worker(int from, int to) { this.from = from; this.to = to; }
        @Override public void run() { long s = 0; for (int i = from; i < to; i++) s += (long) i * i; result = s; }
    }
    public static void main(String[] args) throws InterruptedException {
        Worker[] ws = new Worker[4];
        for (int i = 0; i < ws.length; i++) { ws[i] = new Worker(i * 2500, (i + 1) * 2500); ws[i].start(); }
        long total = 0;
        for (Worker w : ws) { w.join(); total += w.result; System.out.println("part " + w.from + ".." + w.to + " = " + w.result); }
        System.out.println("total " + total);
        long check = 0; for (int i = 0; i < 10000; i++) check += (long) i * i;
        System.out.println("check " + (check == total));
        int[] box = new int[1];
        Thread t = new Thread(() -> box[0] = 42);
        System.out.println("alive before start: " + t.isAlive());
        t.start();
        t.join();
        System.out.println("alive after join: " + t.isAlive() + " value " + box[0]);
        Thread chain = new Thread(() -> {
            Thread inner = new Thread(() -> box[0] *= 2);
            inner.start();
            try { inner.join(); } catch (InterruptedException e) { throw new RuntimeException(e); }
            box[0] += 1;
        });
        chain.start(); chain.join();
        System.out.println("nested threads " + box[0]);
        Thread.State st = new Thread(() -> {}).getState();
        System.out.println("new thread state " + st);
    }
}
