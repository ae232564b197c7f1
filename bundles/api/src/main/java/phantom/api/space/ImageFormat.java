package phantom.api.space;

/**
 * Byte offsets of the space image that readers outside the space bundle need: the cycle
 * collector walks and marks a frozen snapshot of the image, not the live space. The space
 * bundle's layout is defined in terms of these; docs/object-layout.md describes them.
 * All multi-byte values are little endian.
 */
public final class ImageFormat {
    private ImageFormat() {}

    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;

    /** Allocator state in page 0: the next never-used page address (the end of the heap). */
    public static final int A_PAGE_BUMP = 256;
    /** Allocator state in page 0: large objects allocated and not freed. */
    public static final int A_LARGE_LIVE = 280;
    /** Size-class table in page 0: one entry per class. */
    public static final int CLASS_TABLE = 512;
    public static final int CLASS_ENTRY = 64;
    /** In a class entry: where the class carves its next object, and the end of its current run. */
    public static final int C_CURSOR = 8;
    public static final int C_LIMIT = 16;
    /** In a class entry: objects of the class allocated and not freed. */
    public static final int C_LIVE = 24;
    /** Root slots: {@link #ROOT_COUNT} references at this address. */
    public static final int ROOTS = 4096;
    public static final int ROOT_COUNT = 64;
    /** First address an object can have. */
    public static final long FIRST_OBJECT = 2L * PAGE_SIZE;

    // object header (32 bytes)
    public static final int H_CLASS = 0;
    public static final int H_COUNT = 8;
    public static final int H_FLAGS = 12;
    public static final int H_SIZE_CLASS = 14;
    public static final int H_REFS = 16;
    public static final int H_DATA = 20;
    /** serial &lt;&lt; 6 | size class: differs between two objects allocated at one address. */
    public static final int H_INCARNATION = 24;
    public static final int HEADER = 32;
    /** In a free page run's header: the pages of the run. */
    public static final int H_RUN_PAGES = 16;

    public static final short F_FREE = 1;
    /** Size class of an object on its own page run. */
    public static final short LARGE = 0x3F;
    /** Pages a size class takes at a time; its objects are carved from the run's start. */
    public static final int RUN_PAGES = 16;

    private static final int[] CLASS_SIZES = {
        32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
        640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096 };

    public static final int SIZE_CLASSES = CLASS_SIZES.length;

    /** Bytes of an object of size class {@code c} (header included). */
    public static int classSize(int c) { return CLASS_SIZES[c]; }

    /** Bytes an object with these fields takes (header included, before size-class rounding). */
    public static long objectBytes(int refSlots, int dataBytes) {
        return HEADER + 8L * refSlots + ((dataBytes + 7L) & ~7L);
    }
}
