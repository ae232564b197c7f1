package phantom.api.driver;

import org.osgi.annotation.versioning.ProviderType;

/** A listener registered with a driver; closing it removes the listener (closing twice is harmless). */
@ProviderType
@FunctionalInterface
public interface Registration extends AutoCloseable {
    @Override void close();
}
