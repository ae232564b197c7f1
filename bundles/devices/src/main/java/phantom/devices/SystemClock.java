package phantom.devices;

import phantom.api.driver.Clock;

/** The host's clocks through the JVM: System.currentTimeMillis and System.nanoTime. */
public class SystemClock implements Clock {
    @Override public long wallMillis() { return System.currentTimeMillis(); }

    @Override public long monotonicNanos() { return System.nanoTime(); }
}
