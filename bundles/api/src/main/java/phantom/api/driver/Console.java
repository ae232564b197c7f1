package phantom.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** A text console: what the tty class prints to and reads lines from. */
@ConsumerType
public interface Console {

    void print(String text);

    /** The next line without its terminator, or null at end of input. Blocks. */
    String readLine();
}
