package phantom.api.driver;

import java.io.IOException;
import java.util.function.IntConsumer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * TCP and UDP over the host's network, poll-style: no method blocks. An operation that finds
 * nothing ready (no connection to accept, no bytes, no datagram, a connect in progress)
 * returns at once, and the driver calls the {@link #onReady} listeners (until their registration is closed) with the handle when it
 * may have become ready, so the VM can wake the thread waiting for it.
 *
 * <p>Sockets are named by int handles, valid only within one {@link #incarnation()} of the
 * driver: OS sockets die with the process (and with the driver bundle), so whoever keeps a
 * handle beyond that (the object space) must keep the incarnation with it and treat a handle
 * of another incarnation as gone. Failures are {@link IOException}s whose message says what
 * happened in words a program can show ("port 8080 is in use", "unknown host 'nosuch'").
 */
@ConsumerType
public interface Network {

    /** The name of the completion event for {@code handle}, as the VM's retryOn uses it. */
    static String event(int handle) { return "net:" + handle; }

    /** A number that differs between two instances of the driver (a restart, a driver update). */
    long incarnation();

    /** A TCP listener on {@code port} of every interface (0: any free port). Returns its handle. */
    int listen(int port) throws IOException;

    /** The handle of a new connection waiting on a listener, or 0 if none has arrived yet. */
    int accept(int listener) throws IOException;

    /** Starts a TCP connection; returns its handle at once. {@link #finishConnect} tells when it is up. */
    int connect(String host, int port) throws IOException;

    /** True once the connection is up, false while in progress; throws if it failed (refused, unreachable). */
    boolean finishConnect(int handle) throws IOException;

    /** Reads what has arrived into {@code dst}: the count (at least 1), 0 if nothing yet, -1 at end of stream. */
    int read(int handle, byte[] dst) throws IOException;

    /**
     * Queues all of {@code data} for sending, or none of it: false when the output queue is full
     * (the handle becomes ready again when it has drained). Never sends part of a call's data.
     */
    boolean write(int handle, byte[] data) throws IOException;

    /** A UDP socket bound to {@code port} of every interface (0: any free port). Returns its handle. */
    int bind(int port) throws IOException;

    /** Sends one datagram from a UDP socket; false when the host's send buffer is full (try again). */
    boolean send(int handle, String host, int port, byte[] data) throws IOException;

    /** The next datagram that has arrived on a UDP socket, or null if none yet. */
    Datagram receive(int handle) throws IOException;

    /** The local port of a listener, connection or UDP socket. */
    int localPort(int handle) throws IOException;

    /** The address of the other end of a connection, as "host:port". */
    String remoteAddress(int handle) throws IOException;

    /** Closes a socket; an unknown or closed handle is ignored. */
    void close(int handle);

    /** Calls {@code listener} (on the driver's thread) with a handle that may have become ready. */
    Registration onReady(IntConsumer listener);

    /** A datagram received: the sender's address and port and the payload. */
    record Datagram(String host, int port, byte[] data) {}
}
