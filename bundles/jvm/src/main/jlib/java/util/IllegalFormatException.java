package java.util;

/** The superclass of the exceptions String.format throws for a bad format or argument. */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {}
}
