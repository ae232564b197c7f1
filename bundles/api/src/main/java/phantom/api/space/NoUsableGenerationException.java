package phantom.api.space;

import java.io.IOException;

/**
 * The snapshot store holds no generation that can be restored whole; the message says what was
 * found. Nothing was changed.
 */
public class NoUsableGenerationException extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean nothingStored;

    /** {@code nothingStored}: there is no store, or it never committed a generation (as opposed to one that is damaged). */
    public NoUsableGenerationException(String message, boolean nothingStored) {
        super(message);
        this.nothingStored = nothingStored;
    }

    /** True when no generation was ever committed (no store, or an empty one): nothing was lost in the store. */
    public boolean nothingStored() { return nothingStored; }
}
