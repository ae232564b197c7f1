package phantom.kernel.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Another process that holds an OS lock on a file (what a running Phantom does) until closed. */
final class LockingProcess implements AutoCloseable {
    private static final String SOURCE = String.join("\n",
        "import java.nio.channels.FileChannel;",
        "import java.nio.file.*;",
        "public class Hold {",
        "  public static void main(String[] a) throws Exception {",
        "    try (FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.READ, StandardOpenOption.WRITE);",
        "         var l = ch.lock()) {",
        "      System.out.println(\"locked\");",
        "      System.in.read();",
        "    }",
        "  }",
        "}");
    private final Process process;

    LockingProcess(Path file) throws IOException {
        Path src = Files.createTempDirectory(Path.of("target"), "hold").resolve("Hold.java");
        Files.writeString(src, SOURCE);
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), src.toString(),
            file.toString()).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream())).readLine();
        if (!"locked".equals(line)) throw new IOException("the locking process did not start: " + line);
    }

    /** True when another process can take the file's lock now (it takes it and lets go at once). */
    static boolean otherProcessCanLock(Path file) throws Exception {
        Path src = Files.createTempDirectory(Path.of("target"), "try").resolve("Try.java");
        Files.writeString(src, String.join("\n",
            "import java.nio.channels.FileChannel;",
            "import java.nio.file.*;",
            "public class Try {",
            "  public static void main(String[] a) throws Exception {",
            "    try (FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {",
            "      System.out.println(ch.tryLock() != null ? \"free\" : \"held\");",
            "    }",
            "  }",
            "}"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), src.toString(),
            file.toString()).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
        p.waitFor();
        return "free".equals(line);
    }

    @Override public void close() throws Exception {
        process.getOutputStream().close();
        process.waitFor();
    }
}
