package phantom.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import phantom.launcher.Main.LaunchException;

/**
 * The bundle set to install at start: the distribution's builds, each replaced by the deploy
 * folder's build of the same symbolic name when there is one, so what was deployed runs from
 * the first instruction after any restart. Jars of new names are left to the deploy watcher.
 */
final class DeployedSet {
    private DeployedSet() {}

    static List<Path> choose(Path shipped, Path deploy, PrintStream out) throws LaunchException {
        Map<String, Path> set = new LinkedHashMap<>();
        for (Path jar : jars(shipped)) {
            String bsn = symbolicName(jar);
            if (bsn == null) {
                System.err.println("phantom: skipping " + jar.getFileName() + ": not an OSGi bundle");
                continue;
            }
            set.put(bsn, jar);
        }
        if (set.isEmpty()) throw new LaunchException("no bundles in " + shipped + "; run the build first");
        Map<String, Path> deployed = new LinkedHashMap<>();
        for (Path jar : Files.isDirectory(deploy) ? jars(deploy) : List.<Path>of()) {
            String bsn = symbolicName(jar);
            if (bsn == null || !set.containsKey(bsn)) continue;
            Path other = deployed.putIfAbsent(bsn, jar);
            if (other != null) {
                System.err.println("phantom: " + jar.getFileName() + " and " + other.getFileName() + " in " + deploy
                    + " are both builds of " + bsn + "; using " + other.getFileName());
                continue;
            }
            set.put(bsn, jar);
            out.println("phantom: " + bsn + " from the deploy folder (" + jar.getFileName() + ")");
        }
        return new ArrayList<>(set.values());
    }

    private static List<Path> jars(Path dir) throws LaunchException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && !p.getFileName().toString().startsWith("."))
                .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new LaunchException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** The jar's Bundle-SymbolicName without directives, or null when it is not a bundle. */
    static String symbolicName(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            String h = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
            if (h == null) return null;
            String name = h.split(";", 2)[0].trim();
            return name.isEmpty() ? null : name;
        } catch (IOException e) {
            return null;
        }
    }
}
