package phantom.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What changed in the deploy folder since the last look. A jar counts only once it has looked
 * the same (size and modification time) at two looks in a row, so a copy in progress is never
 * taken for a build.
 */
final class DeployFolder {
    record Stamp(long size, long modified) {}

    record Changes(List<Path> changed, List<Path> removed) {}

    private final Path dir;
    /** What each jar looked like at the last look. */
    private Map<Path, Stamp> seen = new HashMap<>();
    /** What each jar looked like when it was last handled (applied or refused). */
    private final Map<Path, Stamp> handled = new HashMap<>();

    DeployFolder(Path dir) { this.dir = dir; }

    Path dir() { return dir; }

    Changes look() throws IOException {
        Map<Path, Stamp> now = new HashMap<>();
        for (Path p : jars()) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile()) now.put(p, new Stamp(a.size(), a.lastModifiedTime().toMillis()));
            } catch (IOException gone) {
                // removed between the listing and the read: seen at the next look
            }
        }
        Set<Path> changed = new TreeSet<>();
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            boolean stable = e.getValue().equals(seen.get(e.getKey()));
            if (stable && !e.getValue().equals(handled.get(e.getKey()))) changed.add(e.getKey());
        }
        Set<Path> removed = new TreeSet<>(handled.keySet());
        removed.removeAll(now.keySet());
        seen = now;
        return new Changes(List.copyOf(changed), List.copyOf(removed));
    }

    /**
     * Takes a jar that is in force already (the launcher installed it at start) as handled as
     * it looks now, without waiting for two looks: deleting it at once must still roll back.
     */
    void adopt(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        Stamp st = new Stamp(a.size(), a.lastModifiedTime().toMillis());
        seen.put(jar, st);
        handled.put(jar, st);
    }

    /** Jars in the folder now. */
    List<Path> jars() throws IOException { return jarsIn(dir); }

    /** The jars of {@code folder} (none when it does not exist), sorted. */
    static List<Path> jarsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(DeployFolder::isJar).sorted().collect(Collectors.toList());
        }
    }

    /** The jar was dealt with as it looks now: not offered again until it changes. */
    void handled(Path jar) {
        Stamp s = seen.get(jar);
        if (s != null) handled.put(jar, s);
    }

    void forget(Path jar) { handled.remove(jar); }

    /** Jars of the folder that were handled, for finding a second build of one bundle. */
    Set<Path> handledJars() { return Set.copyOf(handled.keySet()); }

    static boolean isJar(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".jar") && !n.startsWith(".");
    }
}
