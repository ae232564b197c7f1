package java.lang;

public class AssertionError extends Error {
    public AssertionError() { super(); }

    private AssertionError(String message) { super(message); }

    public AssertionError(Object detailMessage) {
        this(PhantomString.valueOf(detailMessage));
        if (detailMessage instanceof Throwable) initCause((Throwable) detailMessage);
    }

    public AssertionError(boolean detailMessage) { this(PhantomString.valueOf(detailMessage)); }
    public AssertionError(char detailMessage) { this(PhantomString.valueOf(detailMessage)); }
    public AssertionError(int detailMessage) { this(PhantomString.valueOf(detailMessage)); }
    public AssertionError(long detailMessage) { this(PhantomString.valueOf(detailMessage)); }
    public AssertionError(float detailMessage) { this(PhantomString.valueOf(detailMessage)); }
    public AssertionError(double detailMessage) { this(PhantomString.valueOf(detailMessage)); }

    public AssertionError(String message, Throwable cause) { super(message, cause); }
}
