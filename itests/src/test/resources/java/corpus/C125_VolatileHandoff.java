public class C125_VolatileHandoff {
    static volatile boolean ready;
    static volatile int payload;
    static int stages;
    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> { while (!ready) Thread.onSpinWait(); synchronized (C125_VolatileHandoff.class) { stages = payload * 2; } });
        reader.start();
        payload = 21;
        ready = true;
        reader.join();
        System.out.println("stages " + stages);
        final int N = 5;
        Thread[] chain = new Thread[N];
        final StringBuilder order = new StringBuilder();
        for (int i = 0; i < N; i++) {
            final int id = i;
            chain[i] = new Thread(() -> {
                if (id > 0) { try { chain[id - 1].join(); } catch (InterruptedException e) { return; } }
                synchronized (order) { order.append(id).append(' '); }
            });
        }
        for (int i = 0; i < N; i++) chain[i].start();
        for (Thread t : chain) t.join();
        System.out.println("join chain order " + order.toString().trim());
        Thread t = new Thread(() -> { throw new IllegalStateException("uncaught in thread"); });
        final String[] caught = new String[1];
        t.setUncaughtExceptionHandler((th, ex) -> caught[0] = ex.getMessage());
        t.start(); t.join();
        System.out.println("handler saw: " + caught[0]);
    }
}
