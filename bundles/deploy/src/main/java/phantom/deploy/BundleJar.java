package phantom.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * A bundle jar read whole into memory: its symbolic name, version and a digest of its content
 * (every entry's name and bytes, independent of the zip's timestamps and order), so a dropped
 * file can be compared with what the framework runs.
 */
record BundleJar(String symbolicName, String version, boolean fragment, String digest, byte[] bytes) {

    static final class NotABundle extends Exception {
        private static final long serialVersionUID = 1L;

        NotABundle(String message) { super(message); }
    }

    /** Reads {@code file}; throws {@link NotABundle} with the reason for a jar without a bundle manifest or a broken zip. */
    static BundleJar read(Path file) throws IOException, NotABundle {
        byte[] bytes = Files.readAllBytes(file);
        Map<String, byte[]> entries = new TreeMap<>();
        Manifest m;
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(bytes))) {
            m = in.getManifest();
            for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new NotABundle("not a readable jar (" + e.getMessage() + ")");
        }
        if (m == null) throw new NotABundle("no manifest");
        String bsn = symbolicName(m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME));
        if (bsn == null) throw new NotABundle("no Bundle-SymbolicName in its manifest");
        entries.put(MANIFEST, manifestBytes(m));
        String version = m.getMainAttributes().getValue(Constants.BUNDLE_VERSION);
        boolean fragment = m.getMainAttributes().getValue(Constants.FRAGMENT_HOST) != null;
        return new BundleJar(bsn, version == null ? "0.0.0" : version.trim(), fragment, digest(entries), bytes);
    }

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    /** The symbolic name without its directives ({@code singleton:=true}). */
    static String symbolicName(String header) {
        if (header == null) return null;
        String name = header.split(";", 2)[0].trim();
        return name.isEmpty() ? null : name;
    }

    /** The digest of what an installed bundle runs, comparable with {@link #digest()}. */
    static String digestOf(Bundle b) throws IOException {
        Map<String, byte[]> entries = entriesOf(b);
        byte[] manifest = entries.get(MANIFEST);
        if (manifest != null) entries.put(MANIFEST, manifestBytes(new Manifest(new java.io.ByteArrayInputStream(manifest))));
        return digest(entries);
    }

    /** The installed build of {@code b} as a jar, to roll back to when its replacement fails. */
    static byte[] jarOf(Bundle b) throws IOException {
        Map<String, byte[]> entries = entriesOf(b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] raw = entries.remove(MANIFEST);
        if (raw == null) throw new IOException("bundle " + b.getSymbolicName() + " has no manifest entry");
        Manifest m = new Manifest(new java.io.ByteArrayInputStream(raw));
        try (JarOutputStream jo = new JarOutputStream(out, m)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jo.putNextEntry(new JarEntry(e.getKey()));
                jo.write(e.getValue());
                jo.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> entriesOf(Bundle b) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        Enumeration<URL> urls = b.findEntries("/", "*", true);
        URL rootEntry = b.getEntry("/");
        String root = rootEntry == null ? null : rootEntry.toString();
        for (URL u : urls == null ? List.<URL>of() : Collections.list(urls)) {
            String s = u.toString();
            if (s.endsWith("/")) continue;
            String name = root != null && s.startsWith(root) ? s.substring(root.length()) : u.getPath().replaceFirst("^/", "");
            try (InputStream in = u.openStream()) {
                entries.put(name, in.readAllBytes());
            }
        }
        return entries;
    }

    /** The manifest's main attributes in a canonical order, so two writers of one manifest agree. */
    private static byte[] manifestBytes(Manifest m) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<Object, Object> e : m.getMainAttributes().entrySet()) {
            sorted.put(((Attributes.Name) e.getKey()).toString().toLowerCase(java.util.Locale.ROOT), String.valueOf(e.getValue()));
        }
        sorted.forEach((k, v) -> sb.append(k).append(':').append(v).append('\n'));
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String digest(Map<String, byte[]> entries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(java.nio.ByteBuffer.allocate(8).putLong(e.getValue().length).array());
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
