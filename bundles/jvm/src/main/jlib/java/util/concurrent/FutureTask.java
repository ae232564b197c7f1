package java.util.concurrent;

/** A cancellable computation whose result get() waits for; all state under this object's monitor. */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0, NORMAL = 1, EXCEPTIONAL = 2, CANCELLED = 3;

    private Callable<V> callable;
    private int state = NEW;
    private Object outcome;
    private Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null) throw new NullPointerException();
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this(Executors.callable(runnable, result));
    }

    public synchronized boolean isCancelled() { return state == CANCELLED; }

    public synchronized boolean isDone() { return state != NEW; }

    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread r;
        synchronized (this) {
            if (state != NEW) return false;
            state = CANCELLED;
            r = runner;
            notifyAll();
        }
        if (mayInterruptIfRunning && r != null) r.interrupt();
        done();
        return true;
    }

    @SuppressWarnings("unchecked")
    private V report() throws ExecutionException {
        if (state == NORMAL) return (V) outcome;
        if (state == CANCELLED) throw new CancellationException();
        throw new ExecutionException((Throwable) outcome);
    }

    public synchronized V get() throws InterruptedException, ExecutionException {
        while (state == NEW) wait();
        return report();
    }

    public synchronized V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        long end = System.nanoTime() + nanos;
        while (state == NEW) {
            long left = end - System.nanoTime();
            if (left <= 0) throw new TimeoutException();
            long ms = left / 1000000L;
            wait(ms * 1000000L < left ? ms + 1 : ms);
        }
        return report();
    }

    public V resultNow() {
        synchronized (this) {
            if (state == NORMAL) return report0();
            if (state == NEW) throw new IllegalStateException("Task has not completed");
            if (state == CANCELLED) throw new IllegalStateException("Task was cancelled");
            throw new IllegalStateException("Task completed with exception");
        }
    }

    @SuppressWarnings("unchecked")
    private V report0() { return (V) outcome; }

    public Throwable exceptionNow() {
        synchronized (this) {
            if (state == EXCEPTIONAL) return (Throwable) outcome;
            if (state == NEW) throw new IllegalStateException("Task has not completed");
            if (state == CANCELLED) throw new IllegalStateException("Task was cancelled");
            throw new IllegalStateException("Task completed with a result");
        }
    }

    public Future.State state() {
        synchronized (this) {
            switch (state) {
                case NEW: return Future.State.RUNNING;
                case NORMAL: return Future.State.SUCCESS;
                case EXCEPTIONAL: return Future.State.FAILED;
                default: return Future.State.CANCELLED;
            }
        }
    }

    protected void done() {}

    protected void set(V v) {
        synchronized (this) {
            if (state != NEW) return;
            outcome = v;
            state = NORMAL;
            notifyAll();
        }
        done();
    }

    protected void setException(Throwable t) {
        synchronized (this) {
            if (state != NEW) return;
            outcome = t;
            state = EXCEPTIONAL;
            notifyAll();
        }
        done();
    }

    public void run() {
        Callable<V> c;
        synchronized (this) {
            if (state != NEW || runner != null) return;
            runner = Thread.currentThread();
            c = callable;
        }
        try {
            V result;
            try {
                result = c.call();
            } catch (Throwable ex) {
                setException(ex);
                return;
            }
            set(result);
        } finally {
            synchronized (this) { runner = null; }
        }
    }

    /** Runs without setting the result, leaving the task runnable again; whether it ran normally. */
    protected boolean runAndReset() {
        Callable<V> c;
        synchronized (this) {
            if (state != NEW || runner != null) return false;
            runner = Thread.currentThread();
            c = callable;
        }
        try {
            c.call();
            return true;
        } catch (Throwable ex) {
            setException(ex);
            return false;
        } finally {
            synchronized (this) { runner = null; }
        }
    }

    public String toString() {
        String status;
        synchronized (this) {
            switch (state) {
                case NORMAL: status = "[Completed normally]"; break;
                case EXCEPTIONAL: status = "[Completed exceptionally: " + outcome + "]"; break;
                case CANCELLED: status = "[Cancelled]"; break;
                default: status = callable == null ? "[Not completed]" : "[Not completed, task = " + callable + "]";
            }
        }
        return super.toString() + status;
    }
}
