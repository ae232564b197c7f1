package phantom.drivers.x86;

import org.osgi.service.component.annotations.Component;

import phantom.api.driver.Clock;
import phantom.api.driver.DeviceDriver;
import phantom.devices.SystemClock;

/** The clock on x86-64 hosts. */
@Component(service = { Clock.class, DeviceDriver.class }, property = "phantom.device=clock")
public final class X86Clock extends SystemClock implements DeviceDriver {
    @Override public String platform() { return "x86-64"; }

    @Override public String deviceName() { return "clock (wall and monotonic)"; }
}
