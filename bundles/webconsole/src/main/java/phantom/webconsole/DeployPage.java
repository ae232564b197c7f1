package phantom.webconsole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Bundles with update and rollback, the way the running system is updated: a build uploaded
 * here goes into the deploy folder ({@code phantom.deploy}, the launcher's {@code --deploy}),
 * which phantom.deploy applies in place (checked, rolled back itself if it does not come up);
 * rolling back removes it from there, so the shipped build runs again.
 */
@Component(service = Servlet.class, property = { "felix.webconsole.label=" + DeployPage.LABEL, "felix.webconsole.title=Deploy", Page.CATEGORY })
public final class DeployPage extends Page {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "phantom-deploy";
    static final int MAX_JAR = 64 << 20;

    private transient BundleContext context;
    private transient Path folder;

    public DeployPage() { super(LABEL); }

    @Activate
    void activate(BundleContext ctx) {
        context = ctx;
        String d = ctx.getProperty("phantom.deploy");
        folder = d == null ? null : Path.of(d);
    }

    private Path folder() {
        if (folder == null) throw new Unavailable("no deploy folder (framework property phantom.deploy)");
        return folder;
    }

    @Override Object data(String name, HttpServletRequest req) {
        if (!name.equals("bundles")) throw new NotFound("no data " + name);
        Map<String, String> deployed = deployed();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getBundleId());
            m.put("symbolicName", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("state", state(b.getState()));
            m.put("deployed", deployed.get(b.getSymbolicName()));
            out.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", folder == null ? null : folder.toString());
        m.put("bundles", out);
        return m;
    }

    @Override Object action(String name, HttpServletRequest req) {
        return switch (name) {
            case "upload" -> upload(req);
            case "rollback" -> rollback(text(req, "symbolicName"));
            default -> throw new NotFound("no action " + name + " (upload, rollback)");
        };
    }

    private Map<String, String> upload(HttpServletRequest req) {
        byte[] jar;
        try (InputStream in = req.getInputStream()) {
            jar = in.readNBytes(MAX_JAR + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (jar.length > MAX_JAR) throw new IllegalArgumentException("a bundle of more than " + (MAX_JAR >> 20) + " MiB");
        String bsn = symbolicName(jar);
        if (bsn == null) throw new IllegalArgumentException("not a bundle: no Bundle-SymbolicName in a jar manifest");
        Path dir = folder();
        // the build of a name replaces the one of that name already there (one jar per bundle)
        String file = deployed().getOrDefault(bsn, bsn + ".jar");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".upload-", ".part");
            Files.write(tmp, jar);
            Files.move(tmp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into the deploy folder " + dir + ": " + e.getMessage(), e);
        }
        return Map.of("message", bsn + ": the new build is in the deploy folder as " + file + "; the system updates within a second (log:tail says how it went)");
    }

    private Map<String, String> rollback(String bsn) {
        String file = deployed().get(bsn);
        if (file == null) throw new IllegalArgumentException("no build of " + bsn + " in the deploy folder: it runs its shipped build");
        try {
            Files.delete(folder().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
        return Map.of("message", bsn + ": " + file + " removed from the deploy folder; the shipped build runs again within a second");
    }

    /** The jars in the deploy folder by the symbolic name in their manifest. */
    private Map<String, String> deployed() {
        Map<String, String> m = new HashMap<>();
        if (folder == null || !Files.isDirectory(folder)) return m;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path p : ds) {
                String bsn = symbolicName(Files.readAllBytes(p));
                if (bsn != null) m.putIfAbsent(bsn, p.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the deploy folder " + folder + ": " + e.getMessage(), e);
        }
        return m;
    }

    static String symbolicName(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest m = in.getManifest();
            String v = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
            return v == null ? null : v.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
