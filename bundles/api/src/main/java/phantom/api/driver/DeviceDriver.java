package phantom.api.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** A device service; {@link #platform()} names the processor family it was built for. */
@ConsumerType
public interface DeviceDriver {
    /** The standard {@code osgi.native.processor} name, such as {@code x86-64} or {@code aarch64}. */
    String platform();

    /** A short human-readable name, for boot summaries. */
    String deviceName();
}
