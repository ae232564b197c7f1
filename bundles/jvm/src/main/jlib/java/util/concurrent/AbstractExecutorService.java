package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

public abstract class AbstractExecutorService implements ExecutorService {
    public AbstractExecutorService() {}

    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) { return new FutureTask<T>(runnable, value); }

    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) { return new FutureTask<T>(callable); }

    public Future<?> submit(Runnable task) {
        if (task == null) throw new NullPointerException();
        RunnableFuture<Void> f = newTaskFor(task, null);
        execute(f);
        return f;
    }

    public <T> Future<T> submit(Runnable task, T result) {
        if (task == null) throw new NullPointerException();
        RunnableFuture<T> f = newTaskFor(task, result);
        execute(f);
        return f;
    }

    public <T> Future<T> submit(Callable<T> task) {
        if (task == null) throw new NullPointerException();
        RunnableFuture<T> f = newTaskFor(task);
        execute(f);
        return f;
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        if (tasks == null) throw new NullPointerException();
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                RunnableFuture<T> f = newTaskFor(t);
                futures.add(f);
                execute(f);
            }
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    try { f.get(); } catch (CancellationException | ExecutionException ignore) { }
                }
            }
            return futures;
        } catch (Throwable t) {
            for (Future<T> f : futures) f.cancel(true);
            throw t;
        }
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) throws InterruptedException {
        if (tasks == null) throw new NullPointerException();
        long end = System.nanoTime() + unit.toNanos(timeout);
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) futures.add(newTaskFor(t));
        try {
            for (Future<T> f : futures) execute((Runnable) f);
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    long left = end - System.nanoTime();
                    if (left <= 0) break;
                    try {
                        f.get(left, TimeUnit.NANOSECONDS);
                    } catch (CancellationException | ExecutionException ignore) {
                    } catch (TimeoutException e) {
                        break;
                    }
                }
            }
        } catch (Throwable t) {
            for (Future<T> f : futures) f.cancel(true);
            throw t;
        }
        for (Future<T> f : futures) if (!f.isDone()) f.cancel(true);
        return futures;
    }

    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return doInvokeAny(tasks, -1);
        } catch (TimeoutException cannot) {
            throw new IllegalStateException();
        }
    }

    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return doInvokeAny(tasks, unit.toNanos(timeout));
    }

    /** All tasks submitted; the first to complete normally wins, the others are cancelled. nanos < 0: no timeout. */
    private <T> T doInvokeAny(Collection<? extends Callable<T>> tasks, long nanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks == null) throw new NullPointerException();
        if (tasks.isEmpty()) throw new IllegalArgumentException();
        final Object signal = new Object();
        ArrayList<FutureTask<T>> futures = new ArrayList<>();
        for (Callable<T> c : tasks) {
            futures.add(new FutureTask<T>(c) {
                protected void done() { synchronized (signal) { signal.notifyAll(); } }
            });
        }
        long end = System.nanoTime() + nanos;
        try {
            for (FutureTask<T> f : futures) execute(f);
            synchronized (signal) {
                while (true) {
                    ExecutionException last = null;
                    boolean allDone = true;
                    for (FutureTask<T> f : futures) {
                        if (!f.isDone()) { allDone = false; continue; }
                        try {
                            return f.get();
                        } catch (ExecutionException e) {
                            last = e;
                        } catch (CancellationException e) {
                            last = new ExecutionException(e);
                        }
                    }
                    if (allDone) throw last;
                    if (nanos < 0) signal.wait();
                    else {
                        long left = end - System.nanoTime();
                        if (left <= 0) throw new TimeoutException();
                        long ms = left / 1000000L;
                        signal.wait(ms * 1000000L < left ? ms + 1 : ms);
                    }
                }
            }
        } finally {
            for (FutureTask<T> f : futures) f.cancel(true);
        }
    }
}
