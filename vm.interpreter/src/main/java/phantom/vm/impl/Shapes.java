package phantom.vm.impl;

/**
 * Layouts of the objects the VM itself defines in the space (docs/bytecode.md, "Objects of
 * the VM"). Reference slots first, then data offsets in bytes.
 */
final class Shapes {
    private Shapes() {}

    // class object
    // C_PREVIOUS: the version history (a node [class file, older node]; in spaces made before
    // patching, the previous class object); for an indirect variant, its base version.
    // C_INDIRECT: the version's indirect variant (absent in class objects made before patching)
    // C_SINGLETON: the class's one instance for `singleton` (absent in class objects made before it)
    static final int C_NAME = 0, C_SUPER = 1, C_FILE = 2, C_CONSTANTS = 3, C_PREVIOUS = 4, C_INDIRECT = 5, C_SINGLETON = 6, C_REFS = 7;
    static final int C_FLAGS = 0, C_VERSION = 4, C_OBJ_FIELDS = 8, C_INT_FIELDS = 12, C_DATA = 16;
    /** FLAG_INDIRECT: a version's indirect variant (docs/bytecode.md, "Class versions"). */
    static final int FLAG_INTERNAL = 1, FLAG_INDIRECT = 2;
    // a version history node: refs [class file, older node]
    static final int H_FILE = 0, H_OLDER = 1, H_REFS = 2;

    // frame: refs [class, caller, olocals..., ostack...]; data [method, pc, isp, osp, ilocals..., istack...]
    static final int F_CLASS = 0, F_CALLER = 1, F_LOCALS = 2;
    static final int F_METHOD = 0, F_PC = 4, F_ISP = 8, F_OSP = 12, F_INTS = 16;

    // thread: refs [top frame, name, failure, spare frame, carrier claim]; data [id, state, priority, wakeAt, wait ticket, wait depth, call depth, control]
    // the claim is an immediate token of the carrier running a slice, taken by compare-and-set
    static final int T_FRAME = 0, T_NAME = 1, T_FAILURE = 2, T_SPARE = 3, T_CARRIER = 4, T_REFS = 5;
    static final int T_ID = 0, T_STATE = 8, T_PRIORITY = 12, T_WAKE = 16, T_WAIT_TICKET = 24, T_WAIT_DEPTH = 32, T_CALL_DEPTH = 40,
        T_CONTROL = 48, T_DATA = 56;
    /** Thread objects made before T_CALL_DEPTH / T_CONTROL existed are smaller: check dataBytes before reading these. */
    static final int T_DATA_WITH_DEPTH = 48;
    /**
     * KILLED: vm:kill asked the thread to end; its next slice ends it (the scheduler still holds
     * it, so only the thread itself may leave the thread list). Works in every thread layout.
     */
    static final int RUNNABLE = 0, SLEEPING = 1, FINISHED = 2, FAILED = 3, KILLED = 4;
    /** T_CONTROL bits, set by the shell at a safepoint: a suspended thread runs no slice until resumed. */
    static final int CONTROL_SUSPENDED = 1;
    /** Set by the thread itself (thread.fail): when it ends, it counts as failed, however it ends. */
    static final int CONTROL_FAILED = 2;
    /** Set by thread.setDaemon: the thread does not keep a one-shot run going. */
    static final int CONTROL_DAEMON = 4;

    // array (the VM's lists and the array class): refs [backing]; data [size]
    static final int A_BACKING = 0, A_SIZE = 0, A_REFS = 1, A_DATA = 8;

    // error: refs [message]
    /** error: its message, and the backtrace of where the VM raised it (absent in errors made before it was kept). */
    static final int E_MESSAGE = 0, E_WHERE = 1, E_REFS = 2;

    /** Classes the VM defines itself, beside the core internal classes of the bundles. */
    static final String FRAME = "frame", ERROR = "error", CLASSFILE = "classfile", BACKING = "backing";

    /** Classes with no bundle of their own: their object methods go to the object class. */
    static boolean isBuiltin(String name) {
        return name.equals(FRAME) || name.equals(ERROR) || name.equals(CLASSFILE) || name.equals(BACKING) || isTypedArray(name);
    }

    /** The classes of newarray's and anewarray's arrays (int[], object[], Foo[], int[][] ...): the VM's own, with no bundle. */
    static boolean isTypedArray(String name) {
        return name.endsWith("[]");
    }
}
