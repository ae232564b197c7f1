package phantom.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One logger per name, all writing to one {@link LogSink}. */
public final class PhantomLoggerFactory implements ILoggerFactory {
    private final ConcurrentMap<String, PhantomLogger> loggers = new ConcurrentHashMap<>();
    private final LogSink sink;

    PhantomLoggerFactory(LogSink sink) { this.sink = sink; }

    public LogSink sink() { return sink; }

    @Override public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new PhantomLogger(n, sink));
    }
}
