package phantom.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

/**
 * The console over standard output and input. In the Pax Exam tests standard input is
 * Surefire's command channel: a console that read it took Surefire's commands (its "bye"
 * acknowledgement lost, the test JVM waited 30 s at its exit), so it can be told to read none.
 */
public class StreamConsoleTest {
    @Test public void linesOfTheInputArriveInOrderThenItsEnd() throws Exception {
        StreamConsole c = new StreamConsole(new PrintStream(new ByteArrayOutputStream()),
            new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a", c.readLine());
        assertEquals("b", c.readLine());
        assertNull(c.readLine());
        assertTrue(c.atEnd());
    }

    @Test public void aConsoleWithoutInputNeverReadsTheProcessStandardInput() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        InputStream stdin = new InputStream() {
            @Override public int read() {
                reads.incrementAndGet();
                return -1;
            }

            @Override public int read(byte[] b, int off, int len) {
                reads.incrementAndGet();
                return -1;
            }
        };
        InputStream before = System.in;
        String was = System.getProperty(StreamConsole.INPUT_PROPERTY);
        System.setIn(stdin);
        System.setProperty(StreamConsole.INPUT_PROPERTY, "none");
        try {
            StreamConsole c = new StreamConsole();
            assertFalse(c.readsInput());
            for (int i = 0; i < 3; i++) assertNull("no line ever arrives", c.pollLine());
            assertFalse("nor does the input end: a program waiting for a line waits", c.atEnd());
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                assertFalse("no reader thread: " + t, t.getName().equals("phantom-console-input"));
            }
            assertEquals("standard input is left to its owner", 0, reads.get());
        } finally {
            System.setIn(before);
            if (was == null) System.clearProperty(StreamConsole.INPUT_PROPERTY);
            else System.setProperty(StreamConsole.INPUT_PROPERTY, was);
        }
    }
}
