package phantom.itests.crash;

import static org.junit.Assert.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * Issue 18: the real launcher as a process with --run: its exit code and its one-line message
 * for every way a program can fail before it runs, and the stack trace of one that dies.
 */
public class RunExitCodeTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");

    record Result(int code, String out) {}

    private static Result run(String... args) throws Exception { return runWith(List.of(), args); }

    private static Result runWith(List<String> jvmOptions, String... args) throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path data = Files.createTempDirectory(work, "run-");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", LAUNCHER.toString(), "--data", data.resolve("data").toString(), "--deploy", data.resolve("deploy").toString(), "--capacity", "64m"));
        cmd.addAll(List.of(args));
        // to a file: a long log must not fill the pipe and stop the launcher
        Path log = data.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        assertTrue("the launcher ends by itself (no hang): " + Files.readString(log), ended);
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path source(String text) throws IOException {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path f = Files.createTempFile(work, "prog", ".pasm");
        Files.writeString(f, text);
        return f;
    }

    /** The bug: a program that did not assemble, verify or load ended `./phantom run` with exit code 0. */
    @Test public void aProgramThatDoesNotVerifyExitsOneWithItsMessage() throws Exception {
        Result r = run("--run", source("class Bad\nmethod main ()V\n    iadd\n    ret\nend\n").toString());
        assertEquals(r.out, 1, r.code());
        assertTrue(r.out, r.out.contains("phantom: cannot run "));
        assertTrue(r.out, r.out.contains("offset 0 (line 3): iadd: integer stack underflow"));
    }

    @Test public void aProgramThatDoesNotAssembleExitsOne() throws Exception {
        Result r = run("--run", source("class Bad\nmethod main ()V\n    frobnicate\nend\n").toString());
        assertEquals(r.out, 1, r.code());
        assertTrue(r.out, r.out.contains("line 3: unknown instruction 'frobnicate'"));
    }

    @Test public void aProgramWithoutMainExitsOne() throws Exception {
        Result r = run("--run", source("class NoMain\nmethod other ()V\n    ret\nend\n").toString());
        assertEquals(r.out, 1, r.code());
        assertTrue(r.out, r.out.contains("has no class with a main method"));
    }

    /** The bug: a VM property it refuses failed the VM's activation, and the launcher waited for the VM until killed. */
    @Test public void aBadVmPropertyExitsOneWithItsMessageNotAHang() throws Exception {
        Result r = runWith(List.of("-Dphantom.vm.jit.threshold=abc"), "--run", Path.of("../examples/hello.pasm").toAbsolutePath().toString());
        assertEquals(r.out, 1, r.code());
        assertTrue(r.out, r.out.contains("phantom.vm.jit.threshold must be a number >= 0"));
        assertTrue(r.out, r.out.contains("phantom: the program did not run: the VM failed to start"));
    }

    /** The bug: a capacity too small for the VM left the launcher waiting for it forever. */
    @Test public void aTooSmallCapacityIsAUsageError() throws Exception {
        Result r = run("--run", source("class A\nmethod main ()V\n    ret\nend\n").toString(), "--capacity", "1m");
        assertEquals(r.out, 2, r.code());
        assertTrue(r.out, r.out.contains("too small"));
    }

    @Test public void aProgramThatDiesExitsOneWithAStackTrace() throws Exception {
        Result r = run("--run", Path.of("../examples/exceptions.pasm").toAbsolutePath().toString());
        assertEquals(r.out, 1, r.code());
        assertTrue(r.out, r.out.contains("died: uncaught string: nobody catches this"));
        assertTrue(r.out, r.out.contains("    at Exceptions.main()V (line 39, pc 78)"));
    }

    /** The bug: with the JLine shell, every run without a terminal printed JLine's "Unable to create a system terminal" warning. */
    @Test public void aProgramThatEndsWellExitsZeroAndPrintsOnlyItsOutput() throws Exception {
        Result r = run("--run", Path.of("../examples/hello.pasm").toAbsolutePath().toString());
        assertEquals(r.out, 0, r.code());
        assertEquals("Hello, world\n", r.out);
    }
}
