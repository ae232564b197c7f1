package phantom.devices;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import phantom.api.driver.Network;

/**
 * The network over java.nio non-blocking channels and one selector thread. Callers never
 * block: an operation that finds nothing ready arms the channel's interest in it, and when
 * the selector sees it ready it disarms it (so an event nobody collects does not spin) and
 * calls the listeners with the handle. Arming after the empty poll cannot lose an event: the
 * selector's readiness is level-triggered.
 *
 * <p>Output is queued per connection and written by the selector thread as the peer takes
 * it; {@link #close(int)} of a connection with queued output closes it once that is sent.
 */
public class NioNetwork implements Network, AutoCloseable {
    /** Bytes queued on one connection beyond which {@link #write} says "full" (all or nothing). */
    static final int MAX_QUEUED = 1 << 20;
    static final int MAX_DATAGRAM = 65507;

    private final long incarnation;
    private final Map<Integer, Sock> sockets = new ConcurrentHashMap<>();
    private final AtomicInteger handles = new AtomicInteger();
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
    private Selector selector;
    private Thread loop;
    private volatile boolean closed;

    /** One open channel. Output fields are guarded by the instance. */
    private static final class Sock {
        final int handle;
        final SelectableChannel channel;
        volatile SelectionKey key;
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        int queued;
        IOException writeFailure;
        boolean closeWhenSent;
        ByteBuffer datagram;
        /** For a connection this driver started: the "host:port" it was asked for, for messages. */
        volatile String target;

        Sock(int handle, SelectableChannel channel) {
            this.handle = handle;
            this.channel = channel;
        }
    }

    public NioNetwork() {
        long n;
        do n = new SecureRandom().nextLong(); while (n == 0);
        incarnation = n;
    }

    @Override public long incarnation() { return incarnation; }

    @Override public phantom.api.driver.Registration onReady(IntConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ------------------------------------------------------------------ TCP

    @Override public int listen(int port) throws IOException {
        checkPort(port, true);
        ServerSocketChannel ch = ServerSocketChannel.open();
        try {
            // a port left in TIME_WAIT by the previous life must be usable again at once
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            ch.bind(new InetSocketAddress(port), 128);
        } catch (IOException e) {
            ch.close();
            throw bindFailure("listen", port, e);
        }
        return register(ch, 0);
    }

    @Override public int accept(int listener) throws IOException {
        Sock l = sock(listener);
        if (!(l.channel instanceof ServerSocketChannel ssc)) throw new IOException("socket " + listener + " is not a listener");
        SocketChannel c = ssc.accept();
        if (c == null) {
            arm(l, SelectionKey.OP_ACCEPT);
            return 0;
        }
        c.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return register(c, 0);
    }

    @Override public int connect(String host, int port) throws IOException {
        checkPort(port, false);
        InetSocketAddress to = resolve(host, port);
        SocketChannel ch = SocketChannel.open();
        boolean done;
        try {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            done = ch.connect(to);
        } catch (IOException e) {
            ch.close();
            throw new IOException("cannot connect to " + host + ":" + port + ": " + reason(e));
        }
        int h = register(ch, done ? 0 : SelectionKey.OP_CONNECT);
        sockets.get(h).target = host + ":" + port;
        return h;
    }

    @Override public boolean finishConnect(int handle) throws IOException {
        Sock s = sock(handle);
        if (!(s.channel instanceof SocketChannel ch)) throw new IOException("socket " + handle + " is not a connection");
        try {
            if (ch.finishConnect()) return true;
        } catch (IOException e) {
            close(handle);
            throw new IOException("cannot connect to " + s.target + ": " + reason(e));
        }
        arm(s, SelectionKey.OP_CONNECT);
        return false;
    }

    @Override public int read(int handle, byte[] dst) throws IOException {
        Sock s = sock(handle);
        if (!(s.channel instanceof SocketChannel ch)) throw new IOException("socket " + handle + " is not a connection");
        int n;
        try {
            n = ch.read(ByteBuffer.wrap(dst));
        } catch (IOException e) {
            throw new IOException("read failed: " + reason(e));
        }
        if (n == 0) arm(s, SelectionKey.OP_READ);
        return n;
    }

    @Override public boolean write(int handle, byte[] data) throws IOException {
        Sock s = sock(handle);
        if (!(s.channel instanceof SocketChannel ch)) throw new IOException("socket " + handle + " is not a connection");
        synchronized (s) {
            if (s.writeFailure != null) throw s.writeFailure;
            // all or nothing, so a call re-issued later never sends a part twice; one big write fits an empty queue
            if (s.queued > 0 && s.queued + data.length > MAX_QUEUED) return false;
            ByteBuffer b = ByteBuffer.wrap(data);
            try {
                if (s.out.isEmpty()) ch.write(b);
            } catch (IOException e) {
                throw new IOException("write failed: " + reason(e));
            }
            if (b.hasRemaining()) {
                s.out.add(b);
                s.queued += b.remaining();
                arm(s, SelectionKey.OP_WRITE);
            }
            return true;
        }
    }

    // ------------------------------------------------------------------ UDP

    @Override public int bind(int port) throws IOException {
        checkPort(port, true);
        DatagramChannel ch = DatagramChannel.open();
        try {
            ch.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            ch.close();
            throw bindFailure("bind", port, e);
        }
        return register(ch, 0);
    }

    @Override public boolean send(int handle, String host, int port, byte[] data) throws IOException {
        Sock s = sock(handle);
        if (!(s.channel instanceof DatagramChannel ch)) throw new IOException("socket " + handle + " is not a UDP socket");
        checkPort(port, false);
        if (data.length > MAX_DATAGRAM) throw new IOException("a datagram of " + data.length + " bytes is too large (at most " + MAX_DATAGRAM + ")");
        InetSocketAddress to = resolve(host, port);
        int n;
        try {
            n = ch.send(ByteBuffer.wrap(data), to);
        } catch (IOException e) {
            throw new IOException("send to " + host + ":" + port + " failed: " + reason(e));
        }
        if (n == 0 && data.length > 0) {
            arm(s, SelectionKey.OP_WRITE);
            return false;
        }
        return true;
    }

    @Override public Datagram receive(int handle) throws IOException {
        Sock s = sock(handle);
        if (!(s.channel instanceof DatagramChannel ch)) throw new IOException("socket " + handle + " is not a UDP socket");
        synchronized (s) {
            if (s.datagram == null) s.datagram = ByteBuffer.allocate(MAX_DATAGRAM + 1);
            ByteBuffer b = s.datagram.clear();
            SocketAddress from = ch.receive(b);
            if (from == null) {
                arm(s, SelectionKey.OP_READ);
                return null;
            }
            byte[] data = new byte[b.flip().remaining()];
            b.get(data);
            InetSocketAddress a = (InetSocketAddress) from;
            return new Datagram(a.getAddress().getHostAddress(), a.getPort(), data);
        }
    }

    // ------------------------------------------------------------------ any socket

    @Override public int localPort(int handle) throws IOException {
        SocketAddress a = ((NetworkChannel) sock(handle).channel).getLocalAddress();
        return a instanceof InetSocketAddress i ? i.getPort() : 0;
    }

    @Override public String remoteAddress(int handle) throws IOException {
        Sock s = sock(handle);
        if (!(s.channel instanceof SocketChannel ch)) throw new IOException("socket " + handle + " is not a connection");
        InetSocketAddress a = (InetSocketAddress) ch.getRemoteAddress();
        if (a == null) throw new IOException("socket " + handle + " is not connected");
        return (a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress()) + ":" + a.getPort();
    }

    @Override public void close(int handle) {
        Sock s = sockets.remove(handle);
        if (s == null) return;
        synchronized (s) {
            // queued output still goes out: the selector thread closes the channel once it is sent
            if (!s.out.isEmpty() && s.writeFailure == null && !closed) {
                s.closeWhenSent = true;
                return;
            }
        }
        closeQuietly(s.channel);
    }

    /** Closes every socket and stops the selector thread. */
    @Override public void close() {
        Selector sel;
        synchronized (this) {
            if (closed) return;
            closed = true;
            sel = selector;
        }
        for (Integer h : List.copyOf(sockets.keySet())) close(h);
        if (sel != null) {
            for (SelectionKey k : List.copyOf(sel.keys())) closeQuietly(k.channel()); // sockets closing after a send
            closeQuietly(sel);
        }
    }

    // ------------------------------------------------------------------ internals

    private static void checkPort(int port, boolean zeroAllowed) throws IOException {
        if (port < (zeroAllowed ? 0 : 1) || port > 65535) {
            throw new IOException("bad port " + port + " (" + (zeroAllowed ? "0 for any, or " : "") + "1..65535)");
        }
    }

    private static InetSocketAddress resolve(String host, int port) throws IOException {
        if (host == null || host.isBlank()) throw new IOException("no host given");
        InetSocketAddress a = new InetSocketAddress(host, port);
        if (a.isUnresolved()) throw new IOException("unknown host '" + host + "'");
        return a;
    }

    private static IOException bindFailure(String what, int port, IOException e) {
        if (e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")) {
            return new IOException("port " + port + " is in use");
        }
        return new IOException("cannot " + what + " on port " + port + ": " + reason(e));
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.toLowerCase(java.util.Locale.ROOT);
    }

    private Sock sock(int handle) throws IOException {
        Sock s = sockets.get(handle);
        if (s == null) throw new IOException("socket " + handle + " is closed");
        return s;
    }

    private int register(SelectableChannel ch, int ops) throws IOException {
        Selector sel;
        try {
            sel = selector();
            ch.configureBlocking(false);
            int h = handles.incrementAndGet();
            Sock s = new Sock(h, ch);
            sockets.put(h, s);
            s.key = ch.register(sel, ops, s); // since Java 11 this does not wait for a select in progress
            sel.wakeup();
            return h;
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private void arm(Sock s, int op) throws IOException {
        try {
            s.key.interestOpsOr(op);
        } catch (CancelledKeyException e) {
            throw new IOException("socket " + s.handle + " is closed");
        }
        s.key.selector().wakeup();
    }

    private synchronized Selector selector() throws IOException {
        if (closed) throw new IOException("the network driver is stopped");
        if (selector == null) {
            selector = Selector.open();
            loop = new Thread(this::run, "phantom-network");
            loop.setDaemon(true);
            loop.start();
        }
        return selector;
    }

    private void run() {
        Selector sel;
        synchronized (this) { sel = selector; }
        try {
            while (!closed) {
                sel.select(this::ready);
            }
        } catch (IOException | ClosedSelectorException e) {
            // the driver was closed
        }
    }

    /** A channel is ready: disarm what fired, send queued output, tell the listeners. */
    private void ready(SelectionKey key) {
        Sock s = (Sock) key.attachment();
        try {
            int fired = key.readyOps();
            key.interestOpsAnd(~fired);
            if ((fired & SelectionKey.OP_WRITE) != 0) flush(s);
        } catch (CancelledKeyException e) {
            // closed meanwhile; a waiting caller finds it closed when it looks again
        }
        for (IntConsumer l : listeners) {
            try {
                l.accept(s.handle);
            } catch (RuntimeException e) {
                // one bad listener must not stop the network for the others
                e.printStackTrace();
            }
        }
    }

    private void flush(Sock s) {
        synchronized (s) {
            if (!(s.channel instanceof SocketChannel ch)) return;
            try {
                while (!s.out.isEmpty()) {
                    ByteBuffer b = s.out.peek();
                    int n = ch.write(b);
                    s.queued -= n;
                    if (b.hasRemaining()) break;
                    s.out.poll();
                }
            } catch (IOException e) {
                s.writeFailure = new IOException("write failed: " + reason(e));
                s.out.clear();
                s.queued = 0;
            }
            if (!s.out.isEmpty()) {
                s.key.interestOpsOr(SelectionKey.OP_WRITE);
            } else if (s.closeWhenSent) {
                closeQuietly(ch);
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing: nothing left to do with it
        }
    }
}
