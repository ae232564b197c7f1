package phantom.logging;

import static org.junit.Assert.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;
import org.slf4j.event.Level;

/** Issue 18: levels at run time, the console threshold, the recent lines and the rotating file. */
public class LogSinkTest {

    private static Path dir() throws Exception {
        Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(Path.of("target"), "log");
    }

    @Test public void consoleShowsWarningsWhileTailAndFileKeepInfo() throws Exception {
        Path d = dir();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogSink sink = new LogSink(new RotatingFile(d.resolve("phantom.log"), 1 << 20, 3), new PrintStream(out, true, StandardCharsets.UTF_8),
            Level.INFO, Level.WARN);
        PhantomLogger log = new PhantomLogger("phantom.kernel.snapshot.Snapshotter", sink);
        log.info("restored generation {}", 7);
        log.warn("disk {} full", "sda");
        log.debug("not logged at all");
        String console = out.toString(StandardCharsets.UTF_8);
        assertFalse(console, console.contains("restored"));
        assertTrue(console, console.contains("WARN Snapshotter - disk sda full"));
        assertEquals(2, sink.tail(10, null, null).size());
        assertTrue(sink.tail(10, null, null).get(0).contains("INFO Snapshotter - restored generation 7"));
        assertEquals(1, sink.tail(10, Level.WARN, null).size());
        assertEquals(1, sink.tail(10, null, "generation").size());
        String file = Files.readString(d.resolve("phantom.log"));
        assertTrue(file, file.contains("INFO phantom.kernel.snapshot.Snapshotter - restored generation 7"));
        assertFalse(file.contains("not logged"));
    }

    @Test public void levelsChangeAtRunTimeByPrefix() {
        LogSink sink = new LogSink(null, null, Level.INFO, Level.WARN);
        PhantomLogger a = new PhantomLogger("phantom.gc.cycles.Collector", sink), b = new PhantomLogger("phantom.vm.impl.VmComponent", sink);
        assertFalse(a.isDebugEnabled());
        sink.setLevel("phantom.gc", Level.DEBUG);
        assertTrue(a.isDebugEnabled());
        assertFalse(b.isDebugEnabled());
        sink.setLevel("", Level.ERROR);
        assertFalse(b.isWarnEnabled());
        assertTrue("the longer prefix wins", a.isDebugEnabled());
        // "phantom.g" is not a prefix of phantom.gc's loggers: names match whole segments
        sink.setLevel("phantom.g", Level.TRACE);
        assertFalse(a.isTraceEnabled());
    }

    @Test public void fileRotatesBySizeAndKeepsOnlySome() throws Exception {
        Path d = dir();
        RotatingFile f = new RotatingFile(d.resolve("phantom.log"), 1024, 2);
        String line = "x".repeat(100);
        for (int i = 0; i < 60; i++) f.write(line);
        f.close();
        assertTrue(Files.size(d.resolve("phantom.log")) <= 1024);
        assertTrue(Files.exists(d.resolve("phantom.log.1")));
        assertTrue(Files.exists(d.resolve("phantom.log.2")));
        assertFalse("only 2 old files are kept", Files.exists(d.resolve("phantom.log.3")));
        assertTrue(Files.size(d.resolve("phantom.log.1")) <= 1024);
    }

    @Test public void tailKeepsOnlyTheRecentLines() {
        LogSink sink = new LogSink(null, null, Level.INFO, Level.ERROR);
        PhantomLogger log = new PhantomLogger("x", sink);
        for (int i = 0; i < LogSink.RECENT + 10; i++) log.info("line {}", i);
        assertEquals(LogSink.RECENT, sink.tail(Integer.MAX_VALUE, null, null).size());
        assertTrue(sink.tail(1, null, null).get(0).endsWith("line " + (LogSink.RECENT + 9)));
    }

    @Test public void badLevelNamesAreRefused() {
        assertNull(LogSink.parse("loud", null));
        assertEquals(Level.DEBUG, LogSink.parse(" Debug ", null));
    }

    /** The bug: felix:log said "log reader unavailable"; the OSGi reader now hands out the same records, newest first. */
    @Test public void osgiLogReaderEntriesMirrorTheRecords() {
        LogSink sink = new LogSink(null, null, Level.INFO, Level.ERROR);
        PhantomLogger log = new PhantomLogger("phantom.vm.impl.VmComponent", sink);
        log.info("first");
        log.warn("second");
        java.util.List<LogSink.Record> rs = sink.records();
        assertEquals("second", rs.get(0).message());
        org.osgi.service.log.LogEntry e = LogReader.entry(rs.get(0), null);
        assertEquals(org.osgi.service.log.LogService.LOG_WARNING, e.getLevel());
        assertEquals("VmComponent: second", e.getMessage());
        java.util.List<String> heard = new java.util.ArrayList<>();
        sink.addListener(r -> heard.add(r.message()));
        log.error("third");
        assertEquals(java.util.List.of("third"), heard);
    }
}
