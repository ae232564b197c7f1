package java.util.concurrent.locks;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant read-write lock on a monitor: any number of readers or one writer; the writer may
 * also take read locks (downgrading), a reader cannot take the write lock. A waiting writer keeps
 * new readers (other than those already reading) out, so writers are not starved.
 */
public class ReentrantReadWriteLock implements ReadWriteLock {
    final Object sync = new Object();
    private final boolean fair;
    private final ReadLock readerLock;
    private final WriteLock writerLock;
    private Thread writer;
    private int writeHolds;
    private int readHolds;
    private final HashMap<Thread, Integer> readers = new HashMap<>();
    private int writersWaiting;
    private int queued;

    public ReentrantReadWriteLock() { this(false); }

    public ReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
        readerLock = new ReadLock(this);
        writerLock = new WriteLock(this);
    }

    public ReentrantReadWriteLock.WriteLock writeLock() { return writerLock; }

    public ReentrantReadWriteLock.ReadLock readLock() { return readerLock; }

    public final boolean isFair() { return fair; }

    // ---- read side (callers hold sync)

    private boolean canRead(Thread me) {
        if (writer != null && writer != me) return false;
        if (writer == me || readers.containsKey(me)) return true;
        return writersWaiting == 0;
    }

    private void takeRead(Thread me) {
        Integer n = readers.get(me);
        readers.put(me, n == null ? 1 : n + 1);
        readHolds++;
    }

    /** nanos: Long.MAX_VALUE waits forever, negative does not wait. */
    boolean acquireRead(long nanos, boolean interruptible) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (interruptible && Thread.interrupted()) throw new InterruptedException();
        boolean interrupted = false;
        synchronized (sync) {
            queued++;
            try {
                while (!canRead(me)) {
                    if (nanos != Long.MAX_VALUE && nanos <= 0) return false;
                    try {
                        if (nanos == Long.MAX_VALUE) sync.wait();
                        else nanos = ReentrantLock.waitNanos(sync, nanos);
                    } catch (InterruptedException e) {
                        if (interruptible) throw e;
                        interrupted = true;
                    }
                }
            } finally {
                queued--;
            }
            takeRead(me);
        }
        if (interrupted) me.interrupt();
        return true;
    }

    void releaseRead() {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            Integer n = readers.get(me);
            if (n == null)
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            if (n == 1) readers.remove(me);
            else readers.put(me, n - 1);
            readHolds--;
            sync.notifyAll();
        }
    }

    // ---- write side

    boolean acquireWrite(long nanos, boolean interruptible) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (interruptible && Thread.interrupted()) throw new InterruptedException();
        boolean interrupted = false;
        synchronized (sync) {
            if (writer == me) {
                writeHolds++;
                return true;
            }
            writersWaiting++;
            queued++;
            try {
                while (writer != null || readHolds > 0) {
                    if (nanos != Long.MAX_VALUE && nanos <= 0) return false;
                    try {
                        if (nanos == Long.MAX_VALUE) sync.wait();
                        else nanos = ReentrantLock.waitNanos(sync, nanos);
                    } catch (InterruptedException e) {
                        if (interruptible) throw e;
                        interrupted = true;
                    }
                }
            } finally {
                writersWaiting--;
                queued--;
                sync.notifyAll();
            }
            writer = me;
            writeHolds = 1;
        }
        if (interrupted) me.interrupt();
        return true;
    }

    void releaseWrite() {
        synchronized (sync) {
            if (writer != Thread.currentThread()) throw new IllegalMonitorStateException();
            if (--writeHolds == 0) {
                writer = null;
                sync.notifyAll();
            }
        }
    }

    int releaseAllWrites() {
        if (writer != Thread.currentThread()) throw new IllegalMonitorStateException();
        int h = writeHolds;
        writeHolds = 0;
        writer = null;
        sync.notifyAll();
        return h;
    }

    boolean reacquireWrite(int h) {
        boolean interrupted = false;
        while (writer != null || readHolds > 0) {
            try { sync.wait(); } catch (InterruptedException e) { interrupted = true; }
        }
        writer = Thread.currentThread();
        writeHolds = h;
        return interrupted;
    }

    // ---- queries

    public int getReadLockCount() { synchronized (sync) { return readHolds; } }

    public boolean isWriteLocked() { synchronized (sync) { return writer != null; } }

    public boolean isWriteLockedByCurrentThread() { synchronized (sync) { return writer == Thread.currentThread(); } }

    public int getWriteHoldCount() { synchronized (sync) { return writer == Thread.currentThread() ? writeHolds : 0; } }

    public int getReadHoldCount() {
        synchronized (sync) {
            Integer n = readers.get(Thread.currentThread());
            return n == null ? 0 : n;
        }
    }

    protected Thread getOwner() { synchronized (sync) { return writer; } }

    public final boolean hasQueuedThreads() { synchronized (sync) { return queued > 0; } }

    public final int getQueueLength() { synchronized (sync) { return queued; } }

    public String toString() {
        synchronized (sync) {
            return super.toString() + "[Write locks = " + writeHolds + ", Read locks = " + readHolds + "]";
        }
    }

    public static class ReadLock implements Lock {
        private final ReentrantReadWriteLock rw;

        protected ReadLock(ReentrantReadWriteLock lock) { rw = lock; }

        public void lock() {
            try { rw.acquireRead(Long.MAX_VALUE, false); } catch (InterruptedException cannot) { }
        }

        public void lockInterruptibly() throws InterruptedException { rw.acquireRead(Long.MAX_VALUE, true); }

        public boolean tryLock() {
            try { return rw.acquireRead(-1, false); } catch (InterruptedException cannot) { return false; }
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            long n = unit.toNanos(timeout);
            return rw.acquireRead(n <= 0 ? -1 : Math.min(n, Long.MAX_VALUE - 1), true);
        }

        public void unlock() { rw.releaseRead(); }

        public Condition newCondition() { throw new UnsupportedOperationException(); }

        public String toString() {
            return super.toString() + "[Read locks = " + rw.getReadLockCount() + "]";
        }
    }

    public static class WriteLock implements Lock {
        private final ReentrantReadWriteLock rw;

        protected WriteLock(ReentrantReadWriteLock lock) { rw = lock; }

        public void lock() {
            try { rw.acquireWrite(Long.MAX_VALUE, false); } catch (InterruptedException cannot) { }
        }

        public void lockInterruptibly() throws InterruptedException { rw.acquireWrite(Long.MAX_VALUE, true); }

        public boolean tryLock() {
            try { return rw.acquireWrite(-1, false); } catch (InterruptedException cannot) { return false; }
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            long n = unit.toNanos(timeout);
            return rw.acquireWrite(n <= 0 ? -1 : Math.min(n, Long.MAX_VALUE - 1), true);
        }

        public void unlock() { rw.releaseWrite(); }

        public Condition newCondition() { return new WriteCondition(rw); }

        public boolean isHeldByCurrentThread() { return rw.isWriteLockedByCurrentThread(); }

        public int getHoldCount() { return rw.getWriteHoldCount(); }

        public String toString() {
            Thread o = rw.getOwner();
            return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }

    /** A condition of the write lock. */
    static final class WriteCondition implements Condition {
        private final ReentrantReadWriteLock rw;
        private final java.util.ArrayList<boolean[]> waiters = new java.util.ArrayList<>();

        WriteCondition(ReentrantReadWriteLock rw) { this.rw = rw; }

        private long doWait(long nanos, boolean interruptible) throws InterruptedException {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            boolean[] signalled = new boolean[1];
            waiters.add(signalled);
            int h = rw.releaseAllWrites();
            boolean interrupted = false;
            InterruptedException thrown = null;
            try {
                while (!signalled[0]) {
                    if (nanos != Long.MAX_VALUE && nanos <= 0) break;
                    try {
                        if (nanos == Long.MAX_VALUE) rw.sync.wait();
                        else nanos = ReentrantLock.waitNanos(rw.sync, nanos);
                    } catch (InterruptedException e) {
                        if (interruptible) { thrown = e; break; }
                        interrupted = true;
                    }
                }
            } finally {
                if (!signalled[0]) waiters.remove(signalled);
                if (rw.reacquireWrite(h)) interrupted = true;
            }
            if (thrown != null) throw thrown;
            if (interrupted) Thread.currentThread().interrupt();
            return nanos;
        }

        public void await() throws InterruptedException { synchronized (rw.sync) { doWait(Long.MAX_VALUE, true); } }

        public void awaitUninterruptibly() {
            synchronized (rw.sync) {
                try { doWait(Long.MAX_VALUE, false); } catch (InterruptedException cannot) { }
            }
        }

        public long awaitNanos(long nanosTimeout) throws InterruptedException {
            synchronized (rw.sync) {
                long start = System.nanoTime();
                doWait(Math.min(nanosTimeout, Long.MAX_VALUE - 1), true);
                return nanosTimeout - (System.nanoTime() - start);
            }
        }

        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            return awaitNanos(unit.toNanos(time)) > 0;
        }

        public void signal() {
            synchronized (rw.sync) {
                if (rw.writer != Thread.currentThread()) throw new IllegalMonitorStateException();
                if (!waiters.isEmpty()) { waiters.remove(0)[0] = true; rw.sync.notifyAll(); }
            }
        }

        public void signalAll() {
            synchronized (rw.sync) {
                if (rw.writer != Thread.currentThread()) throw new IllegalMonitorStateException();
                for (boolean[] w : waiters) w[0] = true;
                waiters.clear();
                rw.sync.notifyAll();
            }
        }
    }
}
