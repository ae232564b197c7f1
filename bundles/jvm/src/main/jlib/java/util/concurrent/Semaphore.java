package java.util.concurrent;


/** A counting semaphore on this object's monitor (fair or not, waiters are woken alike). */
public class Semaphore {
    private int permits;
    private final boolean fair;
    private int queued;

    public Semaphore(int permits) { this(permits, false); }

    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    private static void checkCount(int n) {
        if (n < 0) throw new IllegalArgumentException();
    }

    private synchronized void take(int n, boolean interruptible) throws InterruptedException {
        if (interruptible && Thread.interrupted()) throw new InterruptedException();
        boolean interrupted = false;
        queued++;
        try {
            while (permits < n) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    if (interruptible) throw e;
                    interrupted = true;
                }
            }
            permits -= n;
        } finally {
            queued--;
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private synchronized boolean take(int n, long nanos) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        long end = System.nanoTime() + nanos;
        queued++;
        try {
            while (permits < n) {
                long left = end - System.nanoTime();
                if (left <= 0) return false;
                wait(RingBlockingQueue.millisFor(left));
            }
            permits -= n;
            return true;
        } finally {
            queued--;
        }
    }

    public void acquire() throws InterruptedException { take(1, true); }

    public void acquire(int n) throws InterruptedException { checkCount(n); take(n, true); }

    public void acquireUninterruptibly() {
        try { take(1, false); } catch (InterruptedException cannot) { }
    }

    public void acquireUninterruptibly(int n) {
        checkCount(n);
        try { take(n, false); } catch (InterruptedException cannot) { }
    }

    public synchronized boolean tryAcquire() {
        if (permits < 1) return false;
        permits--;
        return true;
    }

    public synchronized boolean tryAcquire(int n) {
        checkCount(n);
        if (permits < n) return false;
        permits -= n;
        return true;
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return take(1, unit.toNanos(timeout)); }

    public boolean tryAcquire(int n, long timeout, TimeUnit unit) throws InterruptedException {
        checkCount(n);
        return take(n, unit.toNanos(timeout));
    }

    public void release() { release(1); }

    public synchronized void release(int n) {
        checkCount(n);
        if (permits + n < permits) throw new Error("Maximum permit count exceeded");
        permits += n;
        notifyAll();
    }

    public synchronized int availablePermits() { return permits; }

    public synchronized int drainPermits() {
        int n = permits;
        if (n > 0) permits = 0;
        return n;
    }

    protected synchronized void reducePermits(int reduction) {
        if (reduction < 0) throw new IllegalArgumentException();
        permits -= reduction;
    }

    public boolean isFair() { return fair; }

    public final synchronized boolean hasQueuedThreads() { return queued > 0; }

    public final synchronized int getQueueLength() { return queued; }

    public String toString() { return super.toString() + "[Permits = " + availablePermits() + "]"; }
}
