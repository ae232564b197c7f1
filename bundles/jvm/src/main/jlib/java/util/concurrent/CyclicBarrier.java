package java.util.concurrent;

/** A barrier for a fixed number of parties, reusable: each trip starts a new generation. */
public class CyclicBarrier {
    private static final class Generation {
        boolean broken;
    }

    private final int parties;
    private final Runnable barrierCommand;
    private Generation generation = new Generation();
    private int count;

    public CyclicBarrier(int parties, Runnable barrierAction) {
        if (parties <= 0) throw new IllegalArgumentException();
        this.parties = parties;
        this.count = parties;
        this.barrierCommand = barrierAction;
    }

    public CyclicBarrier(int parties) { this(parties, null); }

    public int getParties() { return parties; }

    private void nextGeneration() {
        notifyAll();
        count = parties;
        generation = new Generation();
    }

    private void breakBarrier() {
        generation.broken = true;
        count = parties;
        notifyAll();
    }

    /** nanos < 0: no timeout. */
    private synchronized int dowait(long nanos) throws InterruptedException, BrokenBarrierException, TimeoutException {
        Generation g = generation;
        if (g.broken) throw new BrokenBarrierException();
        if (Thread.interrupted()) {
            breakBarrier();
            throw new InterruptedException();
        }
        int index = --count;
        if (index == 0) {
            Runnable command = barrierCommand;
            boolean ran = false;
            try {
                if (command != null) command.run();
                ran = true;
                nextGeneration();
                return 0;
            } finally {
                if (!ran) breakBarrier();
            }
        }
        long end = System.nanoTime() + nanos;
        while (true) {
            try {
                if (nanos < 0) wait();
                else {
                    long left = end - System.nanoTime();
                    if (left > 0) wait(RingBlockingQueue.millisFor(left));
                }
            } catch (InterruptedException ie) {
                if (g == generation && !g.broken) {
                    breakBarrier();
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            if (g.broken) throw new BrokenBarrierException();
            if (g != generation) return index;
            if (nanos >= 0 && end - System.nanoTime() <= 0) {
                breakBarrier();
                throw new TimeoutException();
            }
        }
    }

    public int await() throws InterruptedException, BrokenBarrierException {
        try {
            return dowait(-1);
        } catch (TimeoutException cannot) {
            throw new Error(cannot);
        }
    }

    public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {
        long n = unit.toNanos(timeout);
        return dowait(n < 0 ? 0 : n);
    }

    public synchronized boolean isBroken() { return generation.broken; }

    public synchronized void reset() {
        breakBarrier();
        nextGeneration();
    }

    public synchronized int getNumberWaiting() { return parties - count; }
}
