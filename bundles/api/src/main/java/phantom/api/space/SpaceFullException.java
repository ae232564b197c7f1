package phantom.api.space;

/** The object space has no room for an allocation; nothing was changed. */
public class SpaceFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpaceFullException(String message) { super(message); }
}
