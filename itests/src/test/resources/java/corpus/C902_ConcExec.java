import java.util.*;
import java.util.concurrent.*;
public class C902_ConcExec {
    public static void main(String[] args) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(2);
        List<Future<Long>> fs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) { final int n = i * 1000; fs.add(ex.submit(() -> { long s = 0; for (int k = 1; k <= n; k++) s += k; return s; })); }
        for (Future<Long> f : fs) System.out.println("future " + f.get() + " done " + f.isDone());
        Future<?> failing = ex.submit(() -> { throw new IllegalStateException("task failed"); });
        try { failing.get(); } catch (ExecutionException e) { System.out.println("ExecutionException cause: " + e.getCause().getMessage() + " | " + e.getMessage() + " | " + e); }
        List<Callable<String>> calls = List.of(() -> "a", () -> "b", () -> "c");
        StringBuilder sb = new StringBuilder();
        for (Future<String> f : ex.invokeAll(calls)) sb.append(f.get());
        System.out.println("invokeAll " + sb + " any " + ex.invokeAny(List.of(() -> "only")));
        Future<String> slow = ex.submit(() -> { Thread.sleep(2000); return "slow"; });
        try { slow.get(20, TimeUnit.MILLISECONDS); } catch (TimeoutException e) { System.out.println("timeout " + e.getMessage()); }
        System.out.println("cancel " + slow.cancel(true) + " cancelled " + slow.isCancelled() + " done " + slow.isDone());
        try { slow.get(); } catch (CancellationException e) { System.out.println("CancellationException"); }
        Future<Integer> r = ex.submit(() -> {}, 42);
        System.out.println("runnable result " + r.get());
        ex.shutdown();
        System.out.println("shutdown " + ex.isShutdown());
        try { ex.submit(() -> 1); } catch (RejectedExecutionException e) { System.out.println("rejected"); }
        System.out.println("terminated " + ex.awaitTermination(5, TimeUnit.SECONDS) + " " + ex.isTerminated());
        ExecutorService single = Executors.newSingleThreadExecutor();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) { final int k = i; single.execute(() -> { synchronized (order) { order.add(k + ":" + Thread.currentThread().getName()); } }); }
        single.shutdown(); single.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(order);
        ExecutorService cached = Executors.newCachedThreadPool();
        List<Future<Integer>> cf = new ArrayList<>();
        for (int i = 0; i < 4; i++) { final int k = i; cf.add(cached.submit(() -> { Thread.sleep(10); return k * k; })); }
        int sum = 0; for (Future<Integer> f : cf) sum += f.get();
        cached.shutdown();
        System.out.println("cached sum " + sum + " terminated " + cached.awaitTermination(5, TimeUnit.SECONDS));
        CompletableFuture<Integer> c1 = CompletableFuture.supplyAsync(() -> 6).thenApply(x -> x * 7);
        System.out.println("completable " + c1.get() + " " + c1.join());
        CompletableFuture<String> c2 = CompletableFuture.supplyAsync(() -> { if (true) throw new IllegalArgumentException("bad"); return "x"; });
        System.out.println("exceptionally " + c2.exceptionally(t -> "recovered from " + t).join());
        System.out.println("handle " + c2.handle((v, t) -> v + "/" + (t == null ? null : t.getCause().getMessage())).join());
        try { c2.get(); } catch (ExecutionException e) { System.out.println("get: " + e.getCause()); }
        try { c2.join(); } catch (CompletionException e) { System.out.println("join: " + e.getMessage()); }
        CompletableFuture<String> manual = new CompletableFuture<>();
        List<String> steps = new ArrayList<>();
        CompletableFuture<Void> chain = manual.thenApply(String::toUpperCase).thenCompose(s -> CompletableFuture.supplyAsync(() -> s + "!")).thenCombine(CompletableFuture.completedFuture(3), (s, n) -> s.repeat(n)).thenAccept(steps::add);
        System.out.println("before complete done=" + chain.isDone() + " " + manual.getNow("absent"));
        manual.complete("hi");
        chain.join();
        System.out.println("steps " + steps + " complete again " + manual.complete("no"));
        CompletableFuture<Void> all = CompletableFuture.allOf(CompletableFuture.runAsync(() -> {}), CompletableFuture.completedFuture(1));
        all.get();
        System.out.println("allOf done " + all.isDone() + " failed " + CompletableFuture.failedFuture(new RuntimeException("f")).isCompletedExceptionally());
        List<String> whens = new ArrayList<>();
        CompletableFuture.completedFuture("v").whenComplete((v, t) -> whens.add(v + t)).join();
        System.out.println(whens);
        CountDownLatch latch = new CountDownLatch(3);
        int[] hits = new int[1];
        for (int i = 0; i < 3; i++) new Thread(() -> { synchronized (hits) { hits[0]++; } latch.countDown(); }).start();
        latch.await();
        System.out.println("latch released hits=" + hits[0] + " count " + latch.getCount() + " timed " + new CountDownLatch(1).await(10, TimeUnit.MILLISECONDS));
        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) { ts[i] = new Thread(() -> { for (int k = 0; k < 1000; k++) chm.merge("k" + (k % 4), 1, Integer::sum); }); ts[i].start(); }
        for (Thread t : ts) t.join();
        System.out.println(chm);
        ConcurrentHashMap<Integer, String> m = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) m.put(i * 37 % 101, "v" + i);
        System.out.println(m);
        ConcurrentHashMap<String, Integer> words = new ConcurrentHashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog and the cat sat on the mat with a hat".split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words + " " + words.keySet() + " " + words.values());
        ConcurrentHashMap<String, Integer> twelve = new ConcurrentHashMap<>();
        for (int i = 0; i < 12; i++) twelve.put("key" + i, i);
        System.out.println(twelve);
        Map<String, Integer> copy = new ConcurrentHashMap<>(twelve);
        System.out.println(copy);
        ConcurrentHashMap<Integer, Integer> sized = new ConcurrentHashMap<>(4);
        for (int i = 0; i < 20; i++) sized.computeIfAbsent(i * 13, k -> k + 1);
        System.out.println(sized + " " + sized.getOrDefault(999, -1) + " " + sized.putIfAbsent(0, 5) + " " + sized.remove(13) + " " + sized.size());
        try { chm.put(null, 1); } catch (NullPointerException e) { System.out.println("null key NPE"); }
        Set<String> ks = ConcurrentHashMap.newKeySet();
        ks.add("b"); ks.add("a"); ks.add("b");
        System.out.println(ks + " " + ks.size());
    }
}
