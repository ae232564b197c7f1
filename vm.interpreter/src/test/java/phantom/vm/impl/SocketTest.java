package phantom.vm.impl;

import static org.junit.Assert.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;

/**
 * The socket class on real loopback sockets: a TCP echo server and a UDP echo server written
 * in assembly, a client with every error case, and the restart semantics: a thread waiting in
 * accept (or receive) waits on after the space is closed and reopened in a new VM with a new
 * network driver, on its port opened again; a connection from before is lost, clearly.
 */
public class SocketTest {
    static final String TCP_ECHO = """
        class EchoServer
        method main ()V
            new socket
            ostore 1
            oload 1
            iconst 0
            call socket.listen (I)V
            new tty
            oldc "listening on port "
            oload 1
            call socket.port ()I
            box
            call string.concat (O)O
            call tty.println (O)V
        accept:
            oload 1
            call socket.accept ()O
            ostore 2
            new tty
            oldc "accepted"
            call tty.println (O)V
        lines:
            oload 2
            call socket.readLine ()O
            odup
            ifnull hungUp
            ostore 3
            oload 2
            oldc "echo: "
            oload 3
            call string.concat (O)O
            oldc "\\n"
            call string.concat (O)O
            call socket.write (O)V
            goto lines
        linesEnd:
        hungUp:
            opop
            oload 2
            call socket.close ()V
            new tty
            oldc "hung up"
            call tty.println (O)V
            goto accept
        lost:
            ostore 3
            new tty
            oldc "caught: "
            oload 3
            call object.toString ()O
            call string.concat (O)O
            call tty.println (O)V
            goto accept
            catch lines linesEnd lost error
        end
        """;

    static final String UDP_ECHO = """
        class UdpEcho
        method main ()V
            new socket
            ostore 1
            oload 1
            iconst 0
            call socket.bind (I)V
            new tty
            oldc "bound to port "
            oload 1
            call socket.port ()I
            box
            call string.concat (O)O
            call tty.println (O)V
        loop:
            oload 1
            call socket.receive ()O
            ostore 2
            oload 1
            oload 1
            call socket.peerHost ()O
            oload 1
            call socket.peerPort ()I
            oldc "echo: "
            oload 2
            call string.concat (O)O
            call socket.sendTo (OIO)V
            goto loop
        end
        """;

    /**
     * Runs a VM thread on its own Java thread until stopped. A waiting thread runs again at its
     * retry time (a second) or when its event wakes it, as with the scheduler.
     */
    static final class Runner implements AutoCloseable {
        private volatile boolean stop;
        private final Thread worker;
        volatile Outcome last;

        private final VmHarness vm;

        Runner(VmHarness vm, long thread) {
            this.vm = vm;
            worker = new Thread(() -> {
                Interpreter in = new Interpreter(vm.rt);
                while (!stop) {
                    vm.wakeups.drainPermits();
                    last = in.run(thread, 1000, () -> stop);
                    if (last == Outcome.FINISHED) return;
                    long wait = vm.rt.wakeAt(thread) - System.currentTimeMillis();
                    if (last == Outcome.BLOCKED && wait > 0) {
                        try {
                            vm.wakeups.tryAcquire(wait, java.util.concurrent.TimeUnit.MILLISECONDS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }, "vm-thread");
            worker.start();
        }

        /** Stops at the next safepoint (or while waiting): the thread's state is all in the space. */
        @Override public void close() throws InterruptedException {
            stop = true;
            vm.wakeups.release(); // not an interrupt: that would close the channel a carrier is reading
            worker.join(10_000);
            assertFalse("the VM thread stopped", worker.isAlive());
        }
    }

    private static String output(VmHarness vm) {
        synchronized (vm.out) { return vm.out.toString(); }
    }

    /** Waits until the program printed a line matching {@code regex}; returns its first group. */
    private static String await(VmHarness vm, String regex) throws InterruptedException {
        Pattern p = Pattern.compile(regex, Pattern.MULTILINE);
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Matcher m = p.matcher(output(vm));
            if (m.find()) return m.groupCount() > 0 ? m.group(1) : m.group();
            assertTrue("expected output matching " + regex + ", got: " + output(vm), System.currentTimeMillis() < deadline);
            Thread.sleep(5);
        }
    }

    /** A client line by line. */
    static final class Client implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        String ask(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return in.readLine();
        }

        @Override public void close() throws IOException { socket.close(); }
    }

    private static void assertRefused(int port) {
        assertThrows("the port died with the process", ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    }

    @Test public void tcpEchoServesClientsOneAfterAnother() throws Exception {
        try (VmHarness vm = new VmHarness()) {
            vm.load(TCP_ECHO);
            long t = vm.rt.newThread("EchoServer");
            try (Runner r = new Runner(vm, t)) {
                int port = Integer.parseInt(await(vm, "^listening on port (\\d+)$"));
                try (Client c = new Client(port)) {
                    // every answer needs a wake-up by the driver's event: without it each would wait for the retry time
                    long start = System.nanoTime();
                    for (int i = 0; i < 50; i++) assertEquals("echo: " + i, c.ask("" + i));
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    assertTrue("50 round trips took " + ms + " ms", ms < 5_000);
                    System.out.println("socket: 50 echo round trips over loopback in " + ms + " ms");
                }
                await(vm, "^hung up$");
                for (int i = 0; i < 3; i++) {
                    try (Client c = new Client(port)) {
                        assertEquals("echo: hello " + i, c.ask("hello " + i));
                        assertEquals("a line sent in two pieces, with \\r\\n", "echo: two pieces", askInPieces(c, "two ", "pieces\r\n"));
                        assertEquals("bytes are echoed exactly", "echo: gr\u00fc\u00dfe \u2603", c.ask("gr\u00fc\u00dfe \u2603"));
                    }
                    await(vm, "(?s)(hung up.*){" + (i + 2) + "}");
                }
                assertEquals("listening on port " + port + "\n" + "accepted\nhung up\n".repeat(4), output(vm));
            }
        }
    }

    private static String askInPieces(Client c, String a, String b) throws Exception {
        c.out.write(a.getBytes(StandardCharsets.UTF_8));
        c.out.flush();
        Thread.sleep(50); // the server reads the first piece and waits for the rest of the line
        c.out.write(b.getBytes(StandardCharsets.UTF_8));
        c.out.flush();
        return c.in.readLine();
    }

    /** THE restart case: blocked in accept, the space closed and reopened, then a client connects. */
    @Test public void aThreadWaitingInAcceptAcceptsAfterARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long t;
        int port;
        try (VmHarness vm = new VmHarness(file)) {
            vm.load(TCP_ECHO);
            t = vm.rt.newThread("EchoServer");
            Interpreter in = new Interpreter(vm.rt);
            Outcome o;
            do o = in.run(t, 1000, () -> false); while (o == Outcome.YIELDED);
            assertEquals("waiting in accept", Outcome.BLOCKED, o);
            port = Integer.parseInt(await(vm, "^listening on port (\\d+)$"));
            assertTrue("the call waits in accept", vm.rt.where(t).startsWith("EchoServer.main()V (line "));
            vm.space.release(t);
        }
        assertRefused(port);
        try (VmHarness vm = new VmHarness(file)) {
            // the restart hook opened the port again before the thread ran: a client can connect at once
            try (Client c = new Client(port); Runner r = new Runner(vm, t)) {
                assertEquals("echo: after the restart", c.ask("after the restart"));
                assertEquals("it went on from accept, not from the start", "accepted\n", output(vm));
            }
        }
    }

    @Test public void aConnectionFromBeforeARestartIsLostClearlyAndTheServerGoesOn() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long t;
        int port;
        try (VmHarness vm = new VmHarness(file)) {
            vm.load(TCP_ECHO);
            t = vm.rt.newThread("EchoServer");
            try (Runner r = new Runner(vm, t)) {
                port = Integer.parseInt(await(vm, "^listening on port (\\d+)$"));
                Client c = new Client(port);
                assertEquals("echo: one", c.ask("one"));
                Thread.sleep(50); // it waits in readLine now
                r.close();
                vm.network.close(); // the process dies: its connections too
                assertNull("the client sees the end of the connection", readOrNull(c));
                c.close();
            }
            vm.space.release(t);
        }
        try (VmHarness vm = new VmHarness(file)) {
            try (Runner r = new Runner(vm, t)) {
                await(vm, "^caught: .*$");
                assertEquals("caught: error: socket.readLine: connection lost at restart\n", output(vm));
                try (Client c = new Client(port)) {
                    assertEquals("echo: two", c.ask("two"));
                }
            }
        }
    }

    private static String readOrNull(Client c) {
        try {
            return c.in.readLine();
        } catch (IOException e) {
            return null; // reset: also the end
        }
    }

    @Test public void udpEchoAndAThreadWaitingInReceiveAcrossARestart() throws Exception {
        Path file = VmHarness.newSpaceFile();
        long t;
        int port;
        try (DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            client.setSoTimeout(10_000);
            try (VmHarness vm = new VmHarness(file)) {
                vm.load(UDP_ECHO);
                t = vm.rt.newThread("UdpEcho");
                try (Runner r = new Runner(vm, t)) {
                    port = Integer.parseInt(await(vm, "^bound to port (\\d+)$"));
                    assertEquals("echo: ping", udpAsk(client, port, "ping"));
                    assertEquals("echo: pong", udpAsk(client, port, "pong"));
                }
                vm.space.release(t);
            }
            try (VmHarness vm = new VmHarness(file); Runner r = new Runner(vm, t)) {
                assertEquals("echo: after the restart", udpAsk(client, port, "after the restart"));
                assertEquals("went on in receive", "", output(vm));
            }
        }
    }

    private static String udpAsk(DatagramSocket client, int port, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        client.send(new DatagramPacket(b, b.length, new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
        DatagramPacket p = new DatagramPacket(new byte[1000], 1000);
        client.receive(p);
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
    }

    static final String CLIENT = """
        class Client
        method main ()V
            this
            call Client.talk ()V
        %CASES%
            ret
        end
        method talk ()V
            new socket
            ostore 1
            oload 1
            oldc "127.0.0.1"
            iconst %SERVER%
            call socket.connect (OI)V
            oload 1
            oldc "hi\\n"
            call socket.write (O)V
            new tty
            oldc "got "
            oload 1
            call socket.readLine ()O
            call string.concat (O)O
            call tty.println (O)V
            new tty
            oload 1
            call object.toString ()O
            call tty.println (O)V
            oload 1
            call socket.readLine ()O
            ifnonnull notAtEnd
            new tty
            oldc "end of stream"
            call tty.println (O)V
        notAtEnd:
            oload 1
            call socket.close ()V
            ret
        end
        method badPort ()V
            new socket
            iconst 70000
            call socket.listen (I)V
            ret
        end
        method inUse ()V
            new socket
            iconst %SERVER%
            call socket.listen (I)V
            ret
        end
        method unknownHost ()V
            new socket
            oldc "no-such-host.invalid"
            iconst 80
            call socket.connect (OI)V
            ret
        end
        method refused ()V
            new socket
            oldc "127.0.0.1"
            iconst %FREE%
            call socket.connect (OI)V
            ret
        end
        method notOpen ()V
            new socket
            call socket.readLine ()O
            opop
            ret
        end
        method notData ()V
            new socket
            ostore 1
            oload 1
            iconst 0
            call socket.bind (I)V
            oload 1
            oldc "127.0.0.1"
            iconst 9
            iconst 42
            box
            call socket.sendTo (OIO)V
            ret
        end
        method closedListener ()V
            new socket
            ostore 1
            oload 1
            iconst 0
            call socket.listen (I)V
            oload 1
            call socket.close ()V
            oload 1
            call socket.accept ()O
            opop
            ret
        end
        """;

    static final String[] CASES = { "badPort", "inUse", "unknownHost", "refused", "notOpen", "notData", "closedListener" };

    /** Each case called in a try block whose handler prints the error. */
    private static String cases() {
        StringBuilder b = new StringBuilder();
        for (String c : CASES) {
            b.append("""
                t_%1$s:
                    this
                    call Client.%1$s ()V
                    goto n_%1$s
                e_%1$s:
                    ostore 1
                    new tty
                    oldc "caught: "
                    oload 1
                    call object.toString ()O
                    call string.concat (O)O
                    call tty.println (O)V
                n_%1$s:
                    catch t_%1$s e_%1$s e_%1$s error
                """.formatted(c));
        }
        return b.toString();
    }

    @Test public void aClientConnectsTalksAndEveryBadCallIsAnErrorTheProgramCatches() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) { free = s.getLocalPort(); }
        try (ServerSocket server = new ServerSocket(0); VmHarness vm = new VmHarness()) {
            int port = server.getLocalPort();
            Thread peer = new Thread(() -> {
                try (Socket s = server.accept()) {
                    String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                    s.getOutputStream().write(("hello " + line + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            peer.start();
            long objects = vm.space.stats().liveObjects();
            String out = vm.run(CLIENT.replace("%CASES%", cases()).replace("%SERVER%", "" + port).replace("%FREE%", "" + free));
            peer.join(10_000);
            assertEquals("got hello hi\n"
                + "socket connected to 127.0.0.1:" + port + "\n"
                + "end of stream\n"
                + "caught: error: socket.listen: bad port 70000 (0 for any, or 1..65535)\n"
                + "caught: error: socket.listen: port " + port + " is in use\n"
                + "caught: error: socket.connect: unknown host 'no-such-host.invalid'\n"
                + "caught: error: socket.connect: cannot connect to 127.0.0.1:" + free + ": connection refused\n"
                + "caught: error: socket.readLine: readLine on a socket that is not open\n"
                + "caught: error: socket.sendTo: expected a string or a binary, got int\n"
                + "caught: error: socket.accept: accept on a socket that is closed\n", out);
            assertTrue("the program's sockets were freed: " + (vm.space.stats().liveObjects() - objects),
                vm.space.stats().liveObjects() - objects < 50);
        }
    }

    @Test public void theNetEchoExampleEchoes() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        String src = VmHarness.example("net-echo.pasm");
        assertTrue(src.contains("iconst 7777"));
        try (VmHarness vm = new VmHarness()) {
            vm.load(src.replace("iconst 7777", "iconst " + port));
            long t = vm.rt.newThread("NetEcho");
            try (Runner r = new Runner(vm, t)) {
                await(vm, "^echo server listening on port " + port + "$");
                try (Client c = new Client(port)) {
                    assertEquals("echo: hello", c.ask("hello"));
                    await(vm, "^client 127\\.0\\.0\\.1:" + c.socket.getLocalPort() + "$");
                }
                await(vm, "^client gone$");
            }
        }
    }
}
