package phantom.vm.impl;

import java.util.ArrayList;
import java.util.List;

import phantom.api.kernel.Executor.Outcome;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;

/**
 * What a live patch costs running code ({@code ./phantom bench patch [instances...]}), one VM
 * thread run in slices on this thread, as the scheduler runs it:
 * <ul>
 * <li>the pause: the time a patch (and a rollback) holds the safepoint, by the number of live
 * instances of the class (goal: flat, under 1 ms);</li>
 * <li>migration: the first pass over every instance after a patch migrates each one on its
 * first call; its rate, and what it adds to the pass;</li>
 * <li>call overhead: steady passes after migration against passes before the patch, for a
 * patch of a method body (same layout: instances migrate in place) and for one that adds a
 * field (instances move their state to an extension object).</li>
 * </ul>
 */
public final class PatchBench {
    private PatchBench() {}

    /** Each pass calls value() on every instance and prints the sum. */
    static String program(int n) {
        return """
            class Item
            field int v
            method init (I)V
                iload 0
                iputf v
                ret
            end
            method value ()J
                lgetf v
                iret
            end
            class Main
            field obj items
            method main ()V
                new array
                oputf items
                iconst 0
                istore 0
            fill:
                iload 0
                iconst %1$d
                if_icmpge filled
                ogetf items
                new Item
                odup
                iload 0
                call Item.init (I)V
                call array.add (O)V
                iinc 0 1
                goto fill
            filled:
                lconst 0
                lstore 1
                iconst 0
                istore 0
            sum:
                iload 0
                iconst %1$d
                if_icmpge summed
                ogetf items
                iload 0
                call array.get (I)O
                call Item.value ()J
                lload 1
                ladd
                lstore 1
                iinc 0 1
                goto sum
            summed:
                new tty
                lload 1
                lbox
                call tty.println (O)V
                goto filled
            end
            """.formatted(n);
    }

    /** A new body, same fields: instances migrate in place. */
    static final String BODY_PATCH = """
        class Item
        field int v
        method value ()J
            lgetf v
            lconst 0
            ladd
            iret
        end
        """;

    /** A field added, set by the migration method: instances no longer fit and get an extension object. */
    static final String FIELD_PATCH = """
        class Item
        field int v
        field int w
        method migrate (O)V
            oload 1
            igetfield Item v
            iputf w
            ret
        end
        method value ()J
            lgetf w
            iret
        end
        """;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) sizes.add(Integer.parseInt(a.replace("_", "")));
        if (sizes.isEmpty()) sizes = List.of(10_000, 100_000, 1_000_000);
        byte[] body = bytes(BODY_PATCH), field = bytes(FIELD_PATCH);
        System.out.println("patch bench: one VM thread summing value() over N instances in slices of 10k instructions; the JIT is warmed first");
        run(10_000, body, field, false); // warm-up, not printed
        System.out.printf("%10s  %12s %12s  %16s %14s  %15s %15s%n", "instances", "pause patch", "pause rollb.",
            "migrations/s", "first pass", "body: after/bef", "field: after/bef");
        for (int n : sizes) run(n, body, field, true);
        System.out.println("pause: time the patch (or rollback) holds the safepoint, median of 9; first pass: the pass that migrates every instance, as a ratio to a steady pass before the patch");
    }

    private static byte[] bytes(String source) {
        List<ClassFile> cfs = Assembler.assemble(source);
        return cfs.get(0).toBytes();
    }

    private static void run(int n, byte[] body, byte[] field, boolean print) throws Exception {
        try (VmHarness h = new VmHarness(VmHarness.newSpaceFile(), 1L << 30, VmLimits.DEFAULT)) {
            h.load(program(n));
            long t = h.rt.newThread("Main");
            Interpreter in = new Interpreter(h.rt);
            Passes p = new Passes(h, in, t);
            p.next(); // fill and the first pass
            double before = p.steady(5);
            // pauses: patch and roll back the body, several times, with every instance of version 1 live
            long[] patch = new long[9], rollback = new long[9];
            for (int i = 0; i < patch.length; i++) {
                long t0 = System.nanoTime();
                h.rt.load(body);
                long t1 = System.nanoTime();
                synchronized (h.rt.registryLock()) { h.rt.versions.rollback("Item"); }
                long t2 = System.nanoTime();
                patch[i] = t1 - t0;
                rollback[i] = t2 - t1;
                p.next(); // a pass between: the instances migrate back and forth
            }
            double beforeBody = p.steady(5);
            h.rt.load(body);
            p.next(); // migrates in place
            double afterBody = p.steady(5);
            synchronized (h.rt.registryLock()) { h.rt.versions.rollback("Item"); }
            p.next();
            double beforeField = p.steady(5);
            h.rt.load(field);
            double first = p.next(); // migrates every instance through its migration method
            double afterField = p.steady(5);
            if (print) {
                double migrationsPerSecond = n / Math.max(1e-9, first - beforeField);
                System.out.printf("%10d  %9.1f us %9.1f us  %16.0f %13.2fx  %15.2f %15.2f%n", n, median(patch) / 1e3, median(rollback) / 1e3,
                    migrationsPerSecond, first / beforeField, afterBody / beforeBody, afterField / beforeField);
            }
            if (before <= 0) throw new AssertionError();
            h.space.release(t);
        }
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Runs the thread pass by pass (a pass ends with the line it prints); times in seconds. */
    private static final class Passes {
        final VmHarness h;
        final Interpreter in;
        final long thread;
        int lines;

        Passes(VmHarness h, Interpreter in, long thread) {
            this.h = h;
            this.in = in;
            this.thread = thread;
        }

        double next() {
            long t0 = System.nanoTime();
            while (true) {
                Outcome o = in.run(thread, 10_000, () -> false);
                if (o == Outcome.FINISHED) throw new AssertionError("the thread ended: " + h.out);
                synchronized (h.out) {
                    int now = (int) h.out.chars().filter(c -> c == '\n').count();
                    if (h.out.indexOf("died") >= 0) throw new AssertionError(h.out.toString());
                    if (now > lines) {
                        lines = now;
                        h.out.setLength(0);
                        lines = 0;
                        return (System.nanoTime() - t0) / 1e9;
                    }
                }
            }
        }

        /** The best of {@code k} passes: the steady cost, least disturbed by the machine. */
        double steady(int k) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < k; i++) best = Math.min(best, next());
            return best;
        }
    }
}
