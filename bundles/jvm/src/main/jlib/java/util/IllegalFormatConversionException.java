package java.util;

/** A conversion that does not apply to its argument's type ("d != java.lang.String"). */
public class IllegalFormatConversionException extends IllegalFormatException {
    private final char c;
    private final Class<?> arg;

    public IllegalFormatConversionException(char c, Class<?> arg) {
        if (arg == null) throw new NullPointerException();
        this.c = c;
        this.arg = arg;
    }

    public char getConversion() { return c; }

    public Class<?> getArgumentClass() { return arg; }

    public String getMessage() { return c + " != " + arg.getName(); }
}
