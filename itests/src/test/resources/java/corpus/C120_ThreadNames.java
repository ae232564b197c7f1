import java.util.*;
public class C120_ThreadNames {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("main thread: " + Thread.currentThread().getName());
        Map<String, String> seen = new TreeMap<>();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> { String n = Thread.currentThread().getName(); synchronized (seen) { seen.put(n, "ran:" + n.length()); } }, "worker-" + i);
            ts.add(t);
        }
        Thread renamed = new Thread(() -> { synchronized (seen) { seen.put(Thread.currentThread().getName(), "renamed"); } });
        renamed.setName("custom-name");
        ts.add(renamed);
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println(seen);
        Thread d = new Thread(() -> {}, "daemon-x");
        d.setDaemon(true);
        System.out.println(d.getName() + " daemon=" + d.isDaemon() + " prio=" + d.getPriority());
        final String[] inner = new String[1];
        Thread t = new Thread(() -> inner[0] = Thread.currentThread().getName(), "the-one");
        t.start(); t.join();
        System.out.println("inner saw " + inner[0]);
        ThreadLocal<Integer> tl = ThreadLocal.withInitial(() -> 7);
        tl.set(100);
        int[] other = new int[1];
        Thread t2 = new Thread(() -> other[0] = tl.get());
        t2.start(); t2.join();
        System.out.println("thread local main=" + tl.get() + " other=" + other[0]);
    }
}
