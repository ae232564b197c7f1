package phantom.vm.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.vm.VirtualMachine;

/**
 * Patches from outside the running system ({@code ./phantom patch FILE --data DIR}): a request
 * dropped into {@code <data>/patches/} (a {@code .pasm}, {@code .phc}, {@code .java} or JVM {@code .class} file, or a
 * {@code NAME.rollback} file holding a class name) is applied, a {@code NAME.classes} file
 * asks for the class versions ({@code ./phantom classes}), a {@code NAME.migrate} file holding
 * a class name starts its eager migration; each is answered with
 * {@code <request>.result}: "ok" and what was done, or "error" and why. Requests are renamed
 * into place by the sender and answers written the same way, so neither side reads half a file.
 */
@Component(service = PatchInbox.class, immediate = true)
public final class PatchInbox {
    private static final Logger LOG = LoggerFactory.getLogger(PatchInbox.class);
    static final String DIR = "patches", RESULT = ".result", ROLLBACK = ".rollback", CLASSES = ".classes", MIGRATE = ".migrate";
    static final long POLL_MILLIS = 200;

    @Reference
    private VirtualMachine vm;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
        policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
        policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile phantom.api.kernel.Snapshotter snapshotter;

    private Path inbox;
    private ScheduledExecutorService poller;

    @Activate
    void activate(BundleContext ctx) throws IOException {
        String data = ctx.getProperty("phantom.data");
        inbox = Path.of(data == null || data.isBlank() ? "data" : data).resolve(DIR);
        Files.createDirectories(inbox);
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phantom-patch-inbox");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        poller.shutdown();
        // a patch in progress finishes (it is one safepoint); none starts after this
        if (!poller.awaitTermination(30, TimeUnit.SECONDS)) LOG.error("patch inbox: a patch still runs after 30 s");
    }

    private void poll() {
        try {
            for (Path request : requests()) answer(request, handle(request));
        } catch (IOException | RuntimeException e) {
            LOG.warn("patch inbox {}: {}", inbox, e.toString());
        }
    }

    /** Requests waiting, oldest name first (hidden names are files still being written). */
    private List<Path> requests() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(inbox)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") || n.endsWith(RESULT)) continue;
                if (n.endsWith(".pasm") || n.endsWith(".phc") || n.endsWith(".java") || n.endsWith(".class") || n.endsWith(ROLLBACK) || n.endsWith(CLASSES) || n.endsWith(MIGRATE)) out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    private String handle(Path request) {
        try {
            String n = request.getFileName().toString();
            if (n.endsWith(CLASSES)) return "ok\n" + VmCommands.formatClasses(vm.classes(), true);
            if (n.endsWith(MIGRATE)) return "ok\n" + vm.migrate(Files.readString(request, StandardCharsets.UTF_8).strip());
            String done = n.endsWith(ROLLBACK) ? vm.rollback(Files.readString(request, StandardCharsets.UTF_8).strip())
                : String.join("\n", vm.patch(request));
            return "ok\n" + done + "\n" + durable(snapshotter);
        } catch (IOException | RuntimeException e) {
            return "error\n" + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Waits for the snapshot after a patch: once the sender hears "ok", a kill -9 cannot take the
     * patch back. (A request the kill interrupted before its answer is applied again at start,
     * and a class that already is that code stays as it is.)
     */
    static String durable(phantom.api.kernel.Snapshotter s) {
        if (s == null) return "not durable yet: no snapshotter is running (it is, in the next snapshot)";
        try {
            return "durable in snapshot generation " + s.snapshotAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not durable yet: interrupted while waiting for the snapshot";
        }
    }

    private void answer(Path request, String text) throws IOException {
        Path result = request.resolveSibling(request.getFileName() + RESULT);
        Path tmp = request.resolveSibling("." + request.getFileName() + RESULT + ".tmp");
        Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, result, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(request);
    }
}
