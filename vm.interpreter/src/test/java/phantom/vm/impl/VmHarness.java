package phantom.vm.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import phantom.api.classes.InternalClass;
import phantom.api.driver.Console;
import phantom.api.kernel.Executor.Outcome;
import phantom.gc.refcount.RefcountReclaimer;
import phantom.space.impl.MappedObjectSpace;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;

/** A VM on a fresh object space with the real internal classes, run on the test thread. */
final class VmHarness implements AutoCloseable {
    final MappedObjectSpace space;
    final VmRuntime rt;
    final StringBuilder out = new StringBuilder();
    final java.util.concurrent.ConcurrentLinkedQueue<String> input = new java.util.concurrent.ConcurrentLinkedQueue<>();
    volatile boolean inputEnded = true;
    final Map<String, InternalClass> classes = new HashMap<>();

    VmHarness() throws Exception {
        this(newSpaceFile());
    }

    VmHarness(Path file) throws Exception {
        this(file, 256L << 20, VmLimits.DEFAULT);
    }

    VmHarness(Path file, long capacity, VmLimits limits) throws Exception {
        space = MappedObjectSpace.open(file, capacity);
        space.setReclaimer(new RefcountReclaimer());
        for (InternalClass c : List.of(new phantom.classes.objects.ObjectClass(), new phantom.classes.classes.ClassClass(),
            new phantom.classes.ints.IntClass(), new phantom.classes.longs.LongClass(), new phantom.classes.floats.FloatClass(),
            new phantom.classes.doubles.DoubleClass(), new phantom.classes.strings.StringClass(),
            new phantom.classes.arrays.ArrayClass(), new phantom.classes.binaries.BinaryClass(),
            new phantom.classes.threads.ThreadClass(), new phantom.classes.ttys.TtyClass(), new phantom.classes.times.TimeClass(),
            new phantom.classes.mutexes.MutexClass(), new phantom.classes.semaphores.SemaphoreClass(),
            new phantom.classes.conditions.ConditionClass(), new phantom.classes.sockets.SocketClass(network))) {
            classes.put(c.className(), c);
        }
        rt = new VmRuntime(space, classes::get, new Console() {
            @Override public void print(String text) {
                synchronized (out) { out.append(text); }
            }

            @Override public String readLine() { return input.poll(); }

            @Override public String pollLine() { return input.poll(); }

            @Override public boolean atEnd() { return inputEnded && input.isEmpty(); }
        }, limits);
        // as the VM component does: events wake waiting threads, restart hooks run once the space is open
        network.onReady(h -> rt.signal(phantom.api.driver.Network.event(h)));
        rt.setWaker(t -> wakeups.release());
        for (InternalClass c : classes.values()) if (c.wantsRestartCall()) c.onRestart(space);
    }

    /** The host's network, as the driver bundles offer it; closed with the harness, as a process's sockets die with it. */
    final phantom.devices.NioNetwork network = new phantom.devices.NioNetwork();
    /** Released when an event wakes a thread, so {@link #runToEnd} waits no longer than the event. */
    final java.util.concurrent.Semaphore wakeups = new java.util.concurrent.Semaphore(0);

    static Path newSpaceFile() throws Exception {
        Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(Path.of("target"), "vm").resolve("space.mem");
    }

    /** Loads every class of the source; returns the name of the last one that has a main method. */
    String load(String source) {
        String main = null;
        for (ClassFile cf : Assembler.assemble(source)) {
            rt.loadClass(cf.toBytes());
            if (cf.methods().stream().anyMatch(m -> m.name().equals("main"))) main = cf.name();
        }
        return main;
    }

    /** Assembles, loads and runs {@code source} to the end; returns what it printed. */
    String run(String source) {
        synchronized (out) { out.setLength(0); }
        String main = load(source);
        long thread = rt.newThread(main);
        runToEnd(thread, 10_000);
        space.release(thread);
        return out.toString();
    }

    void runToEnd(long thread, int budget) {
        Interpreter in = new Interpreter(rt);
        while (true) {
            wakeups.drainPermits();
            Outcome o = in.run(thread, budget, () -> false);
            if (o == Outcome.FINISHED) return;
            if (o == Outcome.BLOCKED) {
                long wait = rt.wakeAt(thread) - System.currentTimeMillis();
                if (wait > 0) {
                    try { wakeups.tryAcquire(wait, java.util.concurrent.TimeUnit.MILLISECONDS); } catch (InterruptedException e) { throw new AssertionError(e); }
                }
            }
        }
    }

    /**
     * Runs every live thread a slice at a time, round robin, until none is left (threads spawned
     * on the way join the round), as a scheduler with one carrier would; a thread waiting for its
     * wake-up time is passed over until then.
     */
    void runAllToEnd(int budget, long timeoutMillis) {
        Interpreter in = new Interpreter(rt);
        long end = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            List<Long> live = rt.liveThreads();
            if (!rt.hasLiveNonDaemon()) return; // daemons do not keep a program going
            if (System.currentTimeMillis() > end) throw new AssertionError(live.size() + " threads still running after " + timeoutMillis + " ms");
            boolean ran = false;
            for (long t : live) {
                if (rt.wakeAt(t) > System.currentTimeMillis()) continue;
                in.run(t, budget, () -> false);
                ran = true;
            }
            if (!ran) {
                try { wakeups.tryAcquire(1, java.util.concurrent.TimeUnit.MILLISECONDS); } catch (InterruptedException e) { throw new AssertionError(e); }
            }
        }
    }

    static String example(String name) throws Exception {
        return Files.readString(Path.of("..", "examples", name));
    }

    @Override public void close() throws Exception {
        network.close();
        space.close();
    }
}
