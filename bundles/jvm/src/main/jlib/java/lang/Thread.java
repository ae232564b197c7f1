package java.lang;

import java.util.HashMap;

/**
 * Java threads on VM threads: start() spawns a VM thread (persistent, scheduled, restartable like
 * every VM thread) that runs this thread's run(). Priorities map onto the scheduler's classes:
 * 9 and 10 ask for real-time (granted within the VM's admission limit, else normal), 1 to 3 are
 * idle, the rest normal. Interrupts set a flag that sleep, join and wait look at when called;
 * they do not cut a sleep or a wait short.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1, NORM_PRIORITY = 5, MAX_PRIORITY = 10;

    /** Java threads by VM thread id, while they run (the main thread from its first currentThread()). */
    private static final HashMap<Integer, Thread> running = new HashMap<>();
    private static final Object lock = new Object();
    private static int created;

    private final Runnable target;
    private volatile String name;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    private volatile boolean interrupted;
    private Object vm;
    private UncaughtExceptionHandler handler;
    private static UncaughtExceptionHandler defaultHandler;
    /** This thread's ThreadLocal and InheritableThreadLocal values (see ThreadLocal), made on first use. */
    HashMap<ThreadLocal<?>, Object> threadLocals, inheritableThreadLocals;

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public Thread() { this(null, null); }

    public Thread(Runnable target) { this(target, null); }

    public Thread(String name) { this(null, name); }

    public Thread(Runnable target, String name) {
        this.target = target;
        if (name == null) {
            synchronized (lock) { name = "Thread-" + created++; }
        }
        this.name = name;
        Thread parent = currentThreadOrNull();
        if (parent != null) {
            priority = parent.priority;
            daemon = parent.daemon;
            if (parent.inheritableThreadLocals != null)
                inheritableThreadLocals = InheritableThreadLocal.inherit(parent.inheritableThreadLocals);
        }
    }

    /** The main thread, which no start() made. */
    private Thread(Object vm, String name, boolean main) {
        this.target = null;
        this.name = name;
        this.vm = vm;
    }

    public void run() {
        if (target != null) target.run();
    }

    public synchronized void start() {
        if (vm != null) throw new IllegalThreadStateException();
        vm = PhantomNative.spawn(new Starter(this));
        PhantomNative.setVmThreadName(vm, name);
        if (daemon) PhantomNative.setVmDaemon(vm, true);
        applyPriority();
    }

    /** What the VM thread runs: this thread's run(), known to currentThread() meanwhile. */
    private static final class Starter implements Runnable {
        private final Thread thread;

        Starter(Thread thread) { this.thread = thread; }

        public void run() {
            int id = PhantomNative.vmThreadId(PhantomNative.currentVmThread());
            synchronized (lock) { running.put(id, thread); }
            try {
                thread.run();
            } catch (Throwable e) {
                thread.uncaught(e);
            } finally {
                synchronized (lock) { running.remove(id); }
            }
        }
    }

    /** What the translated main runs when main lets an exception (or a VM error) escape: reported as Java does, and the run fails. */
    static void $mainDied(Object error) {
        Throwable t = error instanceof Throwable ? (Throwable) error : Throwable.$fromVm(error);
        currentThread().uncaught(t);
        PhantomNative.markThreadFailed();
    }

    void uncaught(Throwable e) {
        UncaughtExceptionHandler h = handler != null ? handler : defaultHandler;
        if (h != null) {
            h.uncaughtException(this, e);
            return;
        }
        System.err.print("Exception in thread \"" + name + "\" ");
        e.printStackTrace();
    }

    private static Thread currentThreadOrNull() {
        Object vm = PhantomNative.currentVmThread();
        int id = PhantomNative.vmThreadId(vm);
        synchronized (lock) { return running.get(id); }
    }

    public static Thread currentThread() {
        Object vm = PhantomNative.currentVmThread();
        int id = PhantomNative.vmThreadId(vm);
        synchronized (lock) {
            Thread t = running.get(id);
            if (t == null) {
                // a thread no start() made: the program's main thread
                t = new Thread(vm, "main", true);
                running.put(id, t);
            }
            return t;
        }
    }

    public final void join() throws InterruptedException {
        currentThread().checkInterrupt();
        Object v;
        synchronized (this) { v = vm; }
        if (v != null) PhantomNative.join(v);
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (millis == 0) { join(); return; }
        long end = System.currentTimeMillis() + millis;
        while (isAlive() && System.currentTimeMillis() < end) sleep(1);
    }

    public final boolean isAlive() {
        Object v;
        synchronized (this) { v = vm; }
        return v != null && PhantomNative.isAlive(v);
    }

    /** An interrupt is seen within this many milliseconds by a sleeping or waiting thread. */
    private static final long LOOK = 10;

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        Thread t = currentThread();
        t.checkInterrupt();
        long end = System.currentTimeMillis() + millis;
        for (long left = millis; left > 0; left = end - System.currentTimeMillis()) {
            PhantomNative.sleep(Math.min(left, LOOK));
            t.checkInterrupt();
        }
    }

    /** Object.wait(millis) (0: until notified): in slices, so that an interrupt ends it. */
    static void $waitOn(Object o, long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        Thread t = currentThread();
        t.checkInterrupt();
        long end = millis == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + millis;
        while (true) {
            long left = end - System.currentTimeMillis();
            if (PhantomNative.monitorWait(o, Math.max(1, Math.min(left, LOOK)))) return;
            t.checkInterrupt();
            if (System.currentTimeMillis() >= end) return;
        }
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        sleep(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    public static void yield() {}

    public static void onSpinWait() {}

    private void checkInterrupt() throws InterruptedException {
        if (interrupted) {
            interrupted = false;
            throw new InterruptedException();
        }
    }

    public void interrupt() { interrupted = true; }

    public boolean isInterrupted() { return interrupted; }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public final String getName() { return name; }

    public final synchronized void setName(String name) {
        if (name == null) throw new NullPointerException("name cannot be null");
        this.name = name;
        if (vm != null) PhantomNative.setVmThreadName(vm, name);
    }

    public final int getPriority() { return priority; }

    public final void setPriority(int p) {
        if (p < MIN_PRIORITY || p > MAX_PRIORITY) throw new IllegalArgumentException();
        priority = p;
        applyPriority();
    }

    private void applyPriority() {
        Object v = vm;
        if (v == null) return;
        if (priority >= 9) {
            try {
                PhantomNative.setVmPriority(v, 1);
                return;
            } catch (Throwable notAdmitted) {
                // the VM admits few real-time threads: this one runs as a normal thread
            }
        }
        PhantomNative.setVmPriority(v, priority <= 3 ? 2 : 0);
    }

    public final boolean isDaemon() { return daemon; }

    public final void setDaemon(boolean on) {
        if (vm != null) throw new IllegalThreadStateException();
        daemon = on;
    }

    public long getId() { return threadId(); }

    public final long threadId() {
        Object v = vm;
        return v == null ? 0 : PhantomNative.vmThreadId(v);
    }

    public boolean isVirtual() { return false; }

    public enum State { NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED }

    /** NEW before start, RUNNABLE while its VM thread lives (blocked and waiting are not told apart), then TERMINATED. */
    public State getState() {
        Object v;
        synchronized (this) { v = vm; }
        if (v == null) return State.NEW;
        return PhantomNative.isAlive(v) ? State.RUNNABLE : State.TERMINATED;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler h) { handler = h; }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() { return handler; }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler h) { defaultHandler = h; }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() { return defaultHandler; }

    public String toString() { return "Thread[#" + threadId() + "," + name + "," + priority + ",main]"; }
}
