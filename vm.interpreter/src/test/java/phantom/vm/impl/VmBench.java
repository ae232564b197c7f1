package phantom.vm.impl;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import phantom.api.kernel.Executor.Outcome;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;

/**
 * The VM against the interpreters a user would pick instead, in one run: the same programs as
 * VM bytecode (bench.pasm), Java on HotSpot with -Xint and with its JIT (JavaAlgos), python3
 * (algos.py) and lua5.4 (algos.lua); prints seconds, ratios and their geometric means. Each
 * program is timed alone, after the VM (or the other process) has booted and loaded it; the VM
 * runs in slices of 20000 instructions as under the scheduler, so its figures include spilling
 * the frames at every slice end. Its figure is steady state, as HotSpot's would be: the best of
 * 3 rounds after a first pass over every program, whose times are printed too (vm cold). Run with {@code ./phantom
 * bench vm [PROGRAM...]}; a missing python3 or lua5.4 leaves its column empty.
 */
public final class VmBench {
    private VmBench() {}

    /** Program, argument, what it stresses. Order matters: the other languages take the arguments by position. */
    static final String[][] PROGRAMS = {
        { "fib", "30", "calls: recursion, 2,692,537 calls" },
        { "loops", "3000", "integer loop without calls" },
        { "sieve", "2000000", "loop over a byte array (newarray byte, baload, bastore)" },
        { "calls", "1000000", "method calls on one object, 2 per iteration" },
        { "trees", "15", "allocation: 4 binary trees of depth 15 built, walked, dropped" },
        { "dispatch", "1000000", "virtual calls over a hierarchy of 4 classes" },
        { "strings", "500000", "string building: a number and a comma per iteration" },
        { "mixed", "500000", "objects in lists, calls, arithmetic, allocation" },
    };

    static final long FIB_CALLS = 2_692_537;

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(args);
        List<String> args0 = new ArrayList<>();
        for (String[] p : PROGRAMS) args0.add(p[1]);
        System.out.printf(Locale.ROOT, "VM benchmark: %d programs; Java %s%n", PROGRAMS.length, Runtime.version());
        Map<String, double[]> vm = runVm(only);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Map<String, double[]> xint = optional("java -Xint", cmd(List.of(java, "-Xint", "-cp", cp, JavaAlgos.class.getName()), args0));
        Map<String, double[]> jit = optional("java", cmd(List.of(java, "-cp", cp, JavaAlgos.class.getName()), args0));
        Map<String, double[]> python = withScript("/bench/algos.py", ".py", "python3", args0);
        Map<String, double[]> lua = withScript("/bench/algos.lua", ".lua", "lua5.4", args0);
        System.out.printf(Locale.ROOT, "%-9s %12s %8s %8s %8s %8s %8s %8s   %9s %9s %9s%n", "", "result", "vm cold", "vm s", "xint s", "java s",
            "py3 s", "lua s", "vm/xint", "vm/py3", "vm/lua");
        double logX = 0, logP = 0, logL = 0;
        int nX = 0, nP = 0, nL = 0;
        for (String[] prog : PROGRAMS) {
            String k = prog[0];
            double[] v = vm.get(k);
            if (v == null) continue;
            for (Map<String, double[]> other : List.of(xint, jit, python, lua)) {
                double[] o = other.get(k);
                if (o != null && o[0] != v[0]) throw new AssertionError(k + ": the VM says " + (long) v[0] + ", another language " + (long) o[0]);
            }
            double x = ratio(v, xint.get(k)), p = ratio(v, python.get(k)), l = ratio(v, lua.get(k));
            if (!Double.isNaN(x)) { logX += Math.log(x); nX++; }
            if (!Double.isNaN(p)) { logP += Math.log(p); nP++; }
            if (!Double.isNaN(l)) { logL += Math.log(l); nL++; }
            System.out.printf(Locale.ROOT, "%-9s %12d %8.3f %8.3f %8s %8s %8s %8s   %9s %9s %9s%n", k, (long) v[0], v[2], v[1], secs(xint.get(k)),
                secs(jit.get(k)), secs(python.get(k)), secs(lua.get(k)), fmt(x), fmt(p), fmt(l));
        }
        System.out.printf(Locale.ROOT, "%-9s %12s %8s %8s %8s %8s %8s %8s   %9s %9s %9s%n", "geomean", "", "", "", "", "", "", "",
            fmt(nX == 0 ? Double.NaN : Math.exp(logX / nX)), fmt(nP == 0 ? Double.NaN : Math.exp(logP / nP)),
            fmt(nL == 0 ? Double.NaN : Math.exp(logL / nL)));
        double[] f = vm.get("fib");
        if (f != null) System.out.printf(Locale.ROOT, "fib: %.1f M calls per second in the VM%n", FIB_CALLS / f[1] / 1e6);
        System.out.println("(ratios above 1: the VM is slower; below 1: faster. vm s: steady state, the best of 3 rounds after one pass over every"
            + " program; vm cold: that first pass, HotSpot still compiling the interpreter)");
        for (String[] p : PROGRAMS) System.out.printf("  %-9s %s%n", p[0], p[2]);
    }

    private static double ratio(double[] vm, double[] other) { return other == null ? Double.NaN : vm[1] / other[1]; }

    private static String secs(double[] r) { return r == null ? "-" : String.format(Locale.ROOT, "%.3f", r[1]); }

    private static String fmt(double x) { return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.2f", x); }

    private static List<String> cmd(List<String> head, List<String> args) {
        List<String> c = new ArrayList<>(head);
        c.addAll(args);
        return c;
    }

    private static Map<String, double[]> withScript(String resource, String suffix, String interpreter, List<String> args) throws Exception {
        Path script = Files.createTempFile("algos", suffix);
        try (var in = VmBench.class.getResourceAsStream(resource)) {
            Files.write(script, in.readAllBytes());
        }
        try {
            return optional(interpreter, cmd(List.of(interpreter, script.toString()), args));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static Map<String, double[]> optional(String what, List<String> cmd) {
        try {
            return runProcess(cmd);
        } catch (Exception e) {
            System.out.println(what + " not available: " + e.getMessage());
            return new HashMap<>();
        }
    }

    /**
     * Per program: its result, the best of 3 rounds in steady state, and the time of its first
     * run (cold: HotSpot still compiling the interpreter and the compiled tier). Every program
     * runs once before any is timed for the steady figure, so none pays for HotSpot learning
     * the interpreter on another's behalf.
     */
    static Map<String, double[]> runVm(List<String> only) throws Exception {
        String src = new String(VmBench.class.getResourceAsStream("/bench/bench.pasm").readAllBytes(), StandardCharsets.UTF_8);
        Map<String, double[]> out = new HashMap<>();
        try (VmHarness h = new VmHarness()) {
            for (ClassFile cf : Assembler.assemble(src)) h.rt.loadClass(cf.toBytes());
            List<String> names = new ArrayList<>();
            for (String[] prog : PROGRAMS) {
                String name = prog[0];
                if (!only.isEmpty() && !only.contains(name)) continue;
                String kind = name.equals("loops") || name.equals("dispatch") ? "J" : "I";
                String cls = "Run_" + name;
                String runner = "class " + cls + " extends Bench\nmethod main ()V\n new tty\n this\n iconst " + prog[1] + "\n call Bench." + name
                    + " (I)" + kind + "\n " + (kind.equals("J") ? "lbox" : "box") + "\n call tty.println (O)V\n ret\nend\n";
                for (ClassFile cf : Assembler.assemble(src + "\n" + runner)) {
                    if (cf.name().equals(cls)) h.rt.loadClass(cf.toBytes());
                }
                names.add(name);
            }
            Map<String, Double> cold = new HashMap<>();
            for (String name : names) cold.put(name, timeOnce(h, name)[1]);
            for (String name : names) {
                double best = Double.MAX_VALUE, result = 0;
                for (int round = 0; round < 3; round++) {
                    double[] r = timeOnce(h, name);
                    result = r[0];
                    best = Math.min(best, r[1]);
                }
                out.put(name, new double[] { result, best, cold.get(name) });
            }
        }
        return out;
    }

    /** One run of program {@code name} in slices of 20000 instructions: what it printed, and seconds. */
    private static double[] timeOnce(VmHarness h, String name) {
        h.out.setLength(0);
        long t = h.rt.newThread("Run_" + name);
        long t0 = System.nanoTime();
        Interpreter in = new Interpreter(h.rt);
        while (in.run(t, 20_000, () -> false) != Outcome.FINISHED) { /* slices */ }
        double secs = (System.nanoTime() - t0) / 1e9;
        h.space.release(t);
        String result = h.out.toString().trim();
        try {
            return new double[] { Double.parseDouble(result), secs };
        } catch (NumberFormatException e) {
            throw new AssertionError(name + " printed " + result);
        }
    }

    static Map<String, double[]> runProcess(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, double[]> out = new HashMap<>();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
                String[] f = line.trim().split(" ");
                if (f.length == 3) out.put(f[0], new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]) });
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException(cmd.get(0) + " failed: " + lines);
        return out;
    }
}
