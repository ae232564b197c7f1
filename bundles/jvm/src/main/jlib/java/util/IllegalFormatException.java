package java.util;

/** A format string or argument printf cannot use. */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {}

    IllegalFormatException(String message) { super(message); }
}
