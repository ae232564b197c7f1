package phantom.itests.crash;

import static org.junit.Assert.assertTrue;

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

import org.junit.Test;

/**
 * A Java program survives kill -9: examples/Bank.java (three tellers moving money between the
 * accounts of one HashMap under synchronized, forever) runs in the real system, translated by the
 * JVM front end, and is killed with SIGKILL at random moments. After every restart: every teller
 * continues (its count not behind where the previous life started), the total is always what it
 * was, nobody died; in the end the counts went forward.
 */
public class JavaKillTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");
    private static final Path BANK = Path.of("../examples/Bank.java");

    /** {@code ./phantom crash-test --java [KILLS]}: from the project's root. */
    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path data = Files.createTempDirectory("phantom-java-crash");
        Outcome o = run(Path.of("bundles/launcher/target/phantom/phantom-launcher.jar"), Path.of("examples/Bank.java"), data, kills, System.nanoTime());
        System.out.println(o.summary());
        System.exit(o.problems().isEmpty() && o.last() > o.first() ? 0 : 1);
    }

    record Outcome(int kills, long first, long last, List<String> problems) {
        String summary() {
            return "java kill test: " + kills + " kills, teller 0 from " + first + " to " + last + ", problems: " + problems.size()
                + (problems.isEmpty() ? "" : "\n" + String.join("\n", problems));
        }
    }

    /** One life: its teller reports, first and last count per teller, and what is wrong with them. */
    static final class Life {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Life(Path launcher, Path bank, Path data, boolean first) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", launcher.toString(),
                "--no-shell", "--web", "off", "--data", data.toString(), "--deploy", data.resolve("deploy").toString(),
                "--capacity", "256m", "--snapshot-period", "200", "--gc-every", "3"));
            if (first) cmd.addAll(List.of("--start", bank.toString()));
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) lines.add(l);
                } catch (IOException e) {
                    // killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        Map<Integer, List<Long>> counts() { return Tellers.counts(lines); }

        /** Every thread death, and the first broken invariant of the reports ({@link Tellers}). */
        void check(List<String> problems, int life, Map<Integer, Long> startedAt) {
            for (String l : lines) if (l.contains("died")) problems.add("life " + life + ": " + l);
            String fault = Tellers.fault(lines, startedAt);
            if (fault != null) problems.add("life " + life + ": " + fault);
        }

        boolean awaitReports(long timeoutMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (System.currentTimeMillis() < deadline && process.isAlive()) {
                if (counts().size() == Tellers.COUNT) return true;
                Thread.sleep(20);
            }
            return false;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test public void aJavaProgramWithThreadsSurvivesKillNine() throws Exception {
        int kills = Integer.getInteger("phantom.javaKills", 8);
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Outcome o = run(LAUNCHER, BANK, Files.createTempDirectory(work, "java-kill"), kills, 20261203L);
        System.out.println(o.summary());
        assertTrue(String.join("\n", o.problems()), o.problems().isEmpty());
        assertTrue("the tellers went forward: " + o.first() + " -> " + o.last(), o.last() > o.first());
    }

    /** Starts Bank, kills it {@code kills} times at random moments, checks every life; the last is stopped cleanly. */
    static Outcome run(Path launcher, Path bank, Path data, int kills, long seed) throws Exception {
        Random random = new Random(seed);
        List<String> problems = new ArrayList<>();
        Map<Integer, Long> startedAt = new HashMap<>();
        long firstSeen = -1, lastSeen = -1;
        for (int life = 0; life <= kills; life++) {
            Life l = new Life(launcher, bank, data, life == 0);
            if (!l.awaitReports(90_000)) {
                l.kill();
                problems.add("life " + life + ": not every teller reported: " + String.join("\n", l.lines));
                break;
            }
            // kills land anywhere in the next 0.6-1.6 s: in slices, in snapshots, in monitors held
            Thread.sleep(600 + random.nextInt(1000));
            if (life < kills) {
                l.kill();
            } else {
                l.process.destroy();
                l.process.waitFor(60, TimeUnit.SECONDS);
            }
            l.check(problems, life, startedAt);
            List<Long> teller0 = l.counts().get(0);
            if (teller0 != null) {
                if (firstSeen < 0) firstSeen = teller0.get(0);
                lastSeen = teller0.get(teller0.size() - 1);
            }
            if (life < kills) System.out.println("  life " + life + ": teller 0 at " + lastSeen + ", killed");
        }
        return new Outcome(kills, firstSeen, lastSeen, problems);
    }
}
