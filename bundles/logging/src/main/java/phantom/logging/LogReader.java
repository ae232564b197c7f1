package phantom.logging;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.LogService;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The OSGi log reader over the same records as {@code log:tail}, so that Gogo's
 * {@code felix:log} (and any other reader) shows the system's log instead of "log reader
 * unavailable". SLF4J does not say which bundle logged: entries carry this bundle, and the
 * logger's short name starts the message.
 */
@Component(service = LogReaderService.class)
public final class LogReader implements LogReaderService {
    private Bundle bundle;
    private final Map<LogListener, Consumer<LogSink.Record>> listeners = new ConcurrentHashMap<>();

    @Activate
    void activate(BundleContext ctx) { bundle = ctx.getBundle(); }

    @Deactivate
    void deactivate() {
        LogSink s = sink();
        if (s != null) for (Consumer<LogSink.Record> c : listeners.values()) s.removeListener(c);
        listeners.clear();
    }

    private static LogSink sink() {
        return LoggerFactory.getILoggerFactory() instanceof PhantomLoggerFactory f ? f.sink() : null;
    }

    @Override public void addLogListener(LogListener listener) {
        LogSink s = sink();
        if (s == null) return;
        Consumer<LogSink.Record> c = r -> listener.logged(entry(r, bundle));
        if (listeners.putIfAbsent(listener, c) == null) s.addListener(c);
    }

    @Override public void removeLogListener(LogListener listener) {
        Consumer<LogSink.Record> c = listeners.remove(listener);
        LogSink s = sink();
        if (c != null && s != null) s.removeListener(c);
    }

    /** Newest first, as the specification says. */
    @Override public Enumeration<LogEntry> getLog() {
        LogSink s = sink();
        if (s == null) return Collections.emptyEnumeration();
        List<LogEntry> out = new java.util.ArrayList<>();
        for (LogSink.Record r : s.records()) out.add(entry(r, bundle));
        return Collections.enumeration(out);
    }

    static int osgiLevel(Level l) {
        return switch (l) {
            case ERROR -> LogService.LOG_ERROR;
            case WARN -> LogService.LOG_WARNING;
            case INFO -> LogService.LOG_INFO;
            default -> LogService.LOG_DEBUG;
        };
    }

    static LogEntry entry(LogSink.Record r, Bundle bundle) {
        String shortName = r.logger().substring(r.logger().lastIndexOf('.') + 1);
        return new LogEntry() {
            @Override public Bundle getBundle() { return bundle; }

            @Override public ServiceReference getServiceReference() { return null; }

            @Override public int getLevel() { return osgiLevel(r.level()); }

            @Override public String getMessage() { return shortName + ": " + r.message(); }

            @Override public Throwable getException() { return r.thrown(); }

            @Override public long getTime() { return r.millis(); }
        };
    }
}
