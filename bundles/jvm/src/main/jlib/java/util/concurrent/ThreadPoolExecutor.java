package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A thread pool: worker threads take Runnables from the work queue. A new task gets a new worker
 * while fewer than corePoolSize run, else goes to the queue, else (queue full) gets a new worker up
 * to maximumPoolSize, else is rejected. Workers beyond the core (or all, with
 * allowCoreThreadTimeOut) end after keepAliveTime idle. The pool's state is guarded by this
 * object's monitor; shutdown interrupts idle workers (those waiting on the queue) only.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0, SHUTDOWN = 1, STOP = 2, TERMINATED = 3;

    private final BlockingQueue<Runnable> workQueue;
    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveNanos;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize, maximumPoolSize;

    private int state = RUNNING;
    private final HashSet<Worker> workers = new HashSet<>();
    private int largestPoolSize;
    private long completedTaskCount;

    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue,
                              ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue,
                              RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue,
                              ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0)
            throw new IllegalArgumentException();
        if (workQueue == null || threadFactory == null || handler == null) throw new NullPointerException();
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveNanos = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    private final class Worker implements Runnable {
        Runnable firstTask;
        Thread thread;
        boolean idle;
        long completed;

        Worker(Runnable firstTask) { this.firstTask = firstTask; }

        public void run() { runWorker(this); }
    }

    /** Starts a worker with a first task (may be null); false if the pool may not have one now. Caller holds this. */
    private boolean addWorker(Runnable firstTask) {
        if (state >= STOP || (state == SHUTDOWN && firstTask != null)) return false;
        Worker w = new Worker(firstTask);
        Thread t = threadFactory.newThread(w);
        if (t == null) return false;
        w.thread = t;
        workers.add(w);
        if (workers.size() > largestPoolSize) largestPoolSize = workers.size();
        t.start();
        return true;
    }

    public void execute(Runnable command) {
        if (command == null) throw new NullPointerException();
        boolean reject = false;
        synchronized (this) {
            if (state != RUNNING) reject = true;
            else if (workers.size() < corePoolSize) addWorker(command);
            else if (workQueue.offer(command)) {
                if (workers.isEmpty()) addWorker(null);
            } else if (workers.size() < maximumPoolSize) addWorker(command);
            else reject = true;
        }
        if (reject) reject(command);
    }

    final void reject(Runnable command) { handler.rejectedExecution(command, this); }

    private Runnable getTask(Worker w) {
        boolean timedOut = false;
        while (true) {
            boolean timed;
            synchronized (this) {
                if (state >= STOP || (state == SHUTDOWN && workQueue.isEmpty())) return null;
                timed = allowCoreThreadTimeOut || workers.size() > corePoolSize;
                if ((workers.size() > maximumPoolSize || (timed && timedOut)) && (workers.size() > 1 || workQueue.isEmpty()))
                    return null;
                w.idle = true;
            }
            Runnable r = null;
            try {
                r = timed ? workQueue.poll(keepAliveNanos, TimeUnit.NANOSECONDS) : workQueue.take();
            } catch (InterruptedException retry) {
                timedOut = false;
            }
            synchronized (this) {
                w.idle = false;
                if (r != null) {
                    if (state < STOP) Thread.interrupted();
                    return r;
                }
            }
            if (r == null) timedOut = true;
        }
    }

    final void runWorker(Worker w) {
        Runnable task = w.firstTask;
        w.firstTask = null;
        Thread me = Thread.currentThread();
        boolean abrupt = true;
        try {
            while (task != null || (task = getTask(w)) != null) {
                synchronized (this) {
                    if (state >= STOP) me.interrupt();
                }
                beforeExecute(me, task);
                try {
                    task.run();
                    afterExecute(task, null);
                } catch (Throwable ex) {
                    afterExecute(task, ex);
                    throw ex;
                } finally {
                    task = null;
                    synchronized (this) { w.completed++; }
                }
            }
            abrupt = false;
        } finally {
            workerExit(w, abrupt);
        }
    }

    private void workerExit(Worker w, boolean abrupt) {
        synchronized (this) {
            completedTaskCount += w.completed;
            workers.remove(w);
            if (state < STOP) {
                int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                if (min == 0 && !workQueue.isEmpty()) min = 1;
                if (abrupt || workers.size() < min) {
                    if (state == RUNNING || !workQueue.isEmpty()) addWorker(null);
                }
            }
            tryTerminate();
        }
    }

    /** Caller holds this. */
    private void tryTerminate() {
        if (state == TERMINATED) return;
        if (state == RUNNING) return;
        if (state == SHUTDOWN && !workQueue.isEmpty()) return;
        if (!workers.isEmpty()) {
            interruptIdle();
            return;
        }
        try {
            terminated();
        } finally {
            state = TERMINATED;
            notifyAll();
        }
    }

    private void interruptIdle() {
        for (Worker w : workers) if (w.idle) w.thread.interrupt();
    }

    public void shutdown() {
        synchronized (this) {
            if (state < SHUTDOWN) state = SHUTDOWN;
            interruptIdle();
            onShutdown();
            tryTerminate();
        }
    }

    void onShutdown() {}

    public List<Runnable> shutdownNow() {
        ArrayList<Runnable> tasks = new ArrayList<>();
        synchronized (this) {
            if (state < STOP) state = STOP;
            for (Worker w : workers) w.thread.interrupt();
            workQueue.drainTo(tasks);
            tryTerminate();
        }
        return tasks;
    }

    public synchronized boolean isShutdown() { return state != RUNNING; }

    public synchronized boolean isTerminating() { return state != RUNNING && state != TERMINATED; }

    public synchronized boolean isTerminated() { return state == TERMINATED; }

    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (state != TERMINATED) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            wait(RingBlockingQueue.millisFor(left));
        }
        return true;
    }

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) throw new NullPointerException();
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() { return threadFactory; }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) throw new NullPointerException();
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() { return handler; }

    public synchronized void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) throw new IllegalArgumentException();
        this.corePoolSize = corePoolSize;
        if (workers.size() > corePoolSize) interruptIdle();
        else {
            int k = Math.min(corePoolSize - workers.size(), workQueue.size());
            while (k-- > 0 && addWorker(null)) { }
        }
    }

    public int getCorePoolSize() { return corePoolSize; }

    public synchronized boolean prestartCoreThread() {
        return workers.size() < corePoolSize && addWorker(null);
    }

    public synchronized int prestartAllCoreThreads() {
        int n = 0;
        while (workers.size() < corePoolSize && addWorker(null)) n++;
        return n;
    }

    public boolean allowsCoreThreadTimeOut() { return allowCoreThreadTimeOut; }

    public synchronized void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveNanos <= 0) throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        allowCoreThreadTimeOut = value;
        if (value) interruptIdle();
    }

    public synchronized void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) throw new IllegalArgumentException();
        this.maximumPoolSize = maximumPoolSize;
        if (workers.size() > maximumPoolSize) interruptIdle();
    }

    public int getMaximumPoolSize() { return maximumPoolSize; }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) throw new IllegalArgumentException();
        if (time == 0 && allowsCoreThreadTimeOut()) throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        keepAliveNanos = unit.toNanos(time);
    }

    public long getKeepAliveTime(TimeUnit unit) { return unit.convert(keepAliveNanos, TimeUnit.NANOSECONDS); }

    public BlockingQueue<Runnable> getQueue() { return workQueue; }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        synchronized (this) { tryTerminate(); }
        return removed;
    }

    public void purge() {
        for (Runnable r : workQueue.toArray(new Runnable[0])) {
            if (r instanceof Future<?> && ((Future<?>) r).isCancelled()) workQueue.remove(r);
        }
        synchronized (this) { tryTerminate(); }
    }

    public synchronized int getPoolSize() { return state == TERMINATED ? 0 : workers.size(); }

    public synchronized int getActiveCount() {
        int n = 0;
        for (Worker w : workers) if (!w.idle && w.thread.isAlive()) n++;
        return n;
    }

    public synchronized int getLargestPoolSize() { return largestPoolSize; }

    public synchronized long getTaskCount() {
        long n = completedTaskCount;
        for (Worker w : workers) n += w.completed + (w.idle ? 0 : 1);
        return n + workQueue.size();
    }

    public synchronized long getCompletedTaskCount() {
        long n = completedTaskCount;
        for (Worker w : workers) n += w.completed;
        return n;
    }

    public String toString() {
        long completed;
        int active, size;
        String s;
        synchronized (this) {
            completed = completedTaskCount;
            active = 0;
            for (Worker w : workers) {
                completed += w.completed;
                if (!w.idle) active++;
            }
            size = workers.size();
            s = state == RUNNING ? "Running" : state == TERMINATED ? "Terminated" : "Shutting down";
        }
        return super.toString() + "[" + s + ", pool size = " + size + ", active threads = " + active + ", queued tasks = " + workQueue.size()
            + ", completed tasks = " + completed + "]";
    }

    protected void beforeExecute(Thread t, Runnable r) {}

    protected void afterExecute(Runnable r, Throwable t) {}

    protected void terminated() {}

    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) r.run();
        }
    }

    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
