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
 * fib, a nested loop and a sieve as VM bytecode, beside the same algorithms as Java on HotSpot
 * with -Xint and as Python on python3, in one run; prints seconds and ratios. Run with
 * {@code ./phantom bench vm}. The VM runs in slices of 20000 instructions, as under the
 * scheduler, so the figures include spilling the top frame at every slice end.
 */
public final class VmBench {
    private VmBench() {}

    public static void main(String[] args) throws Exception {
        int fibN = 30, loopN = 3000, sieveN = 2_000_000;
        System.out.printf(Locale.ROOT, "VM benchmark: fib(%d), loops(%d x %d), sieve(%d); Java %s%n", fibN, loopN, loopN, sieveN,
            Runtime.version());
        Map<String, double[]> vm = runVm(fibN, loopN, sieveN);
        Map<String, double[]> xint = runProcess(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xint", "-cp", System.getProperty("java.class.path"), JavaAlgos.class.getName(), "" + fibN, "" + loopN, "" + sieveN));
        Path py = Files.createTempFile("algos", ".py");
        try (var in = VmBench.class.getResourceAsStream("/bench/algos.py")) {
            Files.write(py, in.readAllBytes());
        }
        Map<String, double[]> python;
        try {
            python = runProcess(List.of("python3", py.toString(), "" + fibN, "" + loopN, "" + sieveN));
        } catch (Exception e) {
            System.out.println("python3 not available: " + e.getMessage());
            python = new HashMap<>();
        } finally {
            Files.deleteIfExists(py);
        }
        System.out.printf(Locale.ROOT, "%-7s %14s %10s %10s %10s %12s %12s%n", "", "result", "vm s", "java-Xint s", "python3 s",
            "vm/java-Xint", "vm/python3");
        for (String k : List.of("fib", "loops", "sieve")) {
            double[] v = vm.get(k), j = xint.get(k), p = python.get(k);
            if (j != null && j[0] != v[0]) throw new AssertionError(k + ": VM says " + v[0] + ", Java " + j[0]);
            System.out.printf(Locale.ROOT, "%-7s %14.0f %10.3f %10.3f %10s %12.2f %12s%n", k, v[0], v[1], j == null ? Double.NaN : j[1],
                p == null ? "-" : String.format(Locale.ROOT, "%.3f", p[1]), v[1] / j[1],
                p == null ? "-" : String.format(Locale.ROOT, "%.2f", v[1] / p[1]));
        }
        System.out.println("(ratios above 1: the VM is slower; below 1: faster)");
    }

    static Map<String, double[]> runVm(int fibN, int loopN, int sieveN) throws Exception {
        String src = new String(VmBench.class.getResourceAsStream("/bench/bench.pasm").readAllBytes(), StandardCharsets.UTF_8);
        Map<String, double[]> out = new HashMap<>();
        try (VmHarness h = new VmHarness()) {
            for (ClassFile cf : Assembler.assemble(src)) h.rt.loadClass(cf.toBytes());
            for (String[] job : new String[][] { { "fib", "iconst " + fibN + "\n call Bench.fib (I)I\n box" },
                { "loops", "iconst " + loopN + "\n call Bench.loops (I)J\n lbox" },
                { "sieve", "iconst " + sieveN + "\n call Bench.sieve (I)I\n box" } }) {
                String cls = "Run_" + job[0];
                String prog = "class " + cls + " extends Bench\nmethod main ()V\n new tty\n this\n " + job[1]
                    + "\n call tty.println (O)V\n ret\nend\n";
                for (ClassFile cf : Assembler.assemble(src + "\n" + prog)) {
                    if (cf.name().equals(cls)) h.rt.loadClass(cf.toBytes());
                }
                double best = Double.MAX_VALUE;
                String result = null;
                for (int round = 0; round < 3; round++) {
                    h.out.setLength(0);
                    long t = h.rt.newThread(cls);
                    long t0 = System.nanoTime();
                    Interpreter in = new Interpreter(h.rt);
                    while (in.run(t, 20_000, () -> false) != Outcome.FINISHED) { /* slices */ }
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                    h.space.release(t);
                    result = h.out.toString().trim();
                }
                out.put(job[0], new double[] { Double.parseDouble(result), best });
            }
        }
        return out;
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
