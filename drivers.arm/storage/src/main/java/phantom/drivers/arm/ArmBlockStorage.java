package phantom.drivers.arm;

import org.osgi.service.component.annotations.Component;

import phantom.api.driver.BlockStorage;
import phantom.api.driver.DeviceDriver;
import phantom.devices.FileBlockStorage;

/**
 * Block storage on AArch64 hosts: a host file, positioned reads and writes, fsync as the
 * durability barrier. The host's page may be 4, 16 or 64 KiB here; the store only maps its
 * file from offset 0 and lays it out in 4096-byte blocks, so the image is the same.
 */
@Component(service = { BlockStorage.class, DeviceDriver.class }, property = "phantom.device=storage")
public final class ArmBlockStorage extends FileBlockStorage implements DeviceDriver {
    @Override public String platform() { return "aarch64"; }

    @Override public String deviceName() { return "block storage (host files, 4096-byte blocks)"; }
}
