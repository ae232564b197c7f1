package phantom.drivers.x86;

import org.osgi.service.component.annotations.Component;

import phantom.api.driver.BlockStorage;
import phantom.api.driver.DeviceDriver;
import phantom.devices.FileBlockStorage;

/**
 * Block storage on x86-64 hosts: a host file, positioned reads and writes, fsync as the
 * durability barrier (on Linux an fsync flushes the drive's write cache too).
 */
@Component(service = { BlockStorage.class, DeviceDriver.class }, property = "phantom.device=storage")
public final class X86BlockStorage extends FileBlockStorage implements DeviceDriver {
    @Override public String platform() { return "x86-64"; }

    @Override public String deviceName() { return "block storage (host files, 4096-byte blocks)"; }
}
