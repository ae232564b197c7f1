package phantom.kernel.scheduler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
 * Round-robin scheduler: carrier threads (one per core unless {@code phantom.carriers} says
 * otherwise) take ready VM threads from one queue and run each for an instruction budget; a
 * thread that yields goes to the back of the queue, one that blocks until a deadline is put back
 * when it passes. At a safepoint request the carriers finish their slices (each leaves its
 * thread's whole state in the space) and wait until the action has run.
 *
 * <p>Priority classes, restartable blocking calls and the Disruptor completion ring are issue 6.
 */
@Component(service = Scheduler.class, immediate = true)
public final class CarrierScheduler implements Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(CarrierScheduler.class);
    static final int BUDGET = 20_000;

    private final LinkedBlockingQueue<Long> ready = new LinkedBlockingQueue<>();
    private final Set<Long> known = ConcurrentHashMap.newKeySet();
    private final Object safepointLock = new Object();
    private volatile boolean safepointRequested;
    private int running;          // carriers inside a slice, guarded by safepointLock
    private volatile boolean stopping;
    private volatile Executor executor;
    private Thread[] carriers;
    private ScheduledExecutorService timers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void bindExecutor(Executor e) { executor = e; }

    void unbindExecutor(Executor e) { if (executor == e) executor = null; }

    @Activate
    void activate(org.osgi.framework.BundleContext ctx) {
        String n = ctx.getProperty("phantom.carriers");
        int count = n == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n.trim());
        start(Math.max(1, count));
    }

    void start(int count) {
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-timers");
            t.setDaemon(true);
            return t;
        });
        carriers = new Thread[count];
        for (int i = 0; i < count; i++) {
            carriers[i] = new Thread(this::carrierLoop, "phantom-carrier-" + i);
            carriers[i].setDaemon(true);
            carriers[i].start();
        }
        LOG.info("scheduler: {} carrier threads, budget {} instructions per slice", count, BUDGET);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        for (Thread t : carriers) t.interrupt();
        for (Thread t : carriers) t.join(10_000);
        timers.shutdownNow();
    }

    @Override public void schedule(long thread) {
        if (known.add(thread)) ready.add(thread);
    }

    @Override public int threadCount() { return known.size(); }

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

    private void carrierLoop() {
        Executor.SafepointFlag flag = () -> safepointRequested;
        while (!stopping) {
            Long thread;
            try {
                thread = ready.poll(100, TimeUnit.MILLISECONDS);
                if (thread == null) continue;
                synchronized (safepointLock) {
                    while (safepointRequested) safepointLock.wait();
                    running++;
                }
            } catch (InterruptedException e) {
                return;
            }
            Outcome outcome;
            try {
                Executor ex = executor;
                if (ex == null) {
                    outcome = Outcome.BLOCKED; // no VM bound (being updated): try again shortly
                } else {
                    outcome = ex.run(thread, BUDGET, flag);
                }
            } catch (RuntimeException e) {
                LOG.error("VM thread {} failed in the interpreter; it is stopped", Long.toHexString(thread), e);
                outcome = Outcome.FINISHED;
            } finally {
                synchronized (safepointLock) {
                    running--;
                    safepointLock.notifyAll();
                }
            }
            switch (outcome) {
                case YIELDED -> ready.add(thread);
                case FINISHED -> known.remove(thread);
                case BLOCKED -> {
                    Executor ex = executor;
                    long wake = ex == null ? 0 : ex.wakeAt(thread);
                    long delay = Math.max(1, wake - System.currentTimeMillis());
                    if (wake == 0) delay = 10;
                    timers.schedule(() -> ready.add(thread), delay, TimeUnit.MILLISECONDS);
                }
            }
        }
    }
}
