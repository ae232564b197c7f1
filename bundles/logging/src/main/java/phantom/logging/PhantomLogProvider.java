package phantom.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider (found by SLF4J through the Service Loader Mediator). Its own instead of
 * slf4j-simple because the shell needs what that one lacks: levels set at run time, the recent
 * lines for {@code log:tail}, a log file that rotates, and a console that shows only warnings
 * while the file keeps everything.
 *
 * <p>Configured from system properties the launcher sets before the framework starts:
 * {@code phantom.log.dir} (the folder of {@code phantom.log}; none: no file),
 * {@code phantom.log.console} (the console threshold, default info), {@code phantom.log.level}
 * (what is logged at all, default info), {@code phantom.log.maxBytes} (rotation size, default
 * 5 MiB) and {@code phantom.log.files} (rotated files kept, default 5).
 */
public final class PhantomLogProvider implements SLF4JServiceProvider {
    private PhantomLoggerFactory factory;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override public ILoggerFactory getLoggerFactory() { return factory; }

    @Override public IMarkerFactory getMarkerFactory() { return markers; }

    @Override public MDCAdapter getMDCAdapter() { return mdc; }

    @Override public String getRequestedApiVersion() { return "2.0.99"; }

    @Override public void initialize() {
        factory = new PhantomLoggerFactory(LogSink.fromSystemProperties());
    }
}
