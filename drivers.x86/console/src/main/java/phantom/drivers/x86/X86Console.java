package phantom.drivers.x86;

import org.osgi.service.component.annotations.Component;

import phantom.api.driver.Console;
import phantom.api.driver.DeviceDriver;
import phantom.devices.StreamConsole;

/**
 * The console on x86-64 hosts: standard output and input. Memory ordering on x86-64: total store order; the VarHandle acquire/release and CAS used by the space compile to plain moves and LOCK-prefixed instructions.
 */
@Component(service = { Console.class, DeviceDriver.class }, property = "phantom.device=console")
public final class X86Console extends StreamConsole implements DeviceDriver {
    @Override public String platform() { return "x86-64"; }

    @Override public String deviceName() { return "console (standard output and input)"; }
}
