package phantom.space.impl;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import phantom.api.space.ImageFormat;

/**
 * Byte offsets of the space file and of object headers. All multi-byte values are little
 * endian whatever the host, so an image written on one processor opens on another. The
 * format is described in docs/object-layout.md; change both together.
 */
final class Layout {
    private Layout() {}

    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    // ---- pages
    static final int PAGE_SHIFT = ImageFormat.PAGE_SHIFT;
    static final int PAGE_SIZE = 1 << PAGE_SHIFT;

    // ---- space header, page 0
    /** "PHSPACE1" read as a little-endian long. */
    static final long MAGIC = 0x3145434150534850L;
    static final int FORMAT_VERSION = 1;
    static final int BYTE_ORDER_MARK = 0x01020304;
    static final int S_MAGIC = 0;
    static final int S_VERSION = 8;
    static final int S_PAGE_SHIFT = 12;
    static final int S_CAPACITY = 16;
    static final int S_CREATED = 24;
    static final int S_BOM = 32;
    static final int S_HEADER_CRC = 36;     // CRC32C of bytes [0, 36)
    static final int S_CLEAN = 40;          // 1 after a clean close, 0 while open
    static final int S_STATE_CRC = 44;      // CRC32C of the allocator state at the clean close
    static final int S_HEADER_CRC_END = 36;

    // allocator state: [STATE_START, STATE_END)
    static final int STATE_START = 256;
    static final int A_PAGE_BUMP = ImageFormat.A_PAGE_BUMP;      // next never-used page address
    static final int A_LARGE_FREE = 264;     // head of the free page-run list
    static final int A_LARGE_FREE_BYTES = 272;
    static final int A_LARGE_LIVE = ImageFormat.A_LARGE_LIVE;
    static final int A_LARGE_LIVE_BYTES = 288;
    static final int A_LARGE_REQUESTED = 296;
    static final int A_LARGE_SERIAL = 304;
    static final int A_RUN_BYTES = 312;      // bytes of page runs handed to size classes

    static final int CLASS_TABLE = ImageFormat.CLASS_TABLE;
    static final int CLASS_ENTRY = ImageFormat.CLASS_ENTRY;
    static final int C_FREE_HEAD = 0;
    static final int C_CURSOR = ImageFormat.C_CURSOR;
    static final int C_LIMIT = ImageFormat.C_LIMIT;
    static final int C_LIVE = ImageFormat.C_LIVE;
    static final int C_FREE_COUNT = 32;
    static final int C_REQUESTED = 40;
    static final int C_SERIAL = 48;

    static final int ROOTS = ImageFormat.ROOTS;
    static final int ROOT_COUNT = ImageFormat.ROOT_COUNT;
    static final int STATE_END = ROOTS + ROOT_COUNT * 8;

    /** First address an object can have: pages 0 and 1 hold the header, allocator and roots. */
    static final long FIRST_OBJECT_PAGE = ImageFormat.FIRST_OBJECT;

    // ---- object header (32 bytes)
    static final int H_CLASS = ImageFormat.H_CLASS;       // class reference; next link while free
    static final int H_COUNT = ImageFormat.H_COUNT;       // reference count
    static final int H_FLAGS = ImageFormat.H_FLAGS;      // short
    static final int H_SIZE_CLASS = ImageFormat.H_SIZE_CLASS; // short: size class, LARGE for page runs
    static final int H_REFS = ImageFormat.H_REFS;       // int: reference slots
    static final int H_DATA = ImageFormat.H_DATA;       // int: data bytes
    static final int H_INCARNATION = ImageFormat.H_INCARNATION;// long: serial << 6 | size class
    static final int HEADER = ImageFormat.HEADER;
    /** Free page run: pages in the run, over the refs/data fields. */
    static final int H_RUN_PAGES = ImageFormat.H_RUN_PAGES;

    static final short F_FREE = ImageFormat.F_FREE;
    /** Flags bits 1..7: the allocation owner (0: the system). */
    static final int OWNER_SHIFT = 1;
    /** Flags the collectors may use; the allocator clears them on allocation. */
    static final short F_GC_MASK = (short) 0xFF00;

    static final short LARGE = ImageFormat.LARGE;

    /** Counts at or above this stick: never decremented, left to the cycle collector. */
    static final int STICKY = 1 << 30;

    // ---- size classes: object bytes including the header
    static final int[] CLASS_SIZES = buildSizes();

    private static int[] buildSizes() {
        int[] s = new int[ImageFormat.SIZE_CLASSES];
        for (int i = 0; i < s.length; i++) s[i] = ImageFormat.classSize(i);
        return s;
    }
    static final int CLASSES = CLASS_SIZES.length;
    static final int MAX_SMALL = 4096;
    /** Pages a size class takes from the page allocator at a time. */
    static final int RUN_PAGES = ImageFormat.RUN_PAGES;

    /** Size class index for {@code bytes} (header included), or -1 for a large object. */
    static int sizeClass(long bytes) {
        if (bytes > MAX_SMALL) return -1;
        // small table: linear probe over at most 27 entries happens rarely thanks to the lookup below
        int idx = SMALL_LOOKUP[(int) ((bytes + 15) >>> 4)];
        return idx;
    }

    /** Class index for every size rounded up to 16 bytes. */
    private static final byte[] SMALL_LOOKUP = buildLookup();

    private static byte[] buildLookup() {
        byte[] t = new byte[MAX_SMALL / 16 + 1];
        int c = 0;
        for (int i = 0; i < t.length; i++) {
            int bytes = i * 16;
            while (CLASS_SIZES[c] < bytes) c++;
            t[i] = (byte) c;
        }
        return t;
    }

    static long objectBytes(int refSlots, int dataBytes) {
        return HEADER + 8L * refSlots + ((dataBytes + 7L) & ~7L);
    }

    static long pagesFor(long bytes) {
        return (bytes + PAGE_SIZE - 1) >>> PAGE_SHIFT;
    }
}
