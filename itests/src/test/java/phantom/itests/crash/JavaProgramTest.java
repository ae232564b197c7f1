package phantom.itests.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

import org.junit.Test;

/**
 * Java programs compiled by javac run in the real system through the JVM front end (bundles/jvm):
 * the same output as on the JVM, exit 0; a program using what is not translated yet is refused
 * with its class, method, line and instruction, exit 1.
 */
public class JavaProgramTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");

    record Result(int code, String out) {}

    private static Path work() throws Exception {
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        return Files.createTempDirectory(work, "java-");
    }

    /** Compiles a test resource with javac (in process); returns the folder of its classes. */
    private static Path compile(String name) throws Exception {
        Path dir = work();
        Path src = dir.resolve(name + ".java");
        Files.copy(Path.of("src/test/resources/java", name + ".java"), src);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), src.toString());
        assertEquals("javac " + name, 0, rc);
        return dir;
    }

    private static Result exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("ends by itself", p.waitFor(90, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    private static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    private static Result inTheVm(Path classFile) throws Exception {
        Path data = work();
        return exec(new ArrayList<>(List.of(java(), "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
            "-jar", LAUNCHER.toString(), "--web", "off", "--data", data.resolve("data").toString(), "--deploy",
            data.resolve("deploy").toString(), "--capacity", "64m", "--run", classFile.toString())));
    }

    @Test public void aJavaProgramPrintsInTheVmWhatItPrintsOnTheJvm() throws Exception {
        Path dir = compile("Arith");
        Result jvm = exec(List.of(java(), "-cp", dir.toString(), "Arith"));
        assertEquals(jvm.out(), 0, jvm.code());
        assertTrue(jvm.out(), jvm.out().contains("20! = 2432902008176640000"));
        Result vm = inTheVm(dir.resolve("Arith.class"));
        assertEquals(vm.out(), 0, vm.code());
        assertTrue("the VM printed the JVM's output:\n" + jvm.out() + "\nbut printed:\n" + vm.out(), vm.out().contains(jvm.out()));
    }

    @Test public void objectsOfTheProgramsClassesBehaveAsOnTheJvm() throws Exception {
        Path dir = compile("Objects");
        Result jvm = exec(List.of(java(), "-cp", dir.toString(), "Objects"));
        assertEquals(jvm.out(), 0, jvm.code());
        Result vm = inTheVm(dir.resolve("Objects.class"));
        assertEquals(vm.out(), 0, vm.code());
        assertTrue("the VM printed the JVM's output:\n" + jvm.out() + "\nbut printed:\n" + vm.out(), vm.out().contains(jvm.out()));
    }

    @Test public void whatIsNotTranslatedYetIsRefusedWithWhereAndWhat() throws Exception {
        Path dir = compile("Unsupported");
        Result vm = inTheVm(dir.resolve("Unsupported.class"));
        assertEquals(vm.out(), 1, vm.code());
        assertTrue(vm.out(), vm.out().contains("Unsupported.main([Ljava/lang/String;)V (line 4): ") && vm.out().contains("java.io.File"));
    }
}
