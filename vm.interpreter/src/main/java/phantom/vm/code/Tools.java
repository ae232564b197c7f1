package phantom.vm.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line assembler and disassembler ({@code ./phantom asm}, {@code ./phantom disasm}).
 * Errors are one line on stderr and exit code 1; usage errors exit 2.
 */
public final class Tools {
    private Tools() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length < 2 || !(args[0].equals("asm") || args[0].equals("disasm"))) {
            System.err.println("usage: phantom asm FILE.pasm [-o DIR]   |   phantom disasm FILE.phc");
            return 2;
        }
        try {
            if (args[0].equals("asm")) {
                Path src = Path.of(args[1]);
                Path out = args.length >= 4 && args[2].equals("-o") ? Path.of(args[3]) : src.toAbsolutePath().getParent();
                if (args.length != 2 && args.length != 4) {
                    System.err.println("phantom: asm takes FILE.pasm [-o DIR]");
                    return 2;
                }
                List<ClassFile> classes = Assembler.assemble(Files.readString(src, StandardCharsets.UTF_8));
                Files.createDirectories(out);
                for (ClassFile cf : classes) {
                    Path f = out.resolve(cf.name() + ".phc");
                    Files.write(f, cf.toBytes());
                    System.out.println(f);
                }
            } else {
                ClassFile cf = ClassFile.parse(Files.readAllBytes(Path.of(args[1])));
                System.out.print(Disassembler.disassemble(cf));
            }
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("phantom: no such file: " + e.getFile());
        } catch (IOException e) {
            System.err.println("phantom: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            System.err.println("phantom: " + args[1] + ": " + e.getMessage());
        }
        return 1;
    }
}
