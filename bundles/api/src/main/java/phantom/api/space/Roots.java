package phantom.api.space;

/** Indices of the well-known root slots, fixed by the image format. */
public final class Roots {
    /** The root object of the whole system: everything live is reachable from the roots. */
    public static final int SYSTEM = 0;
    /** The class registry: class name to class object. */
    public static final int CLASSES = 1;
    /** The list of VM threads. */
    public static final int THREADS = 2;
    /** The class every immediate integer is an instance of. */
    public static final int INT_CLASS = 3;
    /** The VM's table of held object monitors. */
    public static final int MONITORS = 4;
    /** The socket class's table of listeners and UDP sockets, opened again after a restart. */
    public static final int SOCKETS = 5;
    /** The VM's preallocated "out of memory" error, thrown when the space cannot hold even a new error. */
    public static final int OUT_OF_MEMORY = 6;
    /** The space's table of bytes held per allocation owner (see ObjectSpace.setAllocationOwner). */
    public static final int OWNERS = 7;
    /** The first root not reserved by the system. */
    public static final int FIRST_FREE = 8;

    private Roots() {}
}
