package phantom.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** New builds of a bundle for update tests: the same jar with manifest headers changed. */
public final class BundleJars {
    private BundleJars() {}

    /** The bytes of {@code jar} with {@code headers} set in its manifest (a version, an import, a name). */
    public static byte[] rebuild(Path jar, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream raw = Files.newInputStream(jar); JarInputStream in = new JarInputStream(raw)) {
            Manifest m = new Manifest(in.getManifest());
            headers.forEach((k, v) -> m.getMainAttributes().put(new Attributes.Name(k), v));
            try (JarOutputStream jo = new JarOutputStream(out, m)) {
                for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                    jo.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(jo);
                    jo.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
