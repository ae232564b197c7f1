package phantom.space.impl;

import static phantom.space.impl.Layout.*;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import phantom.api.space.SpaceFormatException;

/**
 * Offline check of a data directory's {@code space.mem} (part of {@code ./phantom image
 * verify}): header, allocator state and, after a clean close, every page against its checksum.
 * Only reads. Exit code 0 when intact (or not closed cleanly but with a snapshot store to
 * restore it from), 1 when damaged, 2 on a bad command line.
 */
public final class SpaceVerifier {
    static final int LIMIT = 1000;

    private SpaceVerifier() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SpaceVerifier DATA_DIR");
            System.exit(2);
        }
        System.exit(verify(Path.of(args[0]), System.out) ? 0 : 1);
    }

    /** Prints what it finds, one line per problem; true when nothing is damaged. */
    static boolean verify(Path dir, PrintStream out) {
        Path file = dir.resolve(SpaceComponent.FILE_NAME);
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                out.println(file + ": absent (a start restores it from the snapshot store, or creates it)");
                return true;
            }
            SpaceFile.checkHeader(file);
            ByteBuffer b = ByteBuffer.allocate(STATE_END).order(ByteOrder.LITTLE_ENDIAN);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                while (b.hasRemaining() && ch.read(b) >= 0) { /* fill */ }
            }
            b.clear();
            if (b.getInt(S_CLEAN) != 1) return notClean(dir, file, out);
            return cleanFile(file, b, out);
        } catch (SpaceFormatException e) {
            out.println(e.getMessage());
            return false;
        } catch (IOException e) {
            out.println(file + ": cannot be read: " + e.getMessage());
            return false;
        }
    }

    private static boolean notClean(Path dir, Path file, PrintStream out) throws IOException {
        Path store = dir.resolve("snapshots.img");
        if (Files.exists(store) && Files.size(store) > 0) {
            out.println(file + ": not closed cleanly (killed or still running): a start restores it from " + store);
            return true;
        }
        out.println(file + ": DAMAGED: not closed cleanly and there is no snapshot store to restore it from"
            + " (a start refuses it; --open-as-is opens it as it is)");
        return false;
    }

    private static boolean cleanFile(Path file, ByteBuffer header, PrintStream out) throws IOException {
        String claim = file + ": DAMAGED: closed cleanly, but ";
        if (header.getInt(S_STATE_CRC) != SpaceFile.stateCrc(MemorySegment.ofBuffer(header))) {
            out.println(claim + "the allocator state (bytes " + STATE_START + ".." + STATE_END + ") fails its checksum");
            return false;
        }
        int[] sums;
        try {
            sums = PageSums.read(PageSums.pathOf(file), header.getLong(S_CREATED));
        } catch (IOException e) {
            out.println(claim + e.getMessage());
            return false;
        }
        long used = header.getLong(A_PAGE_BUMP) >>> PAGE_SHIFT;
        if (sums.length != used) {
            out.println(claim + "its page checksums cover " + sums.length + " pages and it uses " + used);
            return false;
        }
        List<String> bad;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            bad = PageSums.check(ch, file, sums, LIMIT);
        }
        for (String line : bad) out.println(line.replaceFirst(": page", ": DAMAGED: page"));
        if (bad.size() == LIMIT) out.println(file + ": ... stopped after " + LIMIT + " damaged pages");
        if (bad.isEmpty()) out.println(file + ": intact (closed cleanly; " + used + " pages checked)");
        return bad.isEmpty();
    }
}
