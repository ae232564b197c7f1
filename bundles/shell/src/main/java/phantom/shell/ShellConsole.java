package phantom.shell;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.jline.reader.LineReader;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import phantom.api.driver.Console;
import phantom.api.driver.Registration;

/**
 * The console the VM prints to, ranked above the console driver it wraps. While the JLine
 * shell waits for a line, whole lines of output go above its prompt (LineReader.printAbove),
 * so a program printing every second no longer lands in the middle of what the user types;
 * otherwise, and for input, it is the driver. The shell's line reader is found in the session
 * of the commands the user runs (gogo.jline keeps it in the session variable ".reader").
 */
@Component(service = { Console.class, CommandSessionListener.class }, property = "service.ranking:Integer=10")
public final class ShellConsole implements Console, CommandSessionListener {
    static final String READER = ".reader";

    @Reference(target = "(phantom.device=console)")
    private Console driver;

    private volatile LineReader reader;
    /** Output after the last newline, held while the prompt is shown; guarded by this. */
    private final StringBuilder partial = new StringBuilder();

    public ShellConsole() {}

    /** Without OSGi (tests). */
    ShellConsole(Console driver) { this.driver = driver; }

    void useReader(LineReader r) { reader = r; }

    @Override public synchronized void print(String text) {
        LineReader r = reader;
        if (r == null || !r.isReading()) {
            if (partial.length() > 0) {
                driver.print(partial.toString());
                partial.setLength(0);
            }
            driver.print(text);
            return;
        }
        partial.append(text);
        int nl;
        while ((nl = partial.indexOf("\n")) >= 0) {
            r.printAbove(partial.substring(0, nl));
            partial.delete(0, nl + 1);
        }
    }

    @Override public String readLine() { return driver.readLine(); }

    @Override public String pollLine() { return driver.pollLine(); }

    @Override public boolean atEnd() { return driver.atEnd(); }

    @Override public Registration listen(Runnable listener) { return driver.listen(listener); }

    // ------------------------------------------------------------------ CommandSessionListener

    @Override public void beforeExecute(CommandSession session, CharSequence command) {
        Object r = session.get(READER);
        if (r instanceof LineReader lr && lr != reader) reader = lr;
    }

    @Override public void afterExecute(CommandSession session, CharSequence command, Exception exception) {}

    @Override public void afterExecute(CommandSession session, CharSequence command, Object result) {}
}
