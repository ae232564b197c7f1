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

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
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
 *
 * <p>Handover: while a Phantom bundle stops and its replacement starts (an update, a refresh),
 * the carriers stay parked at a safepoint (every thread's state complete in the space, no
 * instruction of old or new code running) until every bundle that was stopping is active again
 * and an executor is bound, or a logged timeout; a bundle that stays stopped releases them
 * after a short grace.
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
    /** Carriers park before their next slice while this is set (a core bundle is being replaced). */
    private volatile boolean quiesced;
    /** Bundles stopping or stopped during a handover, with the time of their last event (nanos). */
    private final Map<Long, Long> changing = new ConcurrentHashMap<>();
    private volatile long quiescedSince;
    private volatile long lastPauseMillis = -1;
    private BundleContext context;
    private final SynchronousBundleListener handover = this::bundleEvent;
    private ScheduledFuture<?> releaser;
    static final long HANDOVER_GRACE_MILLIS = 1000;
    static final long HANDOVER_TIMEOUT_MILLIS = 30_000;
    static final long PARK_WAIT_MILLIS = 5_000;

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

        @Override public boolean requested() { return safepointRequested || preempt || quiesced; }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindExecutor(Executor e) { executor = e; }

    void unbindExecutor(Executor e) { if (executor == e) executor = null; }

    @Activate
    void activate(BundleContext ctx) {
        String n = ctx.getProperty("phantom.carriers");
        start(n == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n.trim()));
        context = ctx;
        ctx.addBundleListener(handover);
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
        BundleContext ctx = context;
        if (ctx != null) {
            ctx.removeBundleListener(handover);
            context = null;
        }
        stopping = true;
        synchronized (readyLock) { readyLock.notifyAll(); }
        for (Carrier c : carriers) c.thread.interrupt();
        for (Carrier c : carriers) {
            c.thread.join(10_000);
            // a slice still running would run a thread the next scheduler is handed too; the VM's claim refuses that
            if (c.thread.isAlive()) LOG.error("scheduler: carrier {} still runs a slice after 10 s", c.thread.getName());
        }
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
                Executor ex = executor;
                if (ex != null) ex.atSafepoint();
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

    /** Milliseconds the carriers stayed parked in the last handover, or -1 before the first. */
    public long lastHandoverPauseMillis() { return lastPauseMillis; }

    private void bundleEvent(BundleEvent ev) {
        Bundle b = ev.getBundle();
        String bsn = b.getSymbolicName();
        BundleContext ctx = context;
        if (bsn == null || !bsn.startsWith("phantom.") || ctx == null || b.getBundleId() == ctx.getBundle().getBundleId()) return;
        switch (ev.getType()) {
            case BundleEvent.STOPPING -> beginHandover(b);
            case BundleEvent.STOPPED, BundleEvent.UPDATED, BundleEvent.UNRESOLVED, BundleEvent.RESOLVED, BundleEvent.STARTING -> {
                if (changing.containsKey(b.getBundleId())) changing.put(b.getBundleId(), System.nanoTime());
            }
            case BundleEvent.STARTED, BundleEvent.UNINSTALLED -> changing.remove(b.getBundleId());
            default -> { }
        }
    }

    /** On the thread stopping {@code b}: park every carrier before the bundle's code goes away. */
    private void beginHandover(Bundle b) {
        if (stopping) return;
        changing.put(b.getBundleId(), System.nanoTime());
        synchronized (safepointLock) {
            if (!quiesced) {
                quiesced = true;
                quiescedSince = System.nanoTime();
                releaser = timers.scheduleWithFixedDelay(this::releaseWhenHandedOver, 20, 20, TimeUnit.MILLISECONDS);
                LOG.info("handover: {} is stopping; carriers park at their next safepoint", b.getSymbolicName());
            }
            for (Carrier c : carriers) if (c.thread == Thread.currentThread()) return; // never wait for ourselves
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PARK_WAIT_MILLIS);
            try {
                // slices in flight finish (their threads' state reaches the space) before the bundle stops
                while (running > 0 && quiesced) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        LOG.error("handover: {} carriers still in a slice after {} ms; {} stops anyway", running,
                            PARK_WAIT_MILLIS, b.getSymbolicName());
                        break;
                    }
                    safepointLock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the handover once every stopped bundle is back (or stayed stopped past the grace) and an executor is bound. */
    private void releaseWhenHandedOver() {
        long now = System.nanoTime();
        BundleContext ctx = context;
        for (Map.Entry<Long, Long> e : changing.entrySet()) {
            Bundle b = ctx == null ? null : ctx.getBundle(e.getKey());
            boolean gone = b == null || b.getState() == Bundle.UNINSTALLED;
            boolean active = b != null && b.getState() == Bundle.ACTIVE;
            boolean restingStopped = b != null && (b.getState() & (Bundle.RESOLVED | Bundle.INSTALLED)) != 0
                && now - e.getValue() > TimeUnit.MILLISECONDS.toNanos(HANDOVER_GRACE_MILLIS);
            if (gone || active || restingStopped) changing.remove(e.getKey(), e.getValue());
        }
        long parkedMillis = TimeUnit.NANOSECONDS.toMillis(now - quiescedSince);
        boolean timedOut = parkedMillis > HANDOVER_TIMEOUT_MILLIS;
        if (!timedOut && (!changing.isEmpty() || executor == null)) return;
        if (timedOut) {
            LOG.error("handover: released after {} ms with {} still changing{}", parkedMillis, changing.keySet(),
                executor == null ? " and no executor bound" : "");
            changing.clear();
        }
        synchronized (safepointLock) {
            if (!quiesced) return;
            quiesced = false;
            lastPauseMillis = parkedMillis;
            if (releaser != null) releaser.cancel(false);
            safepointLock.notifyAll();
        }
        LOG.info("handover: done; carriers were parked {} ms", parkedMillis);
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
            Long thread = null;
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
                    while (safepointRequested || quiesced) safepointLock.wait();
                    running++;
                }
            } catch (InterruptedException e) {
                if (thread != null) ready[cls[0]].add(thread); // taken but not run: the thread stays known and ready
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
