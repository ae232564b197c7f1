package phantom.space.impl;

import static phantom.space.impl.Layout.*;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The page checksums of a cleanly closed space, in {@code space.sums} beside it
 * (docs/object-layout.md): one CRC32C per page below the page bump pointer, written and forced
 * before the clean flag. A clean flag is believed only when every page matches, so a byte that
 * changed on disk while the system was stopped is found before a program can read it.
 */
final class PageSums {
    static final long MAGIC = 0x3130534D55534850L; // "PHSUMS01" little endian
    static final int VERSION = 1;
    static final int HEADER = 64;
    /** CRC32C of a page of zeros: every page above the bump pointer, and every page a new space has. */
    static final int ZERO_PAGE = crc(ByteBuffer.allocate(PAGE_SIZE));
    private static final int CHUNK = 256; // pages read at a time when checking

    private PageSums() {}

    static Path pathOf(Path spaceFile) {
        return spaceFile.resolveSibling(spaceFile.getFileName().toString().replaceFirst("\\.mem$", "") + ".sums");
    }

    static int crc(ByteBuffer page) {
        CRC32C c = new CRC32C();
        c.update(page);
        return (int) c.getValue();
    }

    /** The checksum of page {@code p} as it is when closed cleanly: page 0 with its clean flag counted as 0. */
    static int pageCrc(ByteBuffer page, long p) {
        if (p != 0) return crc(page);
        ByteBuffer copy = ByteBuffer.allocate(PAGE_SIZE).order(ByteOrder.LITTLE_ENDIAN).put(page).flip();
        copy.putInt(S_CLEAN, 0);
        return crc(copy);
    }

    static int pageCrc(MemorySegment seg, long p) {
        return pageCrc(seg.asSlice(p << PAGE_SHIFT, PAGE_SIZE).asByteBuffer(), p);
    }

    /** Writes the table for a space created at {@code created} and forces it to disk. */
    static void write(Path sums, long created, int[] table) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(HEADER + 4 * table.length).order(ByteOrder.LITTLE_ENDIAN);
        b.position(HEADER);
        b.asIntBuffer().put(table);
        b.putLong(0, MAGIC).putInt(8, VERSION).putInt(12, PAGE_SHIFT).putLong(16, table.length).putLong(24, created);
        b.putInt(32, crc(b.duplicate().position(HEADER)));
        b.putInt(HEADER - 4, crc(b.duplicate().position(0).limit(HEADER - 4)));
        b.position(0);
        try (FileChannel ch = FileChannel.open(sums, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        }
    }

    /** The table in {@code sums} for a space created at {@code created}, or an IOException saying why it cannot be used. */
    static int[] read(Path sums, long created) throws IOException {
        byte[] all;
        try {
            all = Files.readAllBytes(sums);
        } catch (NoSuchFileException e) {
            throw new IOException("its page checksums (" + sums.getFileName() + ") are missing");
        }
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        if (all.length < HEADER || b.getLong(0) != MAGIC || b.getInt(8) != VERSION
            || crc(b.duplicate().position(0).limit(HEADER - 4)) != b.getInt(HEADER - 4)) {
            throw new IOException("its page checksums (" + sums.getFileName() + ") have a damaged header");
        }
        long n = b.getLong(16);
        if (b.getLong(24) != created) throw new IOException("its page checksums (" + sums.getFileName() + ") belong to another space");
        if (n < 0 || all.length != HEADER + 4 * n || crc(b.duplicate().position(HEADER)) != b.getInt(32)) {
            throw new IOException("its page checksums (" + sums.getFileName() + ") are damaged");
        }
        int[] t = new int[(int) n];
        b.position(HEADER).asIntBuffer().get(t);
        return t;
    }

    /** Every page of {@code ch} (a space file) that does not match {@code table}, one line each, at most {@code limit}. */
    static List<String> check(FileChannel ch, Path file, int[] table, int limit) throws IOException {
        List<String> bad = new ArrayList<>();
        ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK * PAGE_SIZE);
        for (long first = 0; first < table.length && bad.size() < limit; first += CHUNK) {
            buf.clear();
            int want = (int) Math.min(CHUNK, table.length - first) * PAGE_SIZE;
            buf.limit(want);
            while (buf.hasRemaining() && ch.read(buf, first * PAGE_SIZE + buf.position()) >= 0) { /* fill */ }
            for (int i = 0; i * PAGE_SIZE < want && bad.size() < limit; i++) {
                long p = first + i;
                ByteBuffer page = buf.duplicate().position(i * PAGE_SIZE).limit((i + 1) * PAGE_SIZE).slice();
                if (pageCrc(page, p) != table[(int) p]) {
                    bad.add(file + ": page " + p + " (bytes " + (p << PAGE_SHIFT) + ".." + ((p + 1) << PAGE_SHIFT) + ") fails its checksum");
                }
            }
        }
        return bad;
    }
}
