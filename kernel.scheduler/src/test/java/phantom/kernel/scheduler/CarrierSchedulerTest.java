package phantom.kernel.scheduler;

import static org.junit.Assert.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

import phantom.api.kernel.Executor;

/**
 * The scheduler against a simulated executor: each "VM thread" burns the budget it is given in
 * units of work (checking the safepoint flag every 500 units, as the interpreter does at calls
 * and backward jumps), and counts what it did.
 */
public class CarrierSchedulerTest {

    /** Simulated threads: id -> work done; real-time ones sleep and record how late they woke. */
    static final class Sim implements Executor {
        final Map<Long, AtomicLong> done = new ConcurrentHashMap<>();
        final Map<Long, Integer> priority = new ConcurrentHashMap<>();
        final Map<Long, Long> wake = new ConcurrentHashMap<>();
        final List<Long> lateness = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile long sink;

        @Override public Outcome run(long thread, int budget, SafepointFlag flag) {
            if (priority.getOrDefault(thread, NORMAL) == REALTIME) {
                Long w = wake.get(thread);
                long now = System.nanoTime();
                if (w != null) lateness.add(now - w);
                wake.put(thread, now + 20_000_000L); // sleep 20 ms
                return Outcome.BLOCKED;
            }
            long x = sink;
            for (int i = 0; i < budget; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                if (i % 500 == 0 && flag.requested()) {
                    done.computeIfAbsent(thread, k -> new AtomicLong()).addAndGet(i);
                    sink = x;
                    return Outcome.YIELDED;
                }
            }
            sink = x;
            done.computeIfAbsent(thread, k -> new AtomicLong()).addAndGet(budget);
            return Outcome.YIELDED;
        }

        @Override public long wakeAt(long thread) {
            Long w = wake.get(thread);
            return w == null ? 0 : System.currentTimeMillis() + 1 + Math.max(0, (w - System.nanoTime() + 999_999) / 1_000_000);
        }

        @Override public int priority(long thread) { return priority.getOrDefault(thread, NORMAL); }
    }

    @Test public void twoBusyThreadsOfEqualPriorityShareWithinTenPercent() throws Exception {
        Sim sim = new Sim();
        CarrierScheduler s = new CarrierScheduler();
        s.setExecutor(sim);
        s.start(1);
        try {
            s.schedule(1);
            s.schedule(2);
            Thread.sleep(2000);
        } finally {
            s.stop();
        }
        long a = sim.done.get(1L).get(), b = sim.done.get(2L).get();
        double ratio = (double) Math.min(a, b) / Math.max(a, b);
        System.out.printf("fairness: %d vs %d units, ratio %.3f%n", a, b, ratio);
        assertTrue("shares " + a + " and " + b, ratio >= 0.9);
    }

    @Test public void switchCost() throws Exception {
        AtomicLong slices = new AtomicLong();
        Executor empty = new Executor() {
            @Override public Outcome run(long thread, int budget, SafepointFlag flag) {
                slices.incrementAndGet();
                return Outcome.YIELDED;
            }

            @Override public long wakeAt(long thread) { return 0; }
        };
        CarrierScheduler s = new CarrierScheduler();
        s.setExecutor(empty);
        s.start(1);
        long t0 = System.nanoTime();
        try {
            s.schedule(1);
            s.schedule(2);
            Thread.sleep(1000);
        } finally {
            s.stop();
        }
        double ns = (System.nanoTime() - t0) / (double) slices.get();
        System.out.printf("switch cost: %.0f ns per slice switch (%d empty slices in 1 s on one carrier)%n", ns, slices.get());
        assertTrue(slices.get() > 1000);
    }

    @Test public void aCompletionEventWakesAParkedThreadAtOnce() throws Exception {
        long[] ranAt = new long[2];
        int[] runs = new int[1];
        Executor waiter = new Executor() {
            @Override public Outcome run(long thread, int budget, SafepointFlag flag) {
                ranAt[Math.min(runs[0], 1)] = System.nanoTime();
                return runs[0]++ == 0 ? Outcome.BLOCKED : Outcome.FINISHED;
            }

            @Override public long wakeAt(long thread) { return System.currentTimeMillis() + 10_000; }
        };
        CarrierScheduler s = new CarrierScheduler();
        s.setExecutor(waiter);
        s.start(1);
        try {
            s.schedule(7);
            Thread.sleep(200); // parked until its retry time, 10 s away
            assertEquals(1, runs[0]);
            long t0 = System.nanoTime();
            s.wake(7);
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (runs[0] < 2 && System.nanoTime() < deadline) Thread.sleep(1);
            assertEquals("woken by the event, long before its retry time", 2, runs[0]);
            System.out.printf("completion ring: event to running again %.2f ms%n", (ranAt[1] - t0) / 1e6);
            assertEquals(0, s.threadCount());
        } finally {
            s.stop();
        }
    }

    @Test public void idleThreadsRunOnlyWhenNothingElseIsReady() throws Exception {
        Sim sim = new Sim();
        sim.priority.put(3L, Executor.IDLE);
        CarrierScheduler s = new CarrierScheduler();
        s.setExecutor(sim);
        s.start(1);
        try {
            s.schedule(1);
            s.schedule(3);
            Thread.sleep(500);
        } finally {
            s.stop();
        }
        assertNull("the idle thread never ran while a normal one was ready", sim.done.get(3L));
        assertTrue(sim.done.get(1L).get() > 0);
    }

    @Test public void aRealTimeThreadWakesPromptlyUnderLoad() throws Exception {
        Sim sim = new Sim();
        sim.priority.put(100L, Executor.REALTIME);
        CarrierScheduler s = new CarrierScheduler();
        s.setExecutor(sim);
        s.start(2);
        try {
            for (long t = 1; t <= 4; t++) s.schedule(t); // four busy normal threads on two carriers
            s.schedule(100);
            Thread.sleep(3000);
        } finally {
            s.stop();
        }
        long[] late = sim.lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        assertTrue("the real-time thread woke many times: " + late.length, late.length > 50);
        long median = late[late.length / 2], p99 = late[(int) (late.length * 0.99)], max = late[late.length - 1];
        System.out.printf("real-time wake-up latency under load: median %.2f ms, p99 %.2f ms, max %.2f ms (%d wake-ups)%n",
            median / 1e6, p99 / 1e6, max / 1e6, late.length);
        assertTrue("median lateness " + median / 1e6 + " ms", median < 20_000_000L);
        assertTrue("never woken before its deadline", Arrays.stream(late).allMatch(l -> l > -1_000_000L));
    }
}
