package phantom.classes.sockets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.driver.Network;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

/**
 * TCP listeners and connections and UDP sockets, over the bound {@link Network} driver.
 *
 * <p>A socket's state is in its object: kind, connection state, local and peer port, peer
 * host, unread bytes, and the driver handle with the driver incarnation it belongs to. A call
 * that finds nothing ready (accept, read, readLine, connect in progress, receive, a full output
 * queue) ends with {@code retryOn(Network.event(handle))}: no carrier waits, and the call stays
 * in the frame, so a thread caught waiting by a snapshot issues it again after a restart.
 *
 * <p>Restart: OS sockets die with the process. Listeners and UDP sockets are kept in a table
 * (root {@link Roots#SOCKETS}); the restart hook opens their ports again, and any call on one
 * whose handle is of an older incarnation opens it again first. A connection cannot be
 * re-created: its calls raise "connection lost at restart", which the program can catch.
 * Results (an accepted connection, the bytes read) are in the space when the call returns.
 *
 * <p>Data is moved as strings holding exactly the bytes received (text operations read them
 * as UTF-8); write and sendTo take a string or a binary.
 */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=socket")
public final class SocketClass extends AbstractInternalClass {
    // reference slots: peer host (string), unread bytes of a connection (string)
    static final int R_PEER = 0, R_PENDING = 1, REFS = 2;
    // data: kind, connection state, local port, peer port, driver handle, driver incarnation
    static final int D_KIND = 0, D_STATE = 4, D_PORT = 8, D_PEER_PORT = 12, D_HANDLE = 16, D_INCARNATION = 24, DATA = 32;
    static final int NEW = 0, LISTENER = 1, CONNECTION = 2, UDP = 3, CLOSED = 4;
    static final int CONNECTING = 1, CONNECTED = 2, AT_END = 3;
    /** A waiting call looks again by itself after this long, whatever the events say. */
    static final long WAIT_MS = 1000;
    static final int MAX_LINE = 1 << 20;
    static final String LOST = "connection lost at restart";

    private final Network net;
    /** Per-object locks, striped by address: two carriers may call on one socket at once. */
    private final Object[] stripes = new Object[64];
    /** Guards the socket table and every handle of a listener or UDP socket; taken after a stripe, never before. */
    private final Object tableLock = new Object();
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    @Activate
    public SocketClass(@Reference(name = "network") Network net) {
        super("socket", 1, CoreClasses.SOCKET);
        this.net = net;
        for (int i = 0; i < stripes.length; i++) stripes[i] = new Object();
    }

    @Override public int instanceRefSlots() { return REFS; }

    @Override public int instanceDataBytes() { return DATA; }

    @Override public boolean wantsRestartCall() { return true; }

    /** Opens again the ports of every listener and UDP socket of the space whose handle is from an older incarnation. */
    @Override public void onRestart(ObjectSpace s) {
        List<String> failures = new ArrayList<>();
        synchronized (tableLock) {
            long table = s.root(Roots.SOCKETS);
            int n = table == Ref.NULL ? 0 : (int) s.getLong(table, 0);
            for (int i = 0; i < n; i++) {
                long sock = s.getRef(s.getRef(table, 0), i);
                try {
                    reopen(s, sock);
                } catch (IOException e) {
                    // the program hears of it when it next uses the socket (reopen is tried again then)
                    failures.add(e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) throw new IllegalStateException(String.join("; ", failures));
    }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        if (!call.className(self).equals("socket")) throw call.error("not a socket");
        ObjectSpace s = call.space();
        synchronized (stripes[(int) ((self >>> 4) & (stripes.length - 1))]) {
            try {
                return switch (CoreClasses.SOCKET.get(ordinal)) {
                    case "listen" -> open(call, self, LISTENER, portArg(call, args, 0, true));
                    case "bind" -> open(call, self, UDP, portArg(call, args, 0, true));
                    case "accept" -> accept(call, self);
                    case "connect" -> connect(call, self, call.stringValue(arg(call, args, 0)), portArg(call, args, 1, false));
                    case "read" -> read(call, self);
                    case "readLine" -> readLine(call, self);
                    case "write" -> {
                        int h = connection(call, self, "write");
                        if (!net.write(h, bytesOf(call, arg(call, args, 0)))) call.retryOn(Network.event(h), WAIT_MS);
                        yield Ref.NULL;
                    }
                    case "sendTo" -> {
                        int h = current(call, self, UDP, "sendTo");
                        String host = call.stringValue(arg(call, args, 0));
                        int port = portArg(call, args, 1, false);
                        if (!net.send(h, host, port, bytesOf(call, arg(call, args, 2)))) call.retryOn(Network.event(h), WAIT_MS);
                        yield Ref.NULL;
                    }
                    case "receive" -> receive(call, self);
                    case "close" -> close(call, self);
                    case "port" -> Ref.ofInt(s.getInt(self, D_PORT));
                    case "peerHost" -> keep(call, s.getRef(self, R_PEER));
                    case "peerPort" -> Ref.ofInt(s.getInt(self, D_PEER_PORT));
                    default -> throw call.error("socket has no method #" + ordinal);
                };
            } catch (IOException e) {
                throw call.error(e.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------ listeners and UDP sockets

    private long open(NativeCall call, long self, int kind, int port) throws IOException {
        ObjectSpace s = call.space();
        int k = s.getInt(self, D_KIND);
        if (k != NEW) throw call.error((kind == LISTENER ? "listen" : "bind") + " on a socket that is " + kindName(k));
        synchronized (tableLock) {
            int h = kind == LISTENER ? net.listen(port) : net.bind(port);
            try {
                s.setInt(self, D_PORT, net.localPort(h)); // the port a 0 chose is the one opened again after a restart
            } catch (IOException e) {
                net.close(h);
                throw e;
            }
            s.setLong(self, D_HANDLE, h);
            s.setLong(self, D_INCARNATION, net.incarnation());
            s.setInt(self, D_KIND, kind);
            addToTable(call, self);
        }
        return Ref.NULL;
    }

    /** The handle of a listener or UDP socket in this incarnation of the driver, opening its port again if needed. */
    private int current(NativeCall call, long self, int kind, String what) throws IOException {
        ObjectSpace s = call.space();
        int k = s.getInt(self, D_KIND);
        if (k != kind) throw call.error(what + " on a socket that is " + kindName(k));
        synchronized (tableLock) {
            return reopen(s, self);
        }
    }

    /** Under the table lock. */
    private int reopen(ObjectSpace s, long sock) throws IOException {
        if (s.getLong(sock, D_INCARNATION) == net.incarnation()) return (int) s.getLong(sock, D_HANDLE);
        int kind = s.getInt(sock, D_KIND), port = s.getInt(sock, D_PORT);
        int h;
        try {
            h = kind == LISTENER ? net.listen(port) : net.bind(port);
        } catch (IOException e) {
            throw new IOException("cannot " + (kind == LISTENER ? "listen" : "bind") + " on port " + port
                + " again after the restart: " + e.getMessage());
        }
        s.setLong(sock, D_HANDLE, h);
        s.setLong(sock, D_INCARNATION, net.incarnation());
        return h;
    }

    private long accept(NativeCall call, long self) throws IOException {
        int h = current(call, self, LISTENER, "accept");
        int c = net.accept(h);
        if (c == 0) {
            call.retryOn(Network.event(h), WAIT_MS);
            return Ref.NULL;
        }
        ObjectSpace s = call.space();
        long conn;
        String peer;
        int port;
        try {
            peer = net.remoteAddress(c);
            port = net.localPort(c);
            conn = call.newInstance("socket");
        } catch (IOException | RuntimeException e) {
            net.close(c); // the peer left already, or no room: nobody else can close it
            throw e;
        }
        int colon = peer.lastIndexOf(':');
        long host = call.newString(peer.substring(0, colon));
        s.setRef(conn, R_PEER, host);
        s.release(host);
        s.setInt(conn, D_PEER_PORT, Integer.parseInt(peer.substring(colon + 1)));
        s.setInt(conn, D_PORT, port);
        s.setLong(conn, D_HANDLE, c);
        s.setLong(conn, D_INCARNATION, net.incarnation());
        s.setInt(conn, D_STATE, CONNECTED);
        s.setInt(conn, D_KIND, CONNECTION);
        return conn;
    }

    private long receive(NativeCall call, long self) throws IOException {
        int h = current(call, self, UDP, "receive");
        Network.Datagram d = net.receive(h);
        if (d == null) {
            call.retryOn(Network.event(h), WAIT_MS);
            return Ref.NULL;
        }
        ObjectSpace s = call.space();
        long host = call.newString(d.host());
        s.setRef(self, R_PEER, host);
        s.release(host);
        s.setInt(self, D_PEER_PORT, d.port());
        return bytesString(call, d.data(), d.data().length);
    }

    // ------------------------------------------------------------------ connections

    private long connect(NativeCall call, long self, String host, int port) throws IOException {
        ObjectSpace s = call.space();
        int k = s.getInt(self, D_KIND), st = s.getInt(self, D_STATE);
        boolean mine = s.getLong(self, D_INCARNATION) == net.incarnation();
        if (k == CONNECTION && st != CONNECTING) throw call.error("connect on a socket that is already connected");
        if (k != NEW && k != CONNECTION) throw call.error("connect on a socket that is " + kindName(k));
        if (k == NEW || !mine) {
            // first issue, or issued again after a restart: the connection attempt starts (again)
            int h = net.connect(host, port);
            long hs = call.newString(host);
            s.setRef(self, R_PEER, hs);
            s.release(hs);
            s.setInt(self, D_PEER_PORT, port);
            s.setLong(self, D_HANDLE, h);
            s.setLong(self, D_INCARNATION, net.incarnation());
            s.setInt(self, D_STATE, CONNECTING);
            s.setInt(self, D_KIND, CONNECTION);
        }
        int h = (int) s.getLong(self, D_HANDLE);
        boolean up;
        try {
            up = net.finishConnect(h);
        } catch (IOException e) {
            s.setInt(self, D_KIND, NEW); // the driver closed it; the socket may try again
            s.setInt(self, D_STATE, 0);
            throw e;
        }
        if (!up) {
            call.retryOn(Network.event(h), WAIT_MS);
            return Ref.NULL;
        }
        s.setInt(self, D_PORT, net.localPort(h));
        s.setInt(self, D_STATE, CONNECTED);
        return Ref.NULL;
    }

    /** The handle of a connection that is up in this incarnation, or a VM error saying why not. */
    private int connection(NativeCall call, long self, String what) {
        ObjectSpace s = call.space();
        int k = s.getInt(self, D_KIND);
        if (k != CONNECTION) throw call.error(what + " on a socket that is " + kindName(k));
        if (s.getLong(self, D_INCARNATION) != net.incarnation()) throw call.error(LOST);
        if (s.getInt(self, D_STATE) == CONNECTING) throw call.error(what + " before connect has finished");
        return (int) s.getLong(self, D_HANDLE);
    }

    private long read(NativeCall call, long self) throws IOException {
        ObjectSpace s = call.space();
        int h = connection(call, self, "read");
        long pending = s.getRef(self, R_PENDING);
        if (pending != Ref.NULL && s.dataBytes(pending) > 0) {
            s.retain(pending);
            s.setRef(self, R_PENDING, Ref.NULL);
            return pending;
        }
        if (s.getInt(self, D_STATE) == AT_END) return Ref.NULL;
        byte[] buf = buffers.get();
        int n = net.read(h, buf);
        if (n > 0) return bytesString(call, buf, n);
        if (n < 0) {
            s.setInt(self, D_STATE, AT_END);
            return Ref.NULL;
        }
        call.retryOn(Network.event(h), WAIT_MS);
        return Ref.NULL;
    }

    /** The next line without its terminator ("\n" or "\r\n"); at the end, the unterminated rest, then null. */
    private long readLine(NativeCall call, long self) throws IOException {
        ObjectSpace s = call.space();
        int h = connection(call, self, "readLine");
        byte[] buf = buffers.get();
        while (true) {
            byte[] pending = bytes(s, s.getRef(self, R_PENDING));
            for (int i = 0; i < pending.length; i++) {
                if (pending[i] == '\n') {
                    setPending(call, self, pending, i + 1, pending.length - i - 1);
                    int end = i > 0 && pending[i - 1] == '\r' ? i - 1 : i;
                    return bytesString(call, pending, end);
                }
            }
            if (s.getInt(self, D_STATE) == AT_END) {
                if (pending.length == 0) return Ref.NULL;
                setPending(call, self, pending, 0, 0);
                return bytesString(call, pending, pending.length);
            }
            if (pending.length > MAX_LINE) throw call.error("line longer than " + MAX_LINE + " bytes");
            int n = net.read(h, buf);
            if (n == 0) {
                // the bytes of a line begun are in the object, not lost if the thread waits long
                call.retryOn(Network.event(h), WAIT_MS);
                return Ref.NULL;
            }
            if (n < 0) {
                s.setInt(self, D_STATE, AT_END);
                continue;
            }
            byte[] more = java.util.Arrays.copyOf(pending, pending.length + n);
            System.arraycopy(buf, 0, more, pending.length, n);
            setPending(call, self, more, 0, more.length);
        }
    }

    private long close(NativeCall call, long self) {
        ObjectSpace s = call.space();
        int k = s.getInt(self, D_KIND);
        if (k == CLOSED) return Ref.NULL;
        synchronized (tableLock) {
            // a handle of an older incarnation may name another socket now: only this incarnation's are closed
            if (k != NEW && s.getLong(self, D_INCARNATION) == net.incarnation()) net.close((int) s.getLong(self, D_HANDLE));
            if (k == LISTENER || k == UDP) removeFromTable(s, self);
            s.setInt(self, D_KIND, CLOSED);
            s.setRef(self, R_PENDING, Ref.NULL);
        }
        return Ref.NULL;
    }

    // ------------------------------------------------------------------ helpers

    private static String kindName(int kind) {
        return switch (kind) {
            case NEW -> "not open";
            case LISTENER -> "a listener";
            case CONNECTION -> "a connection";
            case UDP -> "a UDP socket";
            default -> "closed";
        };
    }

    private static int portArg(NativeCall call, long[] args, int i, boolean zeroAllowed) {
        long p = intArg(call, args, i);
        if (p < (zeroAllowed ? 0 : 1) || p > 65535) {
            throw call.error("bad port " + p + " (" + (zeroAllowed ? "0 for any, or " : "") + "1..65535)");
        }
        return (int) p;
    }

    /** The bytes of a string (as stored) or a binary. */
    private static byte[] bytesOf(NativeCall call, long data) {
        ObjectSpace s = call.space();
        String cn = call.className(data);
        if (cn.equals("string")) return bytes(s, data);
        if (cn.equals("binary")) {
            byte[] b = new byte[(int) s.getLong(data, 0)];
            if (b.length > 0) s.readBytes(s.getRef(data, 0), 0, b, 0, b.length);
            return b;
        }
        throw call.error("expected a string or a binary, got " + cn);
    }

    private static byte[] bytes(ObjectSpace s, long obj) {
        if (obj == Ref.NULL) return new byte[0];
        byte[] b = new byte[s.dataBytes(obj)];
        s.readBytes(obj, 0, b, 0, b.length);
        return b;
    }

    /** A string object holding exactly these bytes (not decoded and encoded again, so an echo is exact). */
    private static long bytesString(NativeCall call, byte[] b, int length) {
        ObjectSpace s = call.space();
        long str = s.allocate(call.classNamed("string"), 0, length);
        if (length > 0) s.writeBytes(str, 0, b, 0, length);
        return str;
    }

    private static void setPending(NativeCall call, long self, byte[] b, int from, int length) {
        ObjectSpace s = call.space();
        if (length == 0) {
            s.setRef(self, R_PENDING, Ref.NULL);
            return;
        }
        long str = bytesString(call, java.util.Arrays.copyOfRange(b, from, from + length), length);
        s.setRef(self, R_PENDING, str);
        s.release(str);
    }

    /** Under the table lock: the table is an array (VM layout: backing object, size) in root SOCKETS. */
    private static void addToTable(NativeCall call, long sock) {
        ObjectSpace s = call.space();
        long table = s.root(Roots.SOCKETS);
        if (table == Ref.NULL) {
            table = call.newInstance("array");
            s.setRoot(Roots.SOCKETS, table);
            s.release(table);
        }
        int n = (int) s.getLong(table, 0);
        long backing = s.getRef(table, 0);
        if (backing == Ref.NULL || n == s.refSlots(backing)) {
            long bigger = s.allocate(call.classNamed("backing"), Math.max(8, n * 2), 0);
            for (int i = 0; i < n; i++) s.exchangeRef(bigger, i, s.exchangeRef(backing, i, Ref.NULL));
            s.setRef(table, 0, bigger);
            s.release(bigger);
            backing = bigger;
        }
        s.setRef(backing, n, sock);
        s.setLong(table, 0, n + 1);
    }

    private static void removeFromTable(ObjectSpace s, long sock) {
        long table = s.root(Roots.SOCKETS);
        if (table == Ref.NULL) return;
        int n = (int) s.getLong(table, 0);
        long backing = s.getRef(table, 0);
        for (int i = 0; i < n; i++) {
            if (s.getRef(backing, i) != sock) continue;
            // the last entry moves into the gap; the count the table held is dropped last
            long last = s.exchangeRef(backing, n - 1, Ref.NULL);
            long removed = i == n - 1 ? last : s.exchangeRef(backing, i, last);
            s.setLong(table, 0, n - 1);
            s.release(removed);
            return;
        }
    }

    @Override protected String toString(NativeCall call, long self) {
        ObjectSpace s = call.space();
        int k = s.getInt(self, D_KIND);
        String peer = call.describe(s.getRef(self, R_PEER)) + ":" + s.getInt(self, D_PEER_PORT);
        return switch (k) {
            case LISTENER -> "socket listening on port " + s.getInt(self, D_PORT);
            case UDP -> "socket udp on port " + s.getInt(self, D_PORT);
            case CONNECTION -> "socket connected to " + peer;
            default -> "socket (" + kindName(k) + ")";
        };
    }
}
