package phantom.drivers.arm;

import org.osgi.service.component.annotations.Component;

import phantom.api.driver.Clock;
import phantom.api.driver.DeviceDriver;
import phantom.devices.SystemClock;

/** The clock on aarch64 hosts. */
@Component(service = { Clock.class, DeviceDriver.class }, property = "phantom.device=clock")
public final class ArmClock extends SystemClock implements DeviceDriver {
    @Override public String platform() { return "aarch64"; }

    @Override public String deviceName() { return "clock (wall and monotonic)"; }
}
