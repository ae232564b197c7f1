package phantom.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A named logger: checks its level with the sink (levels change at run time) and hands records to it. */
final class PhantomLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private final transient LogSink sink;

    PhantomLogger(String name, LogSink sink) {
        this.name = name;
        this.sink = sink;
    }

    @Override public boolean isTraceEnabled() { return sink.enabled(name, Level.TRACE); }

    @Override public boolean isDebugEnabled() { return sink.enabled(name, Level.DEBUG); }

    @Override public boolean isInfoEnabled() { return sink.enabled(name, Level.INFO); }

    @Override public boolean isWarnEnabled() { return sink.enabled(name, Level.WARN); }

    @Override public boolean isErrorEnabled() { return sink.enabled(name, Level.ERROR); }

    @Override protected String getFullyQualifiedCallerName() { return null; }

    @Override protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
        sink.log(name, level, MessageFormatter.basicArrayFormat(pattern, args), t);
    }
}
