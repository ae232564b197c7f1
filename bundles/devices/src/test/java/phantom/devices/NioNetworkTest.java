package phantom.devices;

import static org.junit.Assert.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import phantom.api.driver.Network;

/** The java.nio network driver on real loopback sockets. */
public class NioNetworkTest {
    private NioNetwork net;
    /** Handles the driver said may be ready. */
    private final Set<Integer> ready = ConcurrentHashMap.newKeySet();

    @Before public void open() {
        net = new NioNetwork();
        net.onReady(ready::add);
    }

    @After public void close() { net.close(); }

    /** Polls until {@code op} gives non-zero, checking that the driver signalled {@code handle} first. */
    private interface Poll { int get() throws IOException; }

    private int awaitSignalled(int handle, Poll op) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            int v = op.get();
            if (v != 0) return v;
            // nothing yet: the driver armed the handle, and must signal it before there is something
            while (!ready.remove(handle)) {
                assertTrue("the driver signals handle " + handle + " when it becomes ready", System.nanoTime() < deadline);
                Thread.sleep(1);
            }
        }
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private String readSome(int h) throws Exception {
        byte[] buf = new byte[1024];
        int n = awaitSignalled(h, () -> net.read(h, buf));
        assertTrue(n > 0);
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    @Test public void acceptReadWriteAndEndOfStream() throws Exception {
        int l = net.listen(0);
        int port = net.localPort(l);
        assertTrue(port > 0);
        assertEquals("no connection yet", 0, net.accept(l));
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            int c = awaitSignalled(l, () -> net.accept(l));
            assertTrue(net.remoteAddress(c).endsWith(":" + client.getLocalPort()));
            assertEquals(port, net.localPort(c));
            assertEquals("nothing sent yet", 0, net.read(c, new byte[10]));
            client.getOutputStream().write(utf8("hello"));
            assertEquals("hello", readSome(c));
            assertTrue(net.write(c, utf8("world")));
            byte[] got = client.getInputStream().readNBytes(5);
            assertEquals("world", new String(got, StandardCharsets.UTF_8));
            client.shutdownOutput();
            assertEquals("end of stream", -1, awaitSignalled(c, () -> net.read(c, new byte[10])));
            net.close(c);
            assertEquals("the client sees the close", -1, client.getInputStream().read());
            IOException e = assertThrows(IOException.class, () -> net.read(c, new byte[10]));
            assertEquals("socket " + c + " is closed", e.getMessage());
        }
    }

    @Test public void connectToAServer() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            int c = net.connect("127.0.0.1", server.getLocalPort());
            try (Socket peer = server.accept()) {
                awaitSignalled(c, () -> net.finishConnect(c) ? 1 : 0);
                assertEquals("127.0.0.1:" + server.getLocalPort(), net.remoteAddress(c));
                assertTrue(net.write(c, utf8("ping\n")));
                assertEquals("ping\n", new String(peer.getInputStream().readNBytes(5), StandardCharsets.UTF_8));
                peer.getOutputStream().write(utf8("pong"));
                assertEquals("pong", readSome(c));
            }
        }
    }

    @Test public void refusedConnectionsUnknownHostsBadPortsAndPortsInUseAreClearErrors() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { free = s.getLocalPort(); }
        IOException refused = assertThrows(IOException.class, () -> {
            int c = net.connect("127.0.0.1", free);
            awaitSignalled(c, () -> net.finishConnect(c) ? 1 : 0);
        });
        assertEquals("cannot connect to 127.0.0.1:" + free + ": connection refused", refused.getMessage());
        assertEquals("unknown host 'no-such-host.invalid'",
            assertThrows(IOException.class, () -> net.connect("no-such-host.invalid", 80)).getMessage());
        assertEquals("bad port 70000 (0 for any, or 1..65535)", assertThrows(IOException.class, () -> net.listen(70000)).getMessage());
        assertEquals("bad port 0 (1..65535)", assertThrows(IOException.class, () -> net.connect("localhost", 0)).getMessage());
        int l = net.listen(0);
        int port = net.localPort(l);
        assertEquals("port " + port + " is in use", assertThrows(IOException.class, () -> net.listen(port)).getMessage());
        int u = net.bind(0);
        int uport = net.localPort(u);
        assertEquals("port " + uport + " is in use", assertThrows(IOException.class, () -> net.bind(uport)).getMessage());
        assertEquals("socket " + u + " is not a listener", assertThrows(IOException.class, () -> net.accept(u)).getMessage());
    }

    @Test public void udpSendAndReceive() throws Exception {
        int a = net.bind(0), b = net.bind(0);
        int aPort = net.localPort(a), bPort = net.localPort(b);
        assertNull("nothing received yet", net.receive(b));
        assertTrue(net.send(a, "127.0.0.1", bPort, utf8("datagram")));
        Network.Datagram[] d = new Network.Datagram[1];
        awaitSignalled(b, () -> (d[0] = net.receive(b)) == null ? 0 : 1);
        assertEquals("datagram", new String(d[0].data(), StandardCharsets.UTF_8));
        assertEquals(aPort, d[0].port());
        assertEquals("127.0.0.1", d[0].host());
        // from a plain Java socket and back
        try (DatagramSocket js = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            js.setSoTimeout(10_000);
            js.send(new DatagramPacket(utf8("hi"), 2, new InetSocketAddress("127.0.0.1", bPort)));
            awaitSignalled(b, () -> (d[0] = net.receive(b)) == null ? 0 : 1);
            assertEquals(js.getLocalPort(), d[0].port());
            assertTrue(net.send(b, d[0].host(), d[0].port(), utf8("echo: hi")));
            DatagramPacket p = new DatagramPacket(new byte[100], 100);
            js.receive(p);
            assertEquals("echo: hi", new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
        }
        assertThrows(IOException.class, () -> net.send(a, "127.0.0.1", bPort, new byte[70_000]));
    }

    @Test public void writesAreAllOrNothingAndQueuedOutputIsSentBeforeClose() throws Exception {
        int l = net.listen(0);
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), net.localPort(l))) {
            int c = awaitSignalled(l, () -> net.accept(l));
            byte[] big = new byte[16 * NioNetwork.MAX_QUEUED]; // more than the kernel buffers of both ends hold
            for (int i = 0; i < big.length; i++) big[i] = (byte) i;
            assertTrue("an empty queue takes any write", net.write(c, big));
            assertFalse("the client reads nothing yet: the queue is full", net.write(c, new byte[1]));
            // the client reads it all; the driver signals the handle when the queue drained
            InputStream in = client.getInputStream();
            byte[] got = in.readNBytes(big.length);
            assertArrayEquals(big, got);
            awaitSignalled(c, () -> net.write(c, utf8("tail")) ? 1 : 0);
            assertTrue(net.write(c, big));
            net.close(c); // with output still queued
            assertArrayEquals(utf8("tail"), in.readNBytes(4));
            assertArrayEquals("queued output goes out before the close", big, in.readNBytes(big.length));
            assertEquals(-1, in.read());
        }
    }

    @Test public void closingTheDriverClosesItsSocketsAndIncarnationsDiffer() throws Exception {
        int l = net.listen(0);
        int port = net.localPort(l);
        NioNetwork other = new NioNetwork();
        try {
            assertNotEquals(net.incarnation(), other.incarnation());
        } finally {
            other.close();
        }
        net.close();
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        assertEquals("the network driver is stopped", assertThrows(IOException.class, () -> net.listen(0)).getMessage());
        // the port is free again at once for the next life (as after a restart)
        NioNetwork next = new NioNetwork();
        try {
            int again = next.listen(port);
            assertEquals(port, next.localPort(again));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream o = s.getOutputStream()) {
                o.write(1);
            }
        } finally {
            next.close();
        }
    }
}
