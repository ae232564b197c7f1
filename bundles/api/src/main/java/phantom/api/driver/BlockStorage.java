package phantom.api.driver;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The block-storage device service: what the kernel keeps its snapshot store on. A platform
 * driver provides it; the image written through it is the same on every processor.
 */
@ProviderType
public interface BlockStorage {

    /**
     * Opens the device at {@code path} for reading and writing, creating it empty if it does not
     * exist. A device is opened by one writer at a time: one open elsewhere (another process)
     * makes this fail with an IOException saying so, and nothing is changed.
     */
    BlockDevice open(Path path) throws IOException;

    /**
     * Opens the existing device at {@code path} for reading only (a store that cannot be written,
     * or one read by recovery or an offline check); writes on it fail.
     */
    default BlockDevice openReadOnly(Path path) throws IOException { return open(path); }
}
