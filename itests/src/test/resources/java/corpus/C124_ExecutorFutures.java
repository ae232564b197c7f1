import java.util.*;
import java.util.concurrent.*;
public class C124_ExecutorFutures {
    public static void main(String[] args) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(2);
        List<Future<Long>> fs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) { final int n = i * 1000; fs.add(ex.submit(() -> { long s = 0; for (int k = 1; k <= n; k++) s += k; return s; })); }
        for (Future<Long> f : fs) System.out.println("future " + f.get());
        Future<?> failing = ex.submit(() -> { throw new IllegalStateException("task failed"); });
        try { failing.get(); } catch (ExecutionException e) { System.out.println("ExecutionException cause: " + e.getCause().getMessage()); }
        List<Callable<String>> calls = List.of(() -> "a", () -> "b", () -> "c");
        StringBuilder sb = new StringBuilder();
        for (Future<String> f : ex.invokeAll(calls)) sb.append(f.get());
        System.out.println("invokeAll " + sb);
        ex.shutdown();
        System.out.println("terminated " + ex.awaitTermination(5, TimeUnit.SECONDS));
        CompletableFuture<Integer> cf = CompletableFuture.supplyAsync(() -> 6).thenApply(x -> x * 7);
        System.out.println("completable " + cf.get());
        CountDownLatch latch = new CountDownLatch(3);
        int[] hits = new int[1];
        for (int i = 0; i < 3; i++) new Thread(() -> { synchronized (hits) { hits[0]++; } latch.countDown(); }).start();
        latch.await();
        System.out.println("latch released hits=" + hits[0]);
        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) { ts[i] = new Thread(() -> { for (int k = 0; k < 1000; k++) chm.merge("k" + (k % 4), 1, Integer::sum); }); ts[i].start(); }
        for (Thread t : ts) t.join();
        System.out.println(new TreeMap<>(chm));
    }
}
