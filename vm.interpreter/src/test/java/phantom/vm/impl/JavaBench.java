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

import javax.tools.ToolProvider;

import phantom.jvm.JvmTranslator;

/**
 * The larger Java programs of the corpus on the VM against HotSpot with -Xint and with its JIT,
 * and python3 where the same algorithm is written in it (bench/java/*.py, printing the same
 * output), in one interleaved run: prints seconds, ratios and their geometric means. Each of
 * {@link #ROUNDS} rounds runs every program once on each runtime, and the best round counts;
 * every figure is of the program's main after its runtime has started (HotSpot's the best of 3
 * in one JVM: its classes loaded, and its JIT warmed up). The VM's figure excludes translating and loading (printed
 * apart), runs in slices of 20000 instructions as under the scheduler, and its output is checked
 * against HotSpot's. Run with
 * {@code ./phantom bench java [PROGRAM...]}.
 */
public final class JavaBench {
    private JavaBench() {}

    static final int ROUNDS = 5;
    static final String[] PROGRAMS = { "C200_BinaryTrees", "C201_NBody", "C202_Fannkuch", "C203_SpectralNorm", "C204_Mandelbrot",
        "C205_JsonParser", "C206_TextAdventure", "C207_Sieve", "C214_GameOfLife" };

    public static void main(String[] args) throws Exception {
        List<String> programs = args.length > 0 ? List.of(args) : List.of(PROGRAMS);
        Path classes = Files.createTempDirectory("phantom-javabench");
        List<String> javac = new ArrayList<>(List.of("--release", "17", "-nowarn", "-d", classes.toString()));
        for (String p : programs) javac.add(JavaCorpusTest.CORPUS.resolve(p + ".java").toString());
        if (ToolProvider.getSystemJavaCompiler().run(null, null, System.err, javac.toArray(String[]::new)) != 0) throw new IllegalStateException("javac failed");
        System.out.printf(Locale.ROOT, "Java benchmark: %d programs of the corpus; %d interleaved rounds, the best counts; Java %s%n", programs.size(), ROUNDS, Runtime.version());
        Map<String, Double> vm = new HashMap<>(), translate = new HashMap<>();
        Map<String, String> refused = new HashMap<>(), asm = new HashMap<>();
        for (String p : programs) translate(p, classes, asm, translate, refused);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> timed = programs.stream().filter(asm::containsKey).toList();
        Map<String, Double> xint = new HashMap<>(), jit = new HashMap<>(), py = new HashMap<>();
        // interleaved: each round runs every program on each runtime once, so the machine's noise falls on all of them
        for (int round = 0; round < ROUNDS; round++) {
            for (String p : timed) if (!refused.containsKey(p)) best(vm, p, runVm(p, asm.get(p), refused));
            // the best of three runs in one JVM: its classes loaded (the VM's figure excludes loading too), and for the JIT its warm-up
            timer(List.of(java, "-Xint", "-cp", cp, MainTimer.class.getName()), 3, classes, timed).forEach((k, v) -> best(xint, k, v));
            timer(List.of(java, "-cp", cp, MainTimer.class.getName()), 3, classes, timed).forEach((k, v) -> best(jit, k, v));
            for (String p : timed) python(p, py);
        }
        System.out.printf(Locale.ROOT, "%-20s %9s %8s %8s %8s %8s   %9s %9s %9s%n", "", "translate", "vm s", "xint s", "java s", "py3 s",
            "vm/xint", "vm/java", "vm/py3");
        double[] logs = new double[3];
        int[] ns = new int[3];
        for (String p : programs) {
            if (refused.containsKey(p) || !vm.containsKey(p)) {
                System.out.printf(Locale.ROOT, "%-20s refused: %s%n", p, refused.get(p));
                continue;
            }
            double v = vm.get(p);
            double[] r = { v / orNaN(xint.get(p)), v / orNaN(jit.get(p)), v / orNaN(py.get(p)) };
            for (int i = 0; i < 3; i++) if (!Double.isNaN(r[i])) { logs[i] += Math.log(r[i]); ns[i]++; }
            System.out.printf(Locale.ROOT, "%-20s %9.3f %8.3f %8s %8s %8s   %9s %9s %9s%n", p, translate.get(p), v, s(xint.get(p)), s(jit.get(p)),
                s(py.get(p)), f(r[0]), f(r[1]), f(r[2]));
        }
        System.out.printf(Locale.ROOT, "%-20s %9s %8s %8s %8s %8s   %9s %9s %9s%n", "geomean", "", "", "", "", "",
            f(geo(logs[0], ns[0])), f(geo(logs[1], ns[1])), f(geo(logs[2], ns[2])));
        System.out.println("(ratios above 1: the VM is slower; translate: seconds to translate the program with its library)");
        JavaCorpusTest.deleteTree(classes);
    }

    private static void best(Map<String, Double> m, String k, double v) { m.merge(k, v, Math::min); }

    private static void translate(String p, Path classes, Map<String, String> asm, Map<String, Double> translate, Map<String, String> refused) throws Exception {
        List<byte[]> files = new ArrayList<>();
        files.add(Files.readAllBytes(classes.resolve(p + ".class")));
        try (var s = Files.list(classes)) {
            for (Path f : s.sorted().toList()) if (f.getFileName().toString().startsWith(p + "$")) files.add(Files.readAllBytes(f));
        }
        long t0 = System.nanoTime();
        try {
            asm.put(p, new JvmTranslator().toAssembly(files));
            translate.put(p, (System.nanoTime() - t0) / 1e9);
        } catch (IllegalArgumentException e) {
            refused.put(p, e.getMessage());
        }
    }

    /** One run of the program on a fresh VM, from its thread's start to its end (loading excluded); its output must be HotSpot's. */
    private static double runVm(String p, String asm, Map<String, String> refused) throws Exception {
        String expected = Files.readString(JavaCorpusTest.CORPUS.resolve(p + ".expected"), StandardCharsets.UTF_8);
        Path file = VmHarness.newSpaceFile();
        try (VmHarness h = new VmHarness(file, 1L << 30, VmLimits.DEFAULT)) {
            String main = h.load(asm);
            long start = System.nanoTime();
            h.space.release(h.rt.newThread(main));
            h.runAllToEnd(20_000, 600_000);
            double secs = (System.nanoTime() - start) / 1e9;
            if (!h.out.toString().equals(expected)) refused.put(p, "the VM's output differs from HotSpot's: " + JavaCorpusTest.firstDifference(expected, h.out.toString()));
            return secs;
        } finally {
            JavaCorpusTest.deleteTree(file.getParent());
        }
    }

    private static Map<String, Double> timer(List<String> cmd, int rounds, Path classes, List<String> programs) throws Exception {
        List<String> c = new ArrayList<>(cmd);
        c.add(Integer.toString(rounds));
        c.add(classes.toString());
        c.addAll(programs);
        Map<String, Double> out = new HashMap<>();
        Process proc = new ProcessBuilder(c).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                String[] f = l.split(" ");
                if (f.length == 2 && programs.contains(f[0])) out.put(f[0], Double.parseDouble(f[1]));
                else System.out.println("  " + l);
            }
        }
        proc.waitFor();
        return out;
    }

    /** python3 on the same algorithm, when it is written (bench/java/NAME.py): the best of the rounds, its start excluded. */
    private static void python(String p, Map<String, Double> out) throws Exception {
        var res = JavaBench.class.getResource("/bench/java/" + p + ".py");
        if (res == null) return;
        Path script = Files.createTempFile("phantom-bench", ".py");
        try (var in = res.openStream()) { Files.write(script, in.readAllBytes()); }
        String wrapper = "import io,sys,time,runpy\nbest=1e9\nfor _ in range(1):\n  o=sys.stdout; sys.stdout=io.StringIO(); t=time.perf_counter()\n"
            + "  runpy.run_path(sys.argv[1], run_name='__main__')\n  best=min(best,time.perf_counter()-t); sys.stdout=o\nprint(best)\n";
        try {
            Process proc = new ProcessBuilder("python3", "-c", wrapper, script.toString()).redirectErrorStream(true).start();
            String text = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (proc.waitFor() == 0) best(out, p, Double.parseDouble(text));
            else System.out.println("  python3 " + p + ": " + text);
        } catch (java.io.IOException e) {
            // no python3 here: its column stays empty
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static double orNaN(Double d) { return d == null ? Double.NaN : d; }

    private static double geo(double log, int n) { return n == 0 ? Double.NaN : Math.exp(log / n); }

    private static String s(Double d) { return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d); }

    private static String f(double r) { return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.1f", r); }
}
