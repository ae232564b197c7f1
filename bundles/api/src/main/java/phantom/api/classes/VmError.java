package phantom.api.classes;

/**
 * Thrown by an internal method to raise an exception in the calling program; created with
 * {@link NativeCall#error(String)}. The VM turns it into an {@code error} object.
 */
public class VmError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VmError(String message) { super(message, null, false, false); }
}
