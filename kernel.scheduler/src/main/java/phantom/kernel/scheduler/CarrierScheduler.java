package phantom.kernel.scheduler;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.kernel.Executor;
import phantom.api.kernel.Executor.Outcome;
import phantom.api.kernel.Scheduler;

/**
 * Carrier threads (one per core unless {@code phantom.carriers} says otherwise) run ready VM
 * threads for an instruction budget each, round-robin within three priority classes: a ready
 * real-time thread is taken before any normal one, idle threads only when nothing else is
 * ready, and a real-time thread that becomes ready makes carriers running lower classes end
 * their slices at the next safepoint check. A thread blocked until a deadline is put back when
 * it passes. At a safepoint request the carriers finish their slices (each leaves its thread's
 * whole state in the space) and wait until the action has run. Completion events (a line of
 * input arrived, ...) reach the scheduler through an LMAX Disruptor ring and make a parked
 * thread ready at once instead of at its retry time.
 */
@Component(service = Scheduler.class, immediate = true)
public final class CarrierScheduler implements Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(CarrierScheduler.class);
    static final int BUDGET = 20_000;

    @SuppressWarnings("unchecked")
    private final ConcurrentLinkedQueue<Long>[] ready = new ConcurrentLinkedQueue[3];
    private final Object readyLock = new Object();
    private final Set<Long> known = ConcurrentHashMap.newKeySet();
    private final Object safepointLock = new Object();
    private volatile boolean safepointRequested;
    private int running;          // carriers inside a slice, guarded by safepointLock
    private volatile boolean stopping;
    private volatile Executor executor;
    private Carrier[] carriers;
    private ScheduledExecutorService timers;
    /** Threads blocked until a retry time, with the timer that will make them ready. */
    private final Map<Long, ScheduledFuture<?>> parked = new ConcurrentHashMap<>();
    /** Wakes that came while the thread was not parked yet (it was ending its slice). */
    private final Set<Long> pendingWakes = ConcurrentHashMap.newKeySet();
    /** Completion events (wake requests) from drivers and the VM, handled in order by one thread. */
    private Disruptor<WakeEvent> ring;
    private RingBuffer<WakeEvent> wakes;

    /** A slot of the completion ring: the thread to wake. Reused, never allocated per event. */
    static final class WakeEvent {
        long thread;
    }

    public CarrierScheduler() {
        for (int i = 0; i < ready.length; i++) ready[i] = new ConcurrentLinkedQueue<>();
    }

    /** A carrier thread and what it is running now. */
    private final class Carrier implements Executor.SafepointFlag {
        final Thread thread;
        volatile boolean preempt;
        volatile int runningClass = -1;

        Carrier(int i) {
            thread = new Thread(() -> carrierLoop(this), "phantom-carrier-" + i);
            thread.setDaemon(true);
        }

        @Override public boolean requested() { return safepointRequested || preempt; }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindExecutor(Executor e) { executor = e; }

    void unbindExecutor(Executor e) { if (executor == e) executor = null; }

    @Activate
    void activate(BundleContext ctx) {
        String n = ctx.getProperty("phantom.carriers");
        start(n == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n.trim()));
    }

    /** Starts {@code count} carriers (also for tests, without OSGi). */
    public void start(int count) {
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-timers");
            t.setDaemon(true);
            return t;
        });
        ring = new Disruptor<>(WakeEvent::new, 1024, r -> {
            Thread t = new Thread(r, "phantom-completions");
            t.setDaemon(true);
            return t;
        }, ProducerType.MULTI, new BlockingWaitStrategy());
        ring.handleEventsWith((event, sequence, endOfBatch) -> unpark(event.thread));
        wakes = ring.start();
        carriers = new Carrier[Math.max(1, count)];
        for (int i = 0; i < carriers.length; i++) {
            carriers[i] = new Carrier(i);
            carriers[i].thread.start();
        }
        LOG.info("scheduler: {} carrier threads, budget {} instructions per slice", carriers.length, BUDGET);
    }

    /** For tests without OSGi. */
    public void setExecutor(Executor e) { executor = e; }

    @Deactivate
    public void stop() throws InterruptedException {
        stopping = true;
        synchronized (readyLock) { readyLock.notifyAll(); }
        for (Carrier c : carriers) c.thread.interrupt();
        for (Carrier c : carriers) c.thread.join(10_000);
        timers.shutdownNow();
        ring.halt();
    }

    @Override public void schedule(long thread) {
        if (known.add(thread)) makeReady(thread);
    }

    private void makeReady(long thread) {
        Executor ex = executor;
        int cls = ex == null ? Executor.NORMAL : Math.max(0, Math.min(2, ex.priority(thread)));
        ready[cls].add(thread);
        if (cls == Executor.REALTIME) {
            // end lower-class slices early so the real-time thread gets a carrier now
            for (Carrier c : carriers) if (c.runningClass != Executor.REALTIME && c.runningClass >= 0) c.preempt = true;
        }
        synchronized (readyLock) { readyLock.notify(); }
    }

    @Override public int threadCount() { return known.size(); }

    @Override public void wake(long thread) {
        RingBuffer<WakeEvent> rb = wakes;
        if (rb == null) return;
        // a full ring drops the wake: the thread still runs at its retry time
        rb.tryPublishEvent((event, sequence, t) -> event.thread = t, thread);
    }

    /** A parked thread runs now; one that is not parked (already ready or running) is left alone. */
    private void unpark(long thread) {
        ScheduledFuture<?> timer;
        synchronized (parked) {
            timer = parked.remove(thread);
            if (timer == null) {
                pendingWakes.add(thread); // not parked yet: it will not park (a spurious early retry is harmless)
                return;
            }
        }
        timer.cancel(false);
        makeReady(thread);
    }

    @Override public void atSafepoint(Runnable action) throws InterruptedException {
        synchronized (safepointLock) {
            while (safepointRequested) safepointLock.wait();
            safepointRequested = true;
            try {
                while (running > 0) safepointLock.wait();
                action.run();
            } finally {
                safepointRequested = false;
                safepointLock.notifyAll();
            }
        }
    }

    @Override public void runAtomically(Runnable action) throws InterruptedException {
        synchronized (safepointLock) {
            while (safepointRequested) safepointLock.wait();
            running++; // counted like a carrier inside a slice: the safepoint waits for it
        }
        try {
            action.run();
        } finally {
            synchronized (safepointLock) {
                running--;
                safepointLock.notifyAll();
            }
        }
    }

    @Override public int waitingThreads() {
        return ready[Executor.REALTIME].size() + ready[Executor.NORMAL].size();
    }

    private Long next(int[] cls) {
        for (int c : new int[] { Executor.REALTIME, Executor.NORMAL, Executor.IDLE }) {
            Long t = ready[c].poll();
            if (t != null) {
                cls[0] = c;
                return t;
            }
        }
        return null;
    }

    private void carrierLoop(Carrier me) {
        int[] cls = new int[1];
        while (!stopping) {
            Long thread;
            try {
                thread = next(cls);
                if (thread == null) {
                    synchronized (readyLock) {
                        thread = next(cls);
                        if (thread == null) {
                            readyLock.wait(50);
                            continue;
                        }
                    }
                }
                synchronized (safepointLock) {
                    while (safepointRequested) safepointLock.wait();
                    running++;
                }
            } catch (InterruptedException e) {
                return;
            }
            me.runningClass = cls[0];
            me.preempt = false;
            Outcome outcome;
            try {
                Executor ex = executor;
                outcome = ex == null ? Outcome.BLOCKED : ex.run(thread, BUDGET, me);
            } catch (RuntimeException e) {
                LOG.error("VM thread {} failed in the interpreter; it is stopped", Long.toHexString(thread), e);
                outcome = Outcome.FINISHED;
            } finally {
                me.runningClass = -1;
                synchronized (safepointLock) {
                    running--;
                    safepointLock.notifyAll();
                }
            }
            switch (outcome) {
                case YIELDED -> makeReady(thread);
                case FINISHED -> known.remove(thread);
                case BLOCKED -> {
                    Executor ex = executor;
                    long wake = ex == null ? 0 : ex.wakeAt(thread);
                    long delay = wake == 0 ? 10 : Math.max(0, wake - System.currentTimeMillis());
                    Long t = thread;
                    ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
                    synchronized (parked) {
                        if (pendingWakes.remove(t)) {
                            makeReady(t);
                            continue;
                        }
                        self[0] = timers.schedule(() -> {
                            synchronized (parked) {
                                if (!parked.remove(t, self[0])) return; // woken by an event first
                            }
                            makeReady(t);
                        }, delay, TimeUnit.MILLISECONDS);
                        parked.put(t, self[0]);
                    }
                }
            }
        }
    }
}
