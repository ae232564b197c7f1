package phantom.itests;

import static org.junit.Assert.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import phantom.api.kernel.Snapshotter;
import phantom.api.vm.VirtualMachine;

/**
 * Issue 18: the web console's Phantom pages over plain HTTP in the real system (Jetty and the
 * Felix Web Console): each page renders, its JSON answers, its actions act, and bad input is a
 * 4xx with a message.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebConsoleHttpTest {
    @Inject BundleContext context;
    @Inject VirtualMachine vm;
    @Inject Snapshotter snapshotter;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    static final String ECHO = """
        class WebEcho
        method main ()V
            new tty
            oldc "web echo ready"
            call tty.println (O)V
        loop:
            new tty
            call tty.readLine ()O
            odup
            ifnull eof
            ostore 1
            new tty
            oldc "echo: "
            oload 1
            call string.concat (O)O
            call tty.println (O)V
            goto loop
        eof:
            opop
            ret
        end
        """;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port") + "/system/console/";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    /** The console is up once the HTTP service and every plugin are: poll until a page answers. */
    private HttpResponse<String> awaitPage(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                HttpResponse<String> r = get(path);
                if (r.statusCode() == 200) return r;
                if (System.nanoTime() > deadline) fail(path + ": " + r.statusCode() + " " + r.body());
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) throw e;
            }
            Thread.sleep(100);
        }
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> cond, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!cond.call()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    private long startEcho() throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path src = Files.createTempFile(work, "webecho", ".pasm");
        Files.writeString(src, ECHO);
        vm.patch(src);
        vm.start("WebEcho");
        waitFor(() -> vm.threadViews().stream().anyMatch(t -> t.name().startsWith("WebEcho")), "the echo thread");
        return vm.threadViews().stream().filter(t -> t.name().startsWith("WebEcho")).findFirst().orElseThrow().id();
    }

    @Test
    public void pagesRenderInTheConsoleAndAnswerJson() throws Exception {
        long id = startEcho();
        for (String page : new String[] { "phantom-threads", "phantom-classes", "phantom-objects", "phantom-memory", "phantom-snapshots", "phantom-tty", "phantom-deploy" }) {
            HttpResponse<String> r = awaitPage(page);
            assertTrue(page + " inside the console's frame", r.body().contains("PLUGIN_ROOT") && r.body().contains("Phantom"));
        }
        assertEquals(200, awaitPage("bundles").statusCode()); // the Felix console's own bundle page

        String threads = get("phantom-threads/threads.json").body();
        assertTrue(threads, threads.contains("\"id\":" + id) && threads.contains("WebEcho"));
        String stack = get("phantom-threads/stack.json?id=" + id).body();
        assertTrue(stack, stack.contains("WebEcho.main()V"));
        String classes = get("phantom-classes/classes.json").body();
        assertTrue(classes, classes.contains("\"name\":\"WebEcho\"") && classes.contains("\"current\":true"));

        String roots = get("phantom-objects/object.json").body();
        assertTrue(roots, roots.contains("\"name\":\"threads\""));
        // follow the thread list from the roots: an array with the echo thread in it
        long threadsRef = Long.parseLong(roots.replaceAll("(?s).*\"name\":\"threads\",\"ref\":(\\d+).*", "$1"));
        String list = get("phantom-objects/object.json?ref=" + threadsRef).body();
        assertTrue(list, list.contains("\"className\":\"array\"") && list.contains("[0]"));

        String map = get("phantom-memory/map.json").body();
        assertTrue(map, map.matches("(?s).*\"cells\":\"[fadw]+\".*") && !map.contains("\"allocated\":0,"));

        snapshotter.snapshotAndWait();
        String history = get("phantom-snapshots/history.json").body();
        assertTrue(history, history.contains("\"snapshots\":[{\"generation\""));
    }

    @Test
    public void threadControlAndTtyThroughHttp() throws Exception {
        awaitPage("phantom-threads");
        long id = startEcho();
        HttpResponse<String> r = post("phantom-threads/suspend", "id=" + id);
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("suspended"));
        waitFor(() -> get("phantom-threads/threads.json").body().contains("\"id\":" + id + ",\"name\":\"WebEcho#" + id + "\",\"state\":\"suspended\""), "suspended");
        assertTrue(post("phantom-threads/resume", "id=" + id).body().contains("resumed"));
        assertTrue(post("phantom-threads/priority", "id=" + id + "&priority=idle").body().contains("priority idle"));

        waitFor(() -> get("phantom-tty/output.json?id=" + id).body().contains("web echo ready"), "the program's first line");
        assertEquals(200, post("phantom-tty/input", "id=" + id + "&line=hello+web").statusCode());
        waitFor(() -> get("phantom-tty/output.json?id=" + id).body().contains("echo: hello web"), "the echo of the line sent");
        // reading on from the end gives only what is new
        String all = get("phantom-tty/output.json?id=" + id).body();
        long end = Long.parseLong(all.replaceAll("(?s).*\"end\":(\\d+).*", "$1"));
        assertTrue(get("phantom-tty/output.json?id=" + id + "&from=" + end).body().contains("\"text\":\"\""));

        assertTrue(post("phantom-threads/kill", "id=" + id).body().contains("killed"));
        // the program asked the console for lines too: nothing of the system read the test JVM's standard input
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse("a reader of Surefire's command channel: " + t, t.getName().equals("phantom-console-input"));
        }
    }

    @Test
    public void badInputIsA4xxWithAMessage() throws Exception {
        awaitPage("phantom-threads");
        assertError(get("phantom-threads/stack.json?id=987654"), 400, "no thread 987654");
        assertError(get("phantom-threads/stack.json?id=abc"), 400, "id: not a number: 'abc'");
        assertError(get("phantom-threads/stack.json"), 400, "missing parameter id");
        assertError(post("phantom-threads/suspend", "id=987654"), 400, "no thread 987654");
        assertError(post("phantom-threads/explode", "id=1"), 404, "no action explode");
        assertError(get("phantom-threads/nothing.json"), 404, "no data nothing");
        long id = startEcho();
        assertError(post("phantom-threads/priority", "id=" + id + "&priority=urgent"), 400, "priority must be normal, realtime or idle");
        assertError(post("phantom-tty/input", "id=" + id), 400, "missing parameter line");
        assertError(post("phantom-tty/input", "id=987654&line=x"), 400, "no thread 987654");
        assertError(get("phantom-objects/object.json?ref=3"), 400, "not an object reference: 3");
        vm.kill(id);
    }

    @Test
    public void aBundleIsUpdatedAndRolledBackFromTheDeployPage() throws Exception {
        awaitPage("phantom-deploy");
        String bsn = "phantom.system";
        org.osgi.framework.Version shipped = bundle(bsn).getVersion();
        org.osgi.framework.Version next = new org.osgi.framework.Version(9, 1, 0, "web");
        byte[] jar = BundleJars.rebuild(PhantomOptions.jarOf(bsn), java.util.Map.of("Bundle-Version", next.toString()));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "phantom-deploy/upload")).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofByteArray(jar)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), 200, r.statusCode());
        waitFor(() -> bundle(bsn).getVersion().equals(next), bsn + " updated to " + next);
        waitFor(() -> get("phantom-deploy/bundles.json").body().contains("\"symbolicName\":\"" + bsn + "\",\"version\":\"" + next + "\",\"state\":\"active\",\"deployed\":\"" + bsn + ".jar\""),
            "the page shows the deployed build");
        assertTrue(post("phantom-deploy/rollback", "symbolicName=" + bsn).body().contains("shipped build runs again"));
        waitFor(() -> bundle(bsn).getVersion().equals(shipped), bsn + " back to " + shipped);
        assertError(post("phantom-deploy/rollback", "symbolicName=" + bsn), 400, "no build of phantom.system in the deploy folder");
        HttpResponse<String> junk = http.send(HttpRequest.newBuilder(URI.create(base() + "phantom-deploy/upload")).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofString("not a jar")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertError(junk, 400, "not a bundle");
    }

    private org.osgi.framework.Bundle bundle(String bsn) {
        for (org.osgi.framework.Bundle b : context.getBundles()) if (bsn.equals(b.getSymbolicName())) return b;
        throw new AssertionError("no bundle " + bsn);
    }

    private static void assertError(HttpResponse<String> r, int status, String message) {
        assertEquals(r.body(), status, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"error\":") && r.body().contains(message.replace("'", "'")));
    }
}
