package phantom.itests.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Kills the real system with SIGKILL at random moments (snapshots are taken every 200 ms, so
 * many kills land while one is being written), restarts it, and checks after every restart:
 * it restored a snapshot generation, every workload thread continues (same threads, counts
 * not behind where the previous life started, no invariant broken, nobody died), and in the
 * end the counts went forward. Meanwhile it patches the workload's Node class (with a twin class
 * in the same patch) through the patch inbox, version after version, so kills land in the
 * middle of patches and of the migrations they start; after every restart the system must hold
 * exactly the last patch sent, both classes of it (all or nothing, and nothing answered lost).
 * With {@link #withJava} a Java program (examples/Bank.java: three threads on one HashMap under
 * synchronized) runs beside the assembly workload in the same space, started once before the
 * first life, and every life checks its invariants too ({@link Tellers}).
 * Prints {@code kills: N, restarts verified: N, corruptions: 0}.
 *
 * <p>Run: {@code ./phantom crash-test [KILLS]}; the test suite runs 20.
 */
public final class KillHarness {
    private final Path launcher;
    private final Path data;
    private final Path workload;
    private final Random random;
    private final List<String> problems = new ArrayList<>();
    /** The last patch of Node sent to the system (0: none yet). */
    private int patchesSent;
    private int patchesAnswered;
    /** The space's setting for the background page-in's delay after a lazy restart (SpaceComponent). */
    static final String PAGE_IN_DELAY = "phantom.space.pageInDelay";
        /** MiB held live by a ballast program started before the workload (0: none); the space is sized for it. */
    private final int ballastMib;
    private final String capacity;
    /** The Java workload run beside the assembly one, or null. */
    private Path javaWorkload;

    public KillHarness(Path launcher, Path data, Path workload, long seed) {
        this(launcher, data, workload, seed, 0);
    }

    public KillHarness(Path launcher, Path data, Path workload, long seed, int ballastMib) {
        this.launcher = launcher;
        this.data = data;
        this.workload = workload;
        this.random = new Random(seed);
        this.ballastMib = ballastMib;
        this.capacity = ballastMib == 0 ? "256m" : (3L * ballastMib + 256) + "m";
    }

    /** Runs {@code bank} (a Java source file) beside the assembly workload: started once, then killed with it. */
    public KillHarness withJava(Path bank) {
        this.javaWorkload = bank;
        return this;
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path launcher = Path.of(args.length > 1 ? args[1] : "bundles/launcher/target/phantom/phantom-launcher.jar");
        Path workload = Path.of(args.length > 2 ? args[2] : "itests/src/test/resources/workload.pasm");
        List<String> rest = List.of(args).subList(Math.min(3, args.length), args.length);
        int at = rest.indexOf("--ballast");
        int ballast = at >= 0 && at + 1 < rest.size() ? Integer.parseInt(rest.get(at + 1)) : 0;
        boolean besideJava = !rest.contains("--no-java");
        Path data = Files.createTempDirectory("phantom-crash");
        Result r;
        try {
            KillHarness h = new KillHarness(launcher, data, workload, System.nanoTime(), ballast);
            if (besideJava) h.withJava(Path.of("examples/Bank.java"));
            r = h.run(kills);
        } finally {
            // a big space is not left behind in the temporary folder
            if (ballast > 0) {
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        System.out.println(r.summary());
        System.exit(r.corruptions == 0 ? 0 : 1);
    }

    public record Result(int kills, int verified, int corruptions, List<String> problems, int collections, long cyclicFreed,
                         long liveAtEnd, int duringPageIn) {
        public String summary() {
            return "kills: " + kills + ", restarts verified: " + verified + ", corruptions: " + corruptions
                + " (" + duringPageIn + " kills during the lazy page-in after a restart)"
                + "; cycle collections finished: " + collections + ", cyclic garbage freed: " + cyclicFreed
                + " objects, live objects after the last one: " + liveAtEnd;
        }
    }

    private static final java.util.regex.Pattern GC = java.util.regex.Pattern.compile(
        "gc of generation \\d+ finished: (\\d+) objects freed.*?(\\d+) of them cyclic garbage; (\\d+) live and (\\d+) already gone of "
        + "(\\d+) objects in the snapshot.*space: (\\d+) live objects");

    /** One life of the system: its output lines as they come. */
    private final class Life {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile String patchFault;

        Life(boolean first) throws IOException {
            this(first ? List.of("--start", workload.toString(), "--threads", "3") : List.of());
        }

        Life(List<String> extra) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "--enable-native-access=ALL-UNNAMED"));
            // with a ballast, the background page-in waits longer than the random kill moments (0.1-1.6 s after
            // the threads report), so most kills land while the restart is still paging in on first touch
            if (ballastMib > 0) cmd.add("-D" + PAGE_IN_DELAY + "=" + Long.getLong(PAGE_IN_DELAY, 3000));
            cmd.addAll(List.of("-jar", launcher.toString(), "--no-shell", "--web", "off",
                "--data", data.toString(), "--deploy", data.resolve("deploy").toString(),
                "--capacity", capacity, "--snapshot-period", "200", "--gc-every", "3"));
            cmd.addAll(extra);
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) lines.add(l.replaceFirst("^\\[[^\\]]+#\\d+\\] ", "")); // the VM tags lines of several writing threads
                } catch (IOException e) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** Counts reported per thread id, in order. */
        Map<Integer, List<Long>> counts() {
            Map<Integer, List<Long>> m = new HashMap<>();
            for (String l : lines) {
                if (!l.startsWith("p ")) continue;
                String[] f = l.split(" ");
                m.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>()).add(Long.parseLong(f[2]));
            }
            return m;
        }

        boolean waitForReports(int threads, long timeoutMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (System.currentTimeMillis() < deadline) {
                if (counts().size() >= threads) return true;
                if (!process.isAlive()) return false;
                Thread.sleep(20);
            }
            return false;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * A program that holds {@code ballastMib} MiB live (64 KiB binaries in an array) and sleeps: run
     * once and stopped cleanly before the workload starts, so every later life restarts a space
     * that big, its pages read lazily while the workload runs (and many kills land in that page-in).
     */
    private void ballast() throws Exception {
        Path src = Files.createTempFile("phantom-ballast", ".pasm");
        Files.writeString(src, ballastSource(ballastMib));
        long t0 = System.nanoTime();
        startOnce(src, l -> l.lines.stream().anyMatch(x -> x.contains("ballast held")), 600, "the ballast program");
        Files.deleteIfExists(src);
        System.out.println("  ballast: " + ballastMib + " MiB live in a space of " + capacity + ", in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
    }

    /** The ballast program: {@code mib} MiB in 64 KiB binaries, every byte written, held by a sleeping thread. */
    static String ballastSource(int mib) {
        int n = mib * 16;
        return """
            ; holds %d binaries of 64 KiB, every byte written (no page of them is zero), then sleeps
            class Ballast
            method main ()V
                new array
                ostore 1
                iconst 0
                istore 0
            fill:
                iload 0
                iconst %d
                if_icmpge held
                new binary
                ostore 2
                oload 2
                iconst 65536
                call binary.resize (I)V
                oload 2
                iload 0
                iconst 1
                ior
                call binary.fill (I)V
                oload 1
                oload 2
                call array.add (O)V
                iinc 0 1
                goto fill
            held:
                new tty
                oldc "ballast held"
                call tty.println (O)V
            sleep:
                new time
                iconst 100000
                call time.sleep (I)V
                goto sleep
            end
            """.formatted(n, n);
    }

    /**
     * Starts the Java workload in the space and stops the system cleanly once every teller
     * reported: from then on it is one of the space's programs, restored with it in every life.
     */
    private void startJava() throws Exception {
        startOnce(javaWorkload, l -> Tellers.counts(l.lines).size() >= Tellers.COUNT, 120, "the Java workload");
        System.out.println("  java beside: " + javaWorkload + " started, its " + Tellers.COUNT + " tellers reporting");
    }

    /**
     * A life that starts {@code program} and is stopped cleanly once {@code ready} holds (SIGTERM:
     * a clean stop ends with a snapshot of everything), so the program is one of the space's from
     * then on; an error if it cannot run or is not ready within {@code seconds}.
     */
    private void startOnce(Path program, java.util.function.Predicate<Life> ready, int seconds, String what) throws Exception {
        Life l = new Life(List.of("--start", program.toString()));
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!ready.test(l)) {
            if (!l.process.isAlive() || System.currentTimeMillis() > deadline || l.lines.stream().anyMatch(x -> x.contains("cannot run"))) {
                l.kill();
                throw new IllegalStateException(what + " did not get ready: " + String.join("\n", l.lines));
            }
            Thread.sleep(50);
        }
        l.process.destroy();
        if (!l.process.waitFor(seconds, TimeUnit.SECONDS)) throw new IllegalStateException(what + ": its first life did not stop");
    }

    /** Whether every teller of the Java workload reported in this life (true without one). */
    private boolean waitForTellers(Life l, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (javaWorkload != null && Tellers.counts(l.lines).size() < Tellers.COUNT) {
            if (!l.process.isAlive() || System.currentTimeMillis() > deadline) return false;
            Thread.sleep(20);
        }
        return true;
    }

    public Result run(int kills) throws Exception {
        if (ballastMib > 0) ballast();
        if (javaWorkload != null) startJava();
        int verified = 0, corruptions = 0;
        Map<Integer, Long> tellerStart = new HashMap<>(); // per teller of the Java workload: its first count in the previous life
        Map<Integer, Long> lifeStart = new HashMap<>(); // per thread: first count reported in the previous life
        long firstMax = -1, lastMax = -1;
        int collections = 0, duringPageIn = 0;
        long cyclicFreed = 0, liveAtEnd = -1;
        for (int life = 0; life <= kills; life++) {
            Life l = new Life(life == 0);
            boolean up = l.waitForReports(3, 60_000);
            boolean tellersUp = !up || waitForTellers(l, 60_000);
            // no patches with a ballast: a patch is answered once durable, and snapshots wait for the page-in,
            // so waiting for the answers would move every kill after the page-in this variant is for
            boolean patching = ballastMib == 0;
            String patchFault = up && patching ? checkPatches(l) : null;
            Thread patcher = up && patching && patchFault == null && life < kills ? startPatching(l) : null;
            if (life == kills) { // the last life is not killed: it runs until a collection finished, then stops
                long deadline = System.currentTimeMillis() + 30_000;
                while (up && System.currentTimeMillis() < deadline && l.lines.stream().noneMatch(x -> GC.matcher(x).find())) Thread.sleep(50);
                if (up) Thread.sleep(300);
            } else if (up) {
                // the first life outlives its first durable snapshot: a kill before it is refused by design (nothing to restore)
                if (life == 0) Thread.sleep(1000);
                Thread.sleep(100 + random.nextInt(1500));
            }
            l.kill();
            if (patcher != null) {
                patcher.interrupt();
                patcher.join();
            }
            if (life < kills && l.lines.stream().anyMatch(x -> x.contains("lazily:")) && l.lines.stream().noneMatch(x -> x.contains("paged in"))) {
                duringPageIn++;
            }
            String fault = check(l, life, up, lifeStart);
            if (fault == null && javaWorkload != null) {
                String java = tellersUp ? Tellers.fault(l.lines, tellerStart) : "the Java workload's tellers did not all report";
                if (java != null) fault = "Java workload: " + java;
            }
            if (fault == null) fault = patchFault;
            if (fault == null) fault = l.patchFault;
            long lastLive = -1;
            for (String line : l.lines) {
                if (line.contains("gc of generation") && line.contains("failed")) fault = fault != null ? fault : "a collection failed: " + line;
                java.util.regex.Matcher m = GC.matcher(line);
                if (m.find()) {
                    collections++;
                    long freed = Long.parseLong(m.group(1)), marked = Long.parseLong(m.group(3)), gone = Long.parseLong(m.group(4));
                    long inSnapshot = Long.parseLong(m.group(5));
                    cyclicFreed += Long.parseLong(m.group(2));
                    lastLive = Long.parseLong(m.group(6));
                    // all the garbage of the snapshot, this life's and what earlier lives left, is gone
                    if (freed + marked + gone != inSnapshot && fault == null) fault = "a collection left garbage behind: " + line;
                }
            }
            if (life == kills) {
                liveAtEnd = lastLive;
                if (lastLive < 0 && fault == null) fault = "no cycle collection finished in the last life";

            }
            Map<Integer, List<Long>> counts = l.counts();
            long max = counts.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(-1);
            if (life == 0) firstMax = max;
            lastMax = Math.max(lastMax, max);
            if (fault != null) {
                corruptions++;
                problems.add("life " + life + ": " + fault);
                System.out.println("life " + life + ": " + fault);
                for (String line : l.lines) if (!line.startsWith("p ")) System.out.println("   | " + line);
            } else if (life > 0) {
                verified++;
            }
            for (Map.Entry<Integer, List<Long>> e : counts.entrySet()) lifeStart.put(e.getKey(), e.getValue().get(0));
            // a progress line per kill: a long run is never silent for minutes
            if (life < kills) System.out.println("  kill " + (life + 1) + "/" + kills + ": restart " + (fault == null ? "verified" : "FAULTY")
                + ", counts reach " + max + tellerProgress(l) + ", Node patched " + patchesAnswered + " times, " + corruptions + " corruptions so far");
        }
        if (lastMax <= firstMax) {
            corruptions++;
            problems.add("no progress: counts reached " + firstMax + " in the first life and " + lastMax + " in the end");
        }
        return new Result(kills, verified, corruptions, problems, collections, cyclicFreed, liveAtEnd, duringPageIn);
    }

    private String tellerProgress(Life l) {
        if (javaWorkload == null) return "";
        List<Long> c = Tellers.counts(l.lines).get(0);
        return c == null ? ", Java teller 0 silent" : ", Java teller 0 at " + c.get(c.size() - 1);
    }

    // ------------------------------------------------------------------ patches

    private Path inbox() {
        return data.resolve("patches");
    }

    /** Version k of the workload's Node (fields reordered, renamed and added) and of its twin, one patch. */
    static String patchSource(int k) {
        String ints = k % 2 == 0 ? "field int stamp" + k + "\nfield int value\n" : "field int value\nfield int stamp" + k + "\n";
        String migrate = k % 2 == 0 ? "" : """
            method migrate (O)V
                iconst %d
                iputf stamp%d
                ret
            end
            """.formatted(k, k);
        return """
            class Twin
            method version ()I
                iconst %1$d
                iret
            end
            class Node
            field obj next
            %2$s%3$s
            method init (OI)V
                oload 1
                oputf next
                iload 0
                iputf value
                ret
            end
            method value ()I
                igetf value
                iret
            end
            method next ()O
                ogetf next
                oret
            end
            method setNext (O)V
                oload 1
                oputf next
                ret
            end
            method version ()I
                iconst %1$d
                iret
            end
            """.formatted(k, ints, migrate);
    }

    /** Sends a request to the inbox (renamed into place) and waits for its answer; null if none came in time. */
    private String ask(String name, String content, long timeoutMs) throws IOException, InterruptedException {
        Files.createDirectories(inbox());
        Path tmp = inbox().resolve("." + name + ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, inbox().resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return answer(name, timeoutMs);
    }

    private String answer(String name, long timeoutMs) throws IOException, InterruptedException {
        Path result = inbox().resolve(name + ".result");
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(result)) {
                String r = Files.readString(result);
                if (r.endsWith("\n")) {
                    Files.delete(result);
                    return r;
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    /** Patches Node again and again until interrupted (by the kill); a refused patch is a fault of the life. */
    private Thread startPatching(Life l) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    int k = patchesSent + 1;
                    patchesSent = k;
                    String r = ask("node-" + k + ".pasm", patchSource(k), 60_000);
                    if (r == null) return; // killed before it answered: the next life answers
                    if (!r.startsWith("ok")) {
                        l.patchFault = "patch " + k + " was refused: " + r;
                        return;
                    }
                    patchesAnswered++;
                    Thread.sleep(random.nextInt(100));
                }
            } catch (InterruptedException e) {
                // the life ends
            } catch (IOException e) {
                l.patchFault = "patch inbox: " + e;
            }
        }, "patcher");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * After a restart: the last patch sent (answered before the kill, or taken from the inbox
     * again now) is what the system runs, Node and its twin both; never a mix, never an older one.
     */
    private String checkPatches(Life l) throws IOException, InterruptedException {
        if (patchesSent == 0) return null;
        String pending = "node-" + patchesSent + ".pasm";
        if (Files.exists(inbox().resolve(pending)) || Files.exists(inbox().resolve(pending + ".result"))) {
            String r = answer(pending, 60_000);
            if (r == null) return "patch " + patchesSent + ", sent before the kill, was never answered after the restart";
            if (!r.startsWith("ok")) return "patch " + patchesSent + " was refused after the restart: " + r;
        }
        String census = ask("census.classes", "", 60_000);
        if (census == null || !census.startsWith("ok")) return "no class census after the restart: " + census;
        int node = currentVersion(census, "Node"), twin = currentVersion(census, "Twin");
        if (twin != patchesSent || node != patchesSent + 1) {
            return "after patch " + patchesSent + " the system runs Node version " + node + " and Twin version " + twin
                + " (expected " + (patchesSent + 1) + " and " + patchesSent + "):\n" + census;
        }
        return null;
    }

    /** The current version of a class in a census (the vm:classes table); -1 if it is not there. */
    static int currentVersion(String census, String className) {
        String name = null;
        for (String line : census.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4 || line.startsWith("class ")) continue;
            int at = 0;
            if (!line.startsWith(" ")) name = f[at++];
            if (className.equals(name) && f[at].startsWith("v") && f[at + 1].equals("current")) return Integer.parseInt(f[at].substring(1));
        }
        return -1;
    }

    private static String check(Life l, int life, boolean up, Map<Integer, Long> lifeStart) {
        for (String line : l.lines) {
            if (line.contains("BROKEN")) return "an invariant broke: " + line;
            if (line.contains("died")) return "a thread died: " + line;
        }
        if (!up) return "the system did not come back with its 3 threads reporting";
        if (life > 0 && l.lines.stream().noneMatch(x -> x.contains("restored generation"))) {
            return "no snapshot generation was restored";
        }
        Map<Integer, List<Long>> counts = l.counts();
        if (counts.size() != 3) return "expected threads 1-3, saw " + counts.keySet();
        for (Map.Entry<Integer, List<Long>> e : counts.entrySet()) {
            List<Long> c = e.getValue();
            for (int i = 1; i < c.size(); i++) if (c.get(i) <= c.get(i - 1)) return "thread " + e.getKey() + " went backwards: " + c;
            Long before = lifeStart.get(e.getKey());
            if (before != null && c.get(0) < before - 2000) {
                return "thread " + e.getKey() + " restarted at " + c.get(0) + ", before the previous life began (" + before + ")";
            }
        }
        return null;
    }
}
