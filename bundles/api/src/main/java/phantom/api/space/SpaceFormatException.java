package phantom.api.space;

/** A space file is foreign, of an unknown format version, or damaged; it was left untouched. */
public class SpaceFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpaceFormatException(String message) { super(message); }
}
