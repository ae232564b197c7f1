package phantom.vm.impl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.kernel.Snapshotter;
import phantom.api.space.CollectionReport;
import phantom.api.space.Collector;

/**
 * Threads whose allocation found the space full wait here for garbage to be freed instead of
 * failing at once: a program never dies of garbage the collectors had not reached yet. A wait
 * asks for one round of freeing: the zero-count table, then (when tier two is there) a durable
 * snapshot and a cycle collection on it, so what the waiting threads dropped is garbage in it.
 * Each waiting thread retries its instruction when the round ends; if the space is still full
 * after a round that began after its wait, the program gets its catchable out-of-memory error.
 *
 * <p>Nothing here is persistent: a thread killed while it waits retries after the restart and
 * waits again if it must. One daemon thread runs the rounds; {@link #close} stops it and waits.
 */
final class MemoryWaits {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryWaits.class);

    /** The event waiting threads are woken by. */
    static final String EVENT = "memory";
    /** A waiting thread retries this often anyway: a signal missed, or a restart (nothing of a wait survives it). */
    static final long POLL_MILLIS = 250;
    /** Past this a thread stops waiting and gets its error even if no round ended (tier two stuck or gone). */
    static final long GIVE_UP_MILLIS = 120_000;

    private record Wait(long ticket, long sinceMillis) {}

    private final Map<Long, Wait> waits = new ConcurrentHashMap<>();
    private final Runnable reclaimTable;
    private final java.util.function.Consumer<String> signal;
    private volatile Collector collector;
    private volatile Snapshotter snapshotter;
    private final Object lock = new Object();
    /** Rounds asked for and rounds ended: a round serves every ticket up to the number it began with. */
    private long requested, served;
    private volatile boolean closed;
    private Thread worker;

    MemoryWaits(Runnable reclaimTable, java.util.function.Consumer<String> signal) {
        this.reclaimTable = reclaimTable;
        this.signal = signal;
    }

    void setCollector(Collector c) { collector = c; }

    void clearCollector(Collector c) { if (collector == c) collector = null; }

    void setSnapshotter(Snapshotter s) { snapshotter = s; }

    void clearSnapshotter(Snapshotter s) { if (snapshotter == s) snapshotter = null; }

    /**
     * A thread's allocation found the space full: true if it is to wait (the caller blocks it on
     * {@link #EVENT} and runs the instruction again), false if freeing was tried since its wait
     * began and it is to get its out-of-memory error.
     */
    boolean shouldWait(long thread, long nowMillis) {
        if (closed) return false;
        Wait w = waits.get(thread);
        if (w != null) {
            boolean roundEnded;
            synchronized (lock) {
                roundEnded = served >= w.ticket;
            }
            if (roundEnded || nowMillis - w.sinceMillis > GIVE_UP_MILLIS) {
                waits.remove(thread);
                return false;
            }
            return true; // woken by its poll before the round ended: still waits
        }
        waits.put(thread, new Wait(request(), nowMillis));
        return true;
    }

    /** True while some thread waits: only then has a slice's end anything to settle. */
    boolean anyWaiting() { return !waits.isEmpty(); }

    /** The thread's slice ended; unless it waits for memory again, its wait is over (its allocation went through). */
    void settle(long thread, boolean waitsAgain) {
        if (!waitsAgain) waits.remove(thread);
    }

    /** The thread ended: it waits for nothing. */
    void forget(long thread) { waits.remove(thread); }

    int waiting() { return waits.size(); }

    private long request() {
        synchronized (lock) {
            long ticket = ++requested;
            if (worker == null && !closed) {
                worker = new Thread(this::rounds, "phantom-vm-memory");
                worker.setDaemon(true);
                worker.start();
            }
            lock.notifyAll();
            return ticket;
        }
    }

    private void rounds() {
        try {
            while (true) {
                long target;
                synchronized (lock) {
                    while (!closed && served >= requested) lock.wait();
                    if (closed) return;
                    target = requested;
                }
                round();
                synchronized (lock) {
                    served = target;
                }
                signal.accept(EVENT);
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    /** One round of freeing for the threads that wait now. */
    private void round() throws InterruptedException {
        reclaimTable.run();
        Collector c = collector;
        if (c == null) return;
        try {
            Snapshotter s = snapshotter;
            // what the waiting threads dropped is garbage only in a snapshot taken after they stopped
            if (s != null) s.snapshotAndWait();
            CollectionReport r = c.collectNow();
            LOG.info("space full, {} threads waited for a collection: {}", waits.size(), r.summary());
        } catch (RuntimeException e) {
            LOG.warn("space full: the collection the waiting threads asked for failed: {}", e.toString());
        }
        reclaimTable.run();
    }

    /** Stops the rounds (the waiting threads get their errors when they retry) and waits for the one running. */
    void close() throws InterruptedException {
        Thread w;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            w = worker;
        }
        if (w != null) {
            w.interrupt();
            w.join(60_000);
            if (w.isAlive()) LOG.error("the memory waits' collection did not stop within 60 s");
        }
        waits.clear();
    }
}
