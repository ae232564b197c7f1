package java.util;

/** A precision that the conversion does not take, or a negative one. */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    private final int p;

    public IllegalFormatPrecisionException(int p) { this.p = p; }

    public int getPrecision() { return p; }

    public String getMessage() { return Integer.toString(p); }
}
