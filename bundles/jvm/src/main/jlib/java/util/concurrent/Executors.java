package java.util.concurrent;

public class Executors {
    private Executors() {}

    public static ExecutorService newFixedThreadPool(int nThreads) {
        return new ThreadPoolExecutor(nThreads, nThreads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<Runnable>());
    }

    public static ExecutorService newFixedThreadPool(int nThreads, ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(nThreads, nThreads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<Runnable>(), threadFactory);
    }

    public static ExecutorService newSingleThreadExecutor() { return newFixedThreadPool(1); }

    public static ExecutorService newSingleThreadExecutor(ThreadFactory threadFactory) { return newFixedThreadPool(1, threadFactory); }

    public static ExecutorService newCachedThreadPool() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousQueue<Runnable>());
    }

    public static ExecutorService newCachedThreadPool(ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousQueue<Runnable>(), threadFactory);
    }

    public static ExecutorService newWorkStealingPool(int parallelism) { return newFixedThreadPool(parallelism); }

    public static ExecutorService newWorkStealingPool() { return newFixedThreadPool(2); }

    public static ThreadFactory defaultThreadFactory() { return new DefaultThreadFactory(); }

    public static <T> Callable<T> callable(Runnable task, T result) {
        if (task == null) throw new NullPointerException();
        return new RunnableAdapter<T>(task, result);
    }

    public static Callable<Object> callable(Runnable task) {
        if (task == null) throw new NullPointerException();
        return new RunnableAdapter<Object>(task, null);
    }

    private static final class RunnableAdapter<T> implements Callable<T> {
        private final Runnable task;
        private final T result;

        RunnableAdapter(Runnable task, T result) {
            this.task = task;
            this.result = result;
        }

        public T call() {
            task.run();
            return result;
        }

        public String toString() { return super.toString() + "[Wrapped task = " + task + "]"; }
    }

    private static final class DefaultThreadFactory implements ThreadFactory {
        private static final Object lock = new Object();
        private static int poolNumber = 1;
        private int threadNumber = 1;
        private final String namePrefix;

        DefaultThreadFactory() {
            synchronized (lock) { namePrefix = "pool-" + poolNumber++ + "-thread-"; }
        }

        public Thread newThread(Runnable r) {
            String name;
            synchronized (this) { name = namePrefix + threadNumber++; }
            Thread t = new Thread(r, name);
            if (t.isDaemon()) t.setDaemon(false);
            if (t.getPriority() != Thread.NORM_PRIORITY) t.setPriority(Thread.NORM_PRIORITY);
            return t;
        }
    }
}
