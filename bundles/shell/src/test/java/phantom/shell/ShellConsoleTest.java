package phantom.shell;

import static org.junit.Assert.*;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.LineReader;
import org.junit.Test;

import phantom.api.driver.Console;

/** Issue 18: program output went into the middle of the line being typed; now it goes above the prompt. */
public class ShellConsoleTest {
    final StringBuilder direct = new StringBuilder();
    final List<String> above = new ArrayList<>();
    boolean reading;

    final Console driver = new Console() {
        @Override public void print(String text) { direct.append(text); }

        @Override public String readLine() { return null; }
    };

    LineReader reader() {
        return (LineReader) Proxy.newProxyInstance(LineReader.class.getClassLoader(), new Class<?>[] { LineReader.class }, (p, m, a) -> {
            switch (m.getName()) {
                case "isReading": return reading;
                case "printAbove": above.add(String.valueOf(a[0])); return null;
                default: throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    @Test public void withoutAShellOutputGoesToTheDriver() {
        ShellConsole c = new ShellConsole(driver);
        c.print("count 1\n");
        assertEquals("count 1\n", direct.toString());
    }

    @Test public void whileThePromptIsShownWholeLinesGoAboveIt() {
        ShellConsole c = new ShellConsole(driver);
        c.useReader(reader());
        reading = true;
        c.print("count ");
        assertTrue("a partial line waits for its end", above.isEmpty());
        c.print("1\ncount 2\ncount");
        assertEquals(List.of("count 1", "count 2"), above);
        assertEquals("", direct.toString());
        reading = false; // a command runs: its output and the rest go straight to the terminal
        c.print(" 3\n");
        assertEquals("count 3\n", direct.toString());
    }
}
