package phantom.drivers.arm.network;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import phantom.api.driver.DeviceDriver;
import phantom.api.driver.Network;
import phantom.devices.NioNetwork;

/**
 * TCP and UDP on aarch64 hosts, over java.nio: the JDK picks the host's readiness mechanism
 * (epoll on Linux, kqueue on macOS), so nothing here depends on the processor beyond the
 * bundle's osgi.native requirement. Stopping the bundle closes every socket it opened.
 */
@Component(service = { Network.class, DeviceDriver.class }, property = "phantom.device=network")
public final class ArmNetwork extends NioNetwork implements DeviceDriver {
    @Override public String platform() { return "aarch64"; }

    @Override public String deviceName() { return "network (TCP and UDP)"; }

    @Deactivate
    void deactivate() { close(); }
}
