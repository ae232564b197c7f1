package phantom.logging;

import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** Gogo commands: {@code log:tail}, {@code log:level}, {@code log:console}, {@code log:file}. */
@Component(service = LogCommands.class, property = { "osgi.command.scope=log", "osgi.command.function=tail",
    "osgi.command.function=level", "osgi.command.function=console", "osgi.command.function=file" })
public final class LogCommands {

    /** The sink of this bundle's provider; null when SLF4J bound another provider. */
    private static LogSink sink() {
        if (LoggerFactory.getILoggerFactory() instanceof PhantomLoggerFactory f) return f.sink();
        throw new IllegalStateException("SLF4J is not bound to Phantom's logging provider: no log to show");
    }

    @Descriptor("show the last log lines (20 unless told)")
    public String tail() { return tail(20); }

    @Descriptor("show the last N log lines")
    public String tail(@Descriptor("N: how many lines") int n) { return join(sink().tail(n, null, null)); }

    @Descriptor("show the last N log lines at or above a level, containing a text")
    public String tail(@Descriptor("N: how many lines") int n, @Descriptor("LEVEL: error, warn, info, debug or trace") String level,
                       @Descriptor("TEXT: what the lines must contain (\"\" for any)") String filter) {
        return join(sink().tail(n, parseLevel(level), filter.isEmpty() ? null : filter));
    }

    private static String join(java.util.List<String> lines) {
        return lines.isEmpty() ? "(no log lines yet)" : String.join(System.lineSeparator(), lines);
    }

    @Descriptor("show the levels set (logger-name prefix: level; \"\" is every logger)")
    public String level() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Level> e : sink().levels().entrySet()) {
            sb.append(e.getKey().isEmpty() ? "(all)" : e.getKey()).append(": ").append(e.getValue().toString().toLowerCase()).append('\n');
        }
        sb.append("console shows: ").append(sink().consoleLevel().toString().toLowerCase()).append(" and above");
        return sb.toString();
    }

    @Descriptor("set the level of every logger")
    public String level(@Descriptor("LEVEL: error, warn, info, debug or trace") String level) {
        return level(level, "");
    }

    @Descriptor("set the level of the loggers under a name prefix, e.g. phantom.kernel")
    public String level(@Descriptor("LEVEL: error, warn, info, debug or trace") String level,
                        @Descriptor("PREFIX: a logger-name prefix (a package or class name)") String prefix) {
        Level l = parseLevel(level);
        sink().setLevel(prefix, l);
        return (prefix.isEmpty() ? "every logger" : prefix) + ": " + l.toString().toLowerCase();
    }

    @Descriptor("set what the console shows (the log file and log:tail keep everything logged)")
    public String console(@Descriptor("LEVEL: error, warn, info, debug or trace") String level) {
        Level l = parseLevel(level);
        sink().setConsoleLevel(l);
        return "console shows " + l.toString().toLowerCase() + " and above";
    }

    @Descriptor("the log file (rotated by size: phantom.log.1 is the one before)")
    public String file() {
        java.nio.file.Path f = sink().file();
        return f == null ? "no log file (no data directory was given)" : f.toString();
    }

    private static Level parseLevel(String s) {
        Level l = LogSink.parse(s, null);
        if (l == null) throw new IllegalArgumentException("not a level: '" + s + "' (error, warn, info, debug, trace)");
        return l;
    }
}
