package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant mutual-exclusion lock built on a monitor: its state (owner, hold count) is guarded
 * by a private object that waiting threads wait on; every release and signal notifies all of
 * them and each re-checks. Fair and nonfair locks behave alike (no barging guarantees either way).
 */
public class ReentrantLock implements Lock {
    final Object sync = new Object();
    private final boolean fair;
    private Thread owner;
    private int holds;
    /** Threads waiting to acquire. */
    private int queued;

    public ReentrantLock() { this(false); }

    public ReentrantLock(boolean fair) { this.fair = fair; }

    /** Waits on mon (whose lock the caller holds) for at most nanos; the nanoseconds left after. */
    static long waitNanos(Object mon, long nanos) throws InterruptedException {
        if (nanos <= 0) return 0;
        long start = System.nanoTime();
        long ms = nanos / 1000000L;
        if (ms * 1000000L < nanos) ms++;
        mon.wait(ms);
        return nanos - (System.nanoTime() - start);
    }

    public void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        synchronized (sync) {
            if (owner == me) { hold(); return; }
            queued++;
            try {
                while (owner != null) {
                    try { sync.wait(); } catch (InterruptedException e) { interrupted = true; }
                }
            } finally {
                queued--;
            }
            owner = me;
            holds = 1;
        }
        if (interrupted) me.interrupt();
    }

    private void hold() {
        if (holds == Integer.MAX_VALUE) throw new Error("Maximum lock count exceeded");
        holds++;
    }

    public void lockInterruptibly() throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) throw new InterruptedException();
        synchronized (sync) {
            if (owner == me) { hold(); return; }
            queued++;
            try {
                while (owner != null) sync.wait();
            } finally {
                queued--;
            }
            owner = me;
            holds = 1;
        }
    }

    public boolean tryLock() {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (owner == me) { hold(); return true; }
            if (owner != null) return false;
            owner = me;
            holds = 1;
            return true;
        }
    }

    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) throw new InterruptedException();
        long nanos = unit.toNanos(timeout);
        synchronized (sync) {
            if (owner == me) { hold(); return true; }
            queued++;
            try {
                while (owner != null) {
                    if (nanos <= 0) return false;
                    nanos = waitNanos(sync, nanos);
                }
            } finally {
                queued--;
            }
            owner = me;
            holds = 1;
            return true;
        }
    }

    public void unlock() {
        synchronized (sync) {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            if (--holds == 0) {
                owner = null;
                sync.notifyAll();
            }
        }
    }

    /** Releases all holds (for a condition wait); the count released. Caller holds sync. */
    int releaseAll() {
        if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
        int h = holds;
        holds = 0;
        owner = null;
        sync.notifyAll();
        return h;
    }

    /** Takes the lock back with h holds after a condition wait, not interruptibly; whether interrupted meanwhile. Caller holds sync. */
    boolean reacquire(int h) {
        boolean interrupted = false;
        Thread me = Thread.currentThread();
        queued++;
        while (owner != null) {
            try { sync.wait(); } catch (InterruptedException e) { interrupted = true; }
        }
        queued--;
        owner = me;
        holds = h;
        return interrupted;
    }

    public Condition newCondition() { return new ConditionObject(this); }

    public int getHoldCount() {
        synchronized (sync) { return owner == Thread.currentThread() ? holds : 0; }
    }

    public boolean isHeldByCurrentThread() {
        synchronized (sync) { return owner == Thread.currentThread(); }
    }

    public boolean isLocked() {
        synchronized (sync) { return owner != null; }
    }

    public final boolean isFair() { return fair; }

    protected Thread getOwner() {
        synchronized (sync) { return owner; }
    }

    public final boolean hasQueuedThreads() {
        synchronized (sync) { return queued > 0; }
    }

    public final int getQueueLength() {
        synchronized (sync) { return queued; }
    }

    public boolean hasWaiters(Condition condition) { return getWaitQueueLength(condition) > 0; }

    public int getWaitQueueLength(Condition condition) {
        if (condition == null) throw new NullPointerException();
        if (!(condition instanceof ConditionObject) || ((ConditionObject) condition).lock != this)
            throw new IllegalArgumentException("not owner");
        synchronized (sync) {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            return ((ConditionObject) condition).waiters.size();
        }
    }

    public String toString() {
        Thread o = getOwner();
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }

    /** A condition of a ReentrantLock: waiters in arrival order, each woken by its own flag. */
    static final class ConditionObject implements Condition {
        final ReentrantLock lock;
        final ArrayList<boolean[]> waiters = new ArrayList<>();

        ConditionObject(ReentrantLock lock) { this.lock = lock; }

        /** Waits (caller holds lock.sync and the lock) until signalled or nanos pass (Long.MAX_VALUE: forever). */
        private long doWait(long nanos, boolean interruptible) throws InterruptedException {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            boolean[] signalled = new boolean[1];
            waiters.add(signalled);
            int h = lock.releaseAll();
            boolean interrupted = false;
            InterruptedException thrown = null;
            try {
                while (!signalled[0]) {
                    if (nanos != Long.MAX_VALUE && nanos <= 0) break;
                    try {
                        if (nanos == Long.MAX_VALUE) lock.sync.wait();
                        else nanos = waitNanos(lock.sync, nanos);
                    } catch (InterruptedException e) {
                        if (interruptible) { thrown = e; break; }
                        interrupted = true;
                    }
                }
            } finally {
                if (!signalled[0]) removeWaiter(signalled);
                if (lock.reacquire(h)) interrupted = true;
            }
            if (thrown != null) throw thrown;
            if (interrupted) Thread.currentThread().interrupt();
            return nanos;
        }

        private void removeWaiter(boolean[] w) {
            for (int i = 0; i < waiters.size(); i++) {
                if (waiters.get(i) == w) { waiters.remove(i); return; }
            }
        }

        public void await() throws InterruptedException {
            synchronized (lock.sync) { doWait(Long.MAX_VALUE, true); }
        }

        public void awaitUninterruptibly() {
            synchronized (lock.sync) {
                try { doWait(Long.MAX_VALUE, false); } catch (InterruptedException cannot) { }
            }
        }

        public long awaitNanos(long nanosTimeout) throws InterruptedException {
            synchronized (lock.sync) {
                long start = System.nanoTime();
                doWait(Math.min(nanosTimeout, Long.MAX_VALUE - 1), true);
                return nanosTimeout - (System.nanoTime() - start);
            }
        }

        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            return awaitNanos(unit.toNanos(time)) > 0;
        }

        public void signal() {
            synchronized (lock.sync) {
                if (lock.owner != Thread.currentThread()) throw new IllegalMonitorStateException();
                if (!waiters.isEmpty()) {
                    waiters.remove(0)[0] = true;
                    lock.sync.notifyAll();
                }
            }
        }

        public void signalAll() {
            synchronized (lock.sync) {
                if (lock.owner != Thread.currentThread()) throw new IllegalMonitorStateException();
                if (!waiters.isEmpty()) {
                    for (boolean[] w : waiters) w[0] = true;
                    waiters.clear();
                    lock.sync.notifyAll();
                }
            }
        }
    }
}
