package phantom.vm.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.BeforeClass;
import org.junit.Test;

import phantom.jvm.JvmTranslator;

/**
 * The differential conformance corpus (itests/src/test/resources/java/corpus): each program,
 * compiled by javac as the corpus's README says, is translated by the JVM front end and run on a
 * VM of its own; its output must be HotSpot's (the .expected file) byte for byte. Every program
 * listed in java-corpus-passing.txt must pass; any program, listed or not, must either pass or be
 * refused by the front end with a message: a wrong output or a death is never allowed for a
 * listed one and is reported for the others. The full table is written to
 * target/java-corpus.txt.
 */
public class JavaCorpusTest {
    static final Path CORPUS = Path.of("..", "itests", "src", "test", "resources", "java", "corpus");
    static final Path CLASSES = Path.of("target", "java-corpus", "classes");
    /** Instructions per program: ten times what the largest corpus program needs. */
    static final long BUDGET = 2_000_000_000L;

    static final int SLICE = 20_000;
    /** A program whose threads all wait (a deadlock, a pool never shut down) ends here. */
    static final long WALL_LIMIT_MS = 30_000;

    enum Status { PASS, REFUSED, WRONG, DIED, TIMEOUT }

    record Result(Status status, String detail) {}

    @BeforeClass public static void compile() throws IOException {
        Files.createDirectories(CLASSES);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-nowarn", "-d", CLASSES.toString()));
        for (Path p : programs()) args.add(CORPUS.resolve(p.getFileName() + ".java").toString());
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, System.err, args.toArray(String[]::new));
        assertEquals("javac of the corpus", 0, rc);
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".java"))
                .map(p -> Path.of(p.getFileName().toString().replace(".java", ""))).sorted().toList();
        }
    }

    /** The program's class files, its main class first. */
    static List<byte[]> classFiles(String name) throws IOException {
        List<byte[]> out = new ArrayList<>();
        out.add(Files.readAllBytes(CLASSES.resolve(name + ".class")));
        try (Stream<Path> s = Files.list(CLASSES)) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().startsWith(name + "$")) out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    static Result run(String name) throws Exception {
        String asm;
        try {
            asm = new JvmTranslator().toAssembly(classFiles(name));
        } catch (IllegalArgumentException e) {
            return new Result(Status.REFUSED, e.getMessage());
        }
        String expected = Files.readString(CORPUS.resolve(name + ".expected"), StandardCharsets.UTF_8);
        Path file = VmHarness.newSpaceFile();
        try (VmHarness vm = new VmHarness(file)) {
            String main;
            try {
                main = vm.load(asm);
            } catch (RuntimeException e) {
                return new Result(Status.DIED, "load: " + e.getMessage());
            }
            vm.space.release(vm.rt.newThread(main));
            // every live thread a slice in turn, as one carrier would run them
            Interpreter in = new Interpreter(vm.rt);
            long spent = 0, deadline = System.currentTimeMillis() + WALL_LIMIT_MS;
            for (List<Long> live; vm.rt.hasLiveNonDaemon(); ) {
                live = vm.rt.liveThreads();
                if (System.currentTimeMillis() > deadline) return new Result(Status.TIMEOUT, "still running after " + WALL_LIMIT_MS / 1000 + " s: " + live.size() + " threads, waiting");
                boolean ran = false;
                for (long t : live) {
                    if (vm.rt.wakeAt(t) > System.currentTimeMillis()) continue;
                    in.run(t, SLICE, () -> false);
                    spent += SLICE;
                    ran = true;
                }
                if (spent > BUDGET) return new Result(Status.TIMEOUT, "still running after " + BUDGET + " instructions");
                if (!ran) Thread.sleep(1);
            }
            String out = vm.out.toString();
            if (out.equals(expected)) return new Result(Status.PASS, "");
            return new Result(out.contains("died") ? Status.DIED : Status.WRONG, firstDifference(expected, out));
        } finally {
            deleteTree(file.getParent());
        }
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end>", y = i < a.length ? a[i] : "<end>";
            if (!x.equals(y)) return "line " + (i + 1) + ": expected '" + x + "', got '" + y + "'";
        }
        return "same lines, different bytes";
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static List<String> passingList() throws IOException {
        try (var in = JavaCorpusTest.class.getResourceAsStream("java-corpus-passing.txt")) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test public void everyListedProgramPrintsWhatHotSpotPrintsAndNoneIsMiscompiledSilently() throws Exception {
        Map<String, Result> results = new TreeMap<>();
        for (Path p : programs()) {
            String name = p.toString();
            Result r;
            try {
                r = run(name);
            } catch (Exception | Error e) {
                r = new Result(Status.DIED, e.toString());
            }
            results.put(name, r);
        }
        StringBuilder table = new StringBuilder();
        Map<Status, Integer> counts = new TreeMap<>();
        for (var e : results.entrySet()) {
            counts.merge(e.getValue().status(), 1, Integer::sum);
            table.append(e.getKey()).append('\t').append(e.getValue().status()).append('\t')
                .append(e.getValue().detail().replace('\n', ' ')).append('\n');
        }
        table.append("# ").append(counts).append('\n');
        Files.writeString(Path.of("target", "java-corpus.txt"), table);
        System.out.println("java corpus: " + counts + " (table in target/java-corpus.txt)");
        List<String> failed = new ArrayList<>();
        for (String listed : passingList()) {
            Result r = results.get(listed);
            if (r == null || r.status() != Status.PASS) failed.add(listed + ": " + (r == null ? "no such program" : r.status() + " " + r.detail()));
        }
        assertTrue("listed programs that no longer pass:\n" + String.join("\n", failed), failed.isEmpty());
    }
}
