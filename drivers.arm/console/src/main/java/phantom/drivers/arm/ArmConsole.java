package phantom.drivers.arm;

import org.osgi.service.component.annotations.Component;

import phantom.api.driver.Console;
import phantom.api.driver.DeviceDriver;
import phantom.devices.StreamConsole;

/**
 * The console on aarch64 hosts: standard output and input. Memory ordering on AArch64: weakly ordered; the same VarHandle accesses compile to LDAR/STLR and LSE atomics or LL/SC loops.
 */
@Component(service = { Console.class, DeviceDriver.class }, property = "phantom.device=console")
public final class ArmConsole extends StreamConsole implements DeviceDriver {
    @Override public String platform() { return "aarch64"; }

    @Override public String deviceName() { return "console (standard output and input)"; }
}
