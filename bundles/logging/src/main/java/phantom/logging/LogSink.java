package phantom.logging;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.event.Level;

/**
 * Where every log record goes: the recent lines in memory (for {@code log:tail}), the
 * rotating log file, and the console when the record is at or above the console threshold.
 * Levels are per logger-name prefix (the longest one set wins) and change at run time.
 */
public final class LogSink {
    static final int RECENT = 2000;
    /** Framework libraries logged at warn and above unless a level is set for them (log:level). */
    static final java.util.List<String> QUIET = java.util.List.of("org.eclipse.jetty", "org.apache.felix.http", "org.apache.felix.webconsole");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Object lock = new Object();
    private final ArrayDeque<Record> recent = new ArrayDeque<>();
    /** Called with every record after it is stored (the OSGi log reader's listeners). */
    private final java.util.List<java.util.function.Consumer<Record>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** One logged record: what log:tail shows ({@code line}) and what the OSGi log reader hands out. */
    public record Record(long millis, Level level, String logger, String message, Throwable thrown, String line) {}
    private final RotatingFile file;
    private final PrintStream console;
    /** Levels by logger-name prefix ("" is the root); guarded by lock; read through the snapshot below. */
    private final TreeMap<String, Level> levels = new TreeMap<>();
    private volatile Map<String, Level> levelView;
    /** Set by log:console; until then the console follows the property (the launcher lowers it to warn once the shell starts). */
    private volatile Level consoleLevel;
    private final Level consoleDefault;

    LogSink(RotatingFile file, PrintStream console, Level level, Level consoleLevel) {
        this.file = file;
        this.console = console;
        this.consoleDefault = consoleLevel;
        levels.put("", level);
        // the HTTP service's and web console's start-up chatter: warnings only (phantom.webconsole says where it listens)
        for (String quiet : QUIET) if (level == Level.INFO) levels.put(quiet, Level.WARN);
        levelView = new TreeMap<>(levels);
    }

    static LogSink fromSystemProperties() {
        String dir = System.getProperty("phantom.log.dir");
        RotatingFile f = null;
        if (dir != null && !dir.isBlank()) {
            long max = longProperty("phantom.log.maxBytes", 5L << 20);
            int keep = (int) longProperty("phantom.log.files", 5);
            f = new RotatingFile(Path.of(dir).resolve("phantom.log"), max, keep);
        }
        return new LogSink(f, System.out, parse(System.getProperty("phantom.log.level"), Level.INFO),
            parse(System.getProperty(CONSOLE_PROPERTY), Level.INFO));
    }

    private static long longProperty(String name, long def) {
        try {
            return Long.parseLong(System.getProperty(name, Long.toString(def)).trim());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    /** A level by name (error, warn, info, debug, trace; any case), or {@code def} for null or junk. */
    static Level parse(String s, Level def) {
        if (s == null) return def;
        try {
            return Level.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return def;
        }
    }

    /** SLF4J's levels are ordered by int: ERROR 40 ... TRACE 0; a record passes a threshold at or below it. */
    private static boolean passes(Level record, Level threshold) { return record.toInt() >= threshold.toInt(); }

    boolean enabled(String logger, Level level) { return passes(level, levelOf(logger)); }

    /** The level that applies to a logger: the longest prefix of its name that has one. */
    public Level levelOf(String logger) {
        Level best = Level.INFO;
        int bestLength = -1;
        for (Map.Entry<String, Level> e : levelView.entrySet()) {
            String p = e.getKey();
            boolean applies = p.isEmpty() || logger.equals(p) || logger.startsWith(p + ".");
            if (applies && p.length() > bestLength) {
                best = e.getValue();
                bestLength = p.length();
            }
        }
        return best;
    }

    /** Sets the level of every logger whose name is {@code prefix} or starts with it and a dot ("" for all). */
    public void setLevel(String prefix, Level level) {
        synchronized (lock) {
            if (prefix.isEmpty()) levels.put("", level);
            else if (level == null) levels.remove(prefix);
            else levels.put(prefix, level);
            levelView = new TreeMap<>(levels);
        }
    }

    public Map<String, Level> levels() { return levelView; }

    public Level consoleLevel() {
        Level l = consoleLevel;
        return l != null ? l : parse(System.getProperty(CONSOLE_PROPERTY), consoleDefault);
    }

    static final String CONSOLE_PROPERTY = "phantom.log.console";

    public void setConsoleLevel(Level l) { consoleLevel = l; }

    /** The log file, or null when there is none. */
    public Path file() { return file == null ? null : file.path(); }

    void log(String logger, Level level, String message, Throwable t) {
        LocalDateTime now = LocalDateTime.now();
        String shortName = logger.substring(logger.lastIndexOf('.') + 1);
        String trace = "";
        if (t != null) {
            StringWriter w = new StringWriter();
            t.printStackTrace(new PrintWriter(w));
            trace = System.lineSeparator() + w.toString().stripTrailing();
        }
        // the console and log:tail: short, as the shell shows it; the file: full date and logger name
        String line = TIME.format(now) + " " + level + " " + shortName + " - " + message + trace;
        Record rec = new Record(System.currentTimeMillis(), level, logger, message, t, line);
        synchronized (lock) {
            recent.addLast(rec);
            while (recent.size() > RECENT) recent.removeFirst();
            if (file != null) file.write(DATE_TIME.format(now) + " " + level + " " + logger + " - " + message + trace);
        }
        if (console != null && passes(level, consoleLevel())) {
            console.println(line);
            console.flush();
        }
        for (var l : listeners) {
            try {
                l.accept(rec);
            } catch (RuntimeException e) {
                // a listener's failure is not the logger's: the record is stored and shown already
            }
        }
    }

    public void addListener(java.util.function.Consumer<Record> l) { listeners.add(l); }

    public void removeListener(java.util.function.Consumer<Record> l) { listeners.remove(l); }

    /** The stored records, newest first. */
    public java.util.List<Record> records() {
        synchronized (lock) {
            java.util.List<Record> out = new ArrayList<>(recent);
            java.util.Collections.reverse(out);
            return out;
        }
    }

    /** The last {@code n} lines, oldest first; only those at or above {@code min} and containing {@code filter} (null: any). */
    public List<String> tail(int n, Level min, String filter) {
        List<String> out = new ArrayList<>();
        synchronized (lock) {
            for (var it = recent.descendingIterator(); it.hasNext() && out.size() < n;) {
                Record r = it.next();
                if (filter != null && !r.line().contains(filter)) continue;
                if (min != null && !passes(r.level(), min)) continue;
                out.add(0, r.line());
            }
        }
        return out;
    }

    /** Closes the file (the next record opens it again). */
    void close() throws IOException {
        if (file != null) synchronized (lock) { file.close(); }
    }
}
