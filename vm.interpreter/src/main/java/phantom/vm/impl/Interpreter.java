package phantom.vm.impl;

import static phantom.vm.impl.Shapes.*;

import java.util.Arrays;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.classes.VmError;
import phantom.api.driver.Console;
import phantom.api.kernel.Executor.Outcome;
import phantom.api.kernel.Executor.SafepointFlag;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.SpaceFullException;
import phantom.vm.code.ClassFile;
import phantom.vm.code.Descriptor;
import phantom.vm.code.Op;

/**
 * Runs one slice of one VM thread. Frames live in Java arrays while the slice runs, as a CPU
 * keeps its register windows: the top frame in this object's register arrays, its callers made
 * in this slice in the window below it. A call pushes the caller into the window and starts the
 * callee in fresh registers; a return pops it back. Neither touches the object space. Only
 * when the slice ends (a yield at a safepoint check, a blocking call) are the frames still live
 * written to the space: each window frame made in this slice gets its frame object then
 * ({@link #materialize}), so between slices the whole thread is in the space. A return past the
 * window's bottom loads the caller from the space. VM calls never recurse on the Java stack.
 * One instance per carrier thread; not thread-safe.
 *
 * <p>Deferred reference counting (Deutsch and Bobrow): references in the registers and in the
 * window hold no count, so reading, copying, passing and dropping a reference write nothing.
 * Only a store into an object counts it. An object whose count drops to zero is not freed at
 * once: the space records it ({@link ObjectSpace#setDeferredFrees}) and frees it when no slice
 * runs, if its count is still zero ({@link VmRuntime#leaveSlice}). A slice's end writes the live
 * registers into frame objects, where they are counted like any slot, so between slices every
 * reference a thread holds is counted. A reference a helper returns with a count (a new object)
 * gives that count up on its way into a register ({@link #adopt}).
 */
public final class Interpreter implements NativeCall {
    private static final int CALL_LENGTH = 3;

    private final VmRuntime rt;
    final ObjectSpace s; // compiled code reads and writes fields through it too

    // registers of the top frame
    private long[] ol = new long[16], os = new long[16], il = new long[16], is = new long[16];
    private long thread, frame;
    private ClassInfo cls;
    private ClassFile.Method m;
    private int mIndex;
    private byte[] code;
    private int pc, osp, isp;

    // the window: callers of the top frame still in Java; entry wd-1 is the top's caller. Only the
    // bottom entry can have a frame object (it was loaded from the space); the others get one when
    // the slice ends. Each entry keeps its arrays when popped, for the next call at that depth.
    private int wd;
    private long[] wFrame = new long[16];
    private ClassInfo[] wCls = new ClassInfo[16];
    private ClassFile.Method[] wM = new ClassFile.Method[16];
    private int[] wMIndex = new int[16], wPc = new int[16], wOsp = new int[16], wIsp = new int[16];
    private long[][] wOl = new long[16][], wOs = new long[16][], wIl = new long[16][], wIs = new long[16][];
    /** Frames above the thread's first (its call depth); written to the thread object when a slice ends. */
    private int depth;
    private boolean threadHasDepth;

    private boolean blockAfterCall;
    private long retryAfter = -1;
    private String retryEvent;
    // small direct-mapped cache of the registry lookup (calls and returns touch few classes)
    private final long[] cachedRefs = new long[16];
    private final ClassInfo[] cachedClasses = new ClassInfo[16];
    final long[] argO = new long[256], argI = new long[256]; // compiled code passes arguments here too

    private final int maxFrames;

    public Interpreter(VmRuntime rt) {
        this.rt = rt;
        this.s = rt.space;
        this.maxFrames = rt.limits.maxFrames();
    }

    /** A thrown VM exception travelling through the Java code of the interpreter. */
    private static final class VmThrow extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long exception;

        VmThrow(long exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }

    /** A counted reference becomes a register's (uncounted): at zero it waits in the zero-count table. */
    private long adopt(long v) {
        s.release(v);
        if (s.deferredBytes() >= rt.reclaimBytes) tableFull = true;
        return v;
    }

    /**
     * Set when what waits in the zero-count table grew past the runtime's limit: the slice ends at
     * its next call or backward jump, so the next slice's start frees the table (a loop that
     * allocates and drops big arrays would otherwise fill the space within one slice).
     */
    private boolean tableFull;

    static long newFrame(VmRuntime rt, ClassInfo.Target t) {
        return newFrame(rt, t.owner, t.method, t.methodIndex);
    }

    static long newFrame(VmRuntime rt, ClassInfo owner, ClassFile.Method m, int methodIndex) {
        long f = rt.space.allocate(rt.frameClass, F_LOCALS + m.maxOLocals() + m.maxOStack(),
            F_INTS + 8 * (m.maxILocals() + m.maxIStack()));
        rt.space.setRef(f, F_CLASS, owner.ref);
        rt.space.setInt(f, F_METHOD, methodIndex);
        return f;
    }

    // ------------------------------------------------------------------ frames

    /** The thread's spare frame if it is big enough (the common case: recursion), else a new one. */
    private long frameFor(ClassInfo owner, ClassFile.Method cm, int methodIndex) {
        long spare = s.exchangeRef(thread, T_SPARE, Ref.NULL);
        if (spare != Ref.NULL) {
            if (s.refSlots(spare) >= F_LOCALS + cm.maxOLocals() + cm.maxOStack()
                && s.dataBytes(spare) >= F_INTS + 8 * (cm.maxILocals() + cm.maxIStack())) {
                if (s.getRef(spare, F_CLASS) != owner.ref) s.setRef(spare, F_CLASS, owner.ref);
                s.setInt(spare, F_METHOD, methodIndex);
                return spare;
            }
            s.release(spare);
        }
        return newFrame(rt, owner, cm, methodIndex);
    }

    /** Pushes the top frame into the window (the registers' arrays go with it; the top takes the entry's spare ones). */
    private void pushWindow() {
        if (wd == wFrame.length) growWindow();
        int i = wd++;
        wFrame[i] = frame;
        wCls[i] = cls;
        wM[i] = m;
        wMIndex[i] = mIndex;
        wPc[i] = pc;
        wOsp[i] = osp;
        wIsp[i] = isp;
        long[] t;
        t = wOl[i]; wOl[i] = ol; ol = t != null ? t : new long[16];
        t = wOs[i]; wOs[i] = os; os = t != null ? t : new long[16];
        t = wIl[i]; wIl[i] = il; il = t != null ? t : new long[16];
        t = wIs[i]; wIs[i] = is; is = t != null ? t : new long[16];
    }

    /** Makes the window's top entry the top frame again (the popped top's arrays stay as the entry's spares). */
    private void popWindow() {
        int i = --wd;
        frame = wFrame[i];
        cls = wCls[i];
        m = wM[i];
        mIndex = wMIndex[i];
        code = m.code();
        pc = wPc[i];
        osp = wOsp[i];
        isp = wIsp[i];
        long[] t;
        t = wOl[i]; wOl[i] = ol; ol = t;
        t = wOs[i]; wOs[i] = os; os = t;
        t = wIl[i]; wIl[i] = il; il = t;
        t = wIs[i]; wIs[i] = is; is = t;
        wCls[i] = null;
        wM[i] = null;
    }

    private void growWindow() {
        int n = wFrame.length * 2;
        wFrame = Arrays.copyOf(wFrame, n);
        wCls = Arrays.copyOf(wCls, n);
        wM = Arrays.copyOf(wM, n);
        wMIndex = Arrays.copyOf(wMIndex, n);
        wPc = Arrays.copyOf(wPc, n);
        wOsp = Arrays.copyOf(wOsp, n);
        wIsp = Arrays.copyOf(wIsp, n);
        wOl = Arrays.copyOf(wOl, n);
        wOs = Arrays.copyOf(wOs, n);
        wIl = Arrays.copyOf(wIl, n);
        wIs = Arrays.copyOf(wIs, n);
    }

    /**
     * Writes every live frame to the space, so the thread's whole state is there when the slice
     * ends: frame objects for the window entries and the top made in this slice (all allocated
     * before anything moves, so a full space changes nothing and fails as a catchable error at
     * the current instruction), linked caller by caller under the thread, then every entry's
     * registers spilled into its frame.
     */
    private void materialize() {
        int missing = frame == Ref.NULL ? 1 : 0;
        for (int i = 0; i < wd; i++) if (wFrame[i] == Ref.NULL) missing++;
        if (missing > 0) allocateFrames(missing);
        for (int i = 0; i < wd; i++) {
            spillInto(wFrame[i], wM[i], wPc[i], wOsp[i], wIsp[i], wOl[i], wOs[i], wIl[i], wIs[i]);
            wCls[i] = null;
            wM[i] = null;
        }
        // a deep slice (up to one call per instruction of the budget) leaves no big Java arrays behind
        for (int i = KEPT_ENTRIES; i < wOl.length && wOl[i] != null; i++) wOl[i] = wOs[i] = wIl[i] = wIs[i] = null;
        wd = 0;
        spill();
    }

    private static final int KEPT_ENTRIES = 256;

    private void allocateFrames(int missing) {
        long[] made = new long[missing];
        int k = 0;
        try {
            for (int i = 0; i < wd; i++) if (wFrame[i] == Ref.NULL) made[k++] = frameFor(wCls[i], wM[i], wMIndex[i]);
            if (frame == Ref.NULL) made[k++] = frameFor(cls, m, mIndex);
        } catch (SpaceFullException e) {
            for (int j = 0; j < k; j++) s.release(made[j]);
            throw e;
        }
        k = 0;
        // the thread's frame slot owns the top frame, each frame's caller slot owns its caller
        for (int i = 0; i < wd; i++) {
            if (wFrame[i] != Ref.NULL) continue;
            long f = made[k++];
            s.exchangeRef(f, F_CALLER, s.exchangeRef(thread, T_FRAME, f));
            wFrame[i] = f;
        }
        if (frame == Ref.NULL) {
            long f = made[k];
            s.exchangeRef(f, F_CALLER, s.exchangeRef(thread, T_FRAME, f));
            frame = f;
        }
    }

    private int seenClassEpoch;

    private ClassInfo info(long classRef) {
        int slot = (int) (classRef >>> 5) & 15;
        if (cachedRefs[slot] == classRef && cachedClasses[slot] != null) return cachedClasses[slot];
        ClassInfo c = rt.info(classRef);
        cachedRefs[slot] = classRef;
        cachedClasses[slot] = c;
        return c;
    }

    private void load(long f) {
        frame = f;
        cls = info(s.getRef(f, F_CLASS));
        mIndex = s.getInt(f, F_METHOD);
        m = cls.file.methods().get(mIndex);
        code = m.code();
        pc = s.getInt(f, F_PC);
        isp = s.getInt(f, F_ISP);
        osp = s.getInt(f, F_OSP);
        int mol = m.maxOLocals(), mil = m.maxILocals();
        fitRegisters(mol, m.maxOStack(), mil, m.maxIStack());
        // the frame keeps its counted copies until the next spill replaces them
        for (int i = 0; i < mol; i++) ol[i] = s.getRef(f, F_LOCALS + i);
        for (int i = 0; i < osp; i++) os[i] = s.getRef(f, F_LOCALS + mol + i);
        s.readLongs(f, F_INTS, il, 0, mil);
        if (isp > 0) s.readLongs(f, F_INTS + 8 * mil, is, 0, isp);
    }

    private void spill() {
        spillInto(frame, m, pc, osp, isp, ol, os, il, is);
    }

    private void spillInto(long f, ClassFile.Method m, int pc, int osp, int isp, long[] ol, long[] os, long[] il, long[] is) {
        s.setInt(f, F_PC, pc);
        s.setInt(f, F_ISP, isp);
        s.setInt(f, F_OSP, osp);
        int mol = m.maxOLocals(), mil = m.maxILocals();
        // registers are uncounted: the frame's slots count what they now hold (unchanged slots cost nothing)
        for (int i = 0; i < mol; i++) {
            storeSlot(f, F_LOCALS + i, ol[i]);
            ol[i] = Ref.NULL;
        }
        for (int i = 0; i < osp; i++) {
            storeSlot(f, F_LOCALS + mol + i, os[i]);
            os[i] = Ref.NULL;
        }
        clearSlots(f, F_LOCALS + mol + osp);
        if (mil > 0) s.writeLongs(f, F_INTS, il, 0, mil);
        if (isp > 0) s.writeLongs(f, F_INTS + 8 * mil, is, 0, isp);
    }

    private void storeSlot(long f, int slot, long v) {
        if (s.getRef(f, slot) != v) s.setRef(f, slot, v);
    }

    /** Drops what a frame object's slots from {@code from} on still count from an earlier spill. */
    private void clearSlots(long f, int from) {
        for (int i = from, n = s.refSlots(f); i < n; i++) if (s.getRef(f, i) != Ref.NULL) s.setRef(f, i, Ref.NULL);
    }

    /**
     * Drops the top frame's references and makes its caller the top: from the window, or loaded
     * from the space when the top is the window's bottom. False when the top was the thread's
     * first frame (nothing is left).
     */
    private boolean returnToCaller() {
        osp = 0;
        isp = 0;
        depth--;
        if (wd > 0) {
            popWindow(); // made in this slice or loaded: either way no frame object to unlink
            return true;
        }
        long caller = s.exchangeRef(frame, F_CALLER, Ref.NULL);
        clearSlots(frame, F_LOCALS); // what its last spill counted
        long old = s.exchangeRef(thread, T_FRAME, caller);
        // keep the empty frame for the next call instead of freeing it (it holds only its class)
        s.release(s.exchangeRef(thread, T_SPARE, old));
        frame = Ref.NULL;
        if (caller == Ref.NULL) return false;
        load(caller);
        return true;
    }

    // ------------------------------------------------------------------ slices

    public Outcome run(long thread, int budget, SafepointFlag safepoint) {
        this.thread = thread;
        this.safepoint = safepoint;
        wd = 0;
        // what the slice allocates (frames, strings, instances, what internal classes make) is its program's
        int owner = s.setAllocationOwner(rt.ownerOf(thread));
        rt.enterSlice();
        s.beginSlice(); // the zero counts this slice makes, and the blocks it allocates from, are the carrier's own
        waitingForMemory = false;
        try {
            return slice(budget, safepoint);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the catch-all at the slice boundary: no Java exception leaves the interpreter (a Java
            // heap exhausted by one big request is usable again once it failed; the caps keep it rare)
            return die(e);
        } finally {
            try {
                s.endSlice(); // back in the shared table and free lists before the slice ends, where reclaiming and snapshots find them
                if (rt.memory.anyWaiting()) rt.memory.settle(thread, waitingForMemory);
            } finally {
                // whatever failed above, the slice ends: a slice left open would keep every reclaiming and safepoint waiting
                rt.leaveSlice();
                s.setAllocationOwner(owner);
                this.thread = Ref.NULL;
            }
        }
    }

    private Outcome slice(int budget, SafepointFlag safepoint) {
        int state = s.getInt(thread, T_STATE);
        if (state == FINISHED || state == FAILED) return Outcome.FINISHED;
        if (state == KILLED) return killed();
        if (rt.isSuspended(thread)) return Outcome.BLOCKED;
        long wake = s.getLong(thread, T_WAKE);
        if (wake != 0) {
            // a call waiting for an event runs again when the event came, else at its deadline
            if (!rt.endWait(thread, rt.clock().wallMillis() >= wake)) return Outcome.BLOCKED;
            s.setLong(thread, T_WAKE, 0);
            s.setInt(thread, T_STATE, RUNNABLE);
        }
        long f = s.getRef(thread, T_FRAME);
        if (f == Ref.NULL) return finish(FINISHED);
        if (seenClassEpoch != rt.classEpoch) {
            // an internal class's table changed (its bundle was updated): cached class infos may be stale
            seenClassEpoch = rt.classEpoch;
            java.util.Arrays.fill(cachedClasses, null);
        }
        // threads made before the call depth was kept (a smaller thread object) count from here
        threadHasDepth = s.dataBytes(thread) >= T_DATA_WITH_DEPTH;
        depth = threadHasDepth ? s.getInt(thread, T_CALL_DEPTH) : 0;
        load(f);
        Outcome o = execute(budget, safepoint);
        // with the frames, not per call: a finished thread's object may be gone already
        if (o != Outcome.FINISHED && threadHasDepth) s.setInt(thread, T_CALL_DEPTH, depth);
        return o;
    }

    /**
     * A failure the VM cannot turn into a program exception (a VM bug, or no space left even for
     * the error): the thread ends as failed with the message on the console. The registers are
     * dropped without releasing them, as they may be half-updated: a leak, never a double free.
     */
    private Outcome die(Throwable e) {
        Arrays.fill(ol, Ref.NULL);
        Arrays.fill(os, Ref.NULL);
        for (int i = 0; i < wd; i++) {
            if (wOl[i] != null) Arrays.fill(wOl[i], Ref.NULL);
            if (wOs[i] != null) Arrays.fill(wOs[i], Ref.NULL);
            wCls[i] = null;
            wM[i] = null;
        }
        wd = 0;
        frame = Ref.NULL;
        String msg = "thread " + safeId() + " died: internal error: " + e;
        try {
            Console c = rt.console();
            if (c != null) c.print(msg + "\n");
        } catch (RuntimeException ignored) {
            // the console is gone: the state below still says how the thread ended
        }
        lastEnd = FAILED;
        try {
            s.setInt(thread, T_STATE, FAILED);
            rt.finish(thread);
        } catch (RuntimeException ignored) {
            // a thread object the VM cannot even update: it is not run again (the scheduler drops it)
        }
        return Outcome.FINISHED;
    }

    /** Ends a thread vm:kill marked: its frames go with the thread object; it counts as failed for ./phantom run. */
    private Outcome killed() {
        Console c = rt.console();
        if (c != null) c.print("thread " + rt.threadId(thread) + " (" + rt.threadName(thread) + ") killed\n");
        rt.forgetWaits(thread);
        return finish(FAILED);
    }

    private String safeId() {
        try {
            return Long.toString(rt.threadId(thread));
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /**
     * The program exception for a Java exception raised while executing an instruction: a VM
     * exception, a VM error from a helper, or a full space (catchable, like Java's
     * OutOfMemoryError). Anything else is rethrown and kills the thread cleanly.
     */
    private long exceptionFor(RuntimeException e) {
        if (e instanceof VmThrow t) return t.exception;
        if (e instanceof VmError) return adopt(rt.newError(e.getMessage()));
        if (e instanceof SpaceFullException full) {
            try {
                return adopt(rt.newError(outOfMemory(full)));
            } catch (SpaceFullException noRoomForTheError) {
                return adopt(rt.outOfMemoryError());
            }
        }
        throw e;
    }

    /**
     * The instructions that allocate before they change anything (their operands still on the
     * stacks, pc at the instruction): a full space there can be waited out and the instruction
     * run again. Calls are not among them: an internal method may have acted before it failed.
     */
    private static boolean restartsOnFullSpace(byte op) {
        return switch (op) {
            case 99, 107, 109, 127, (byte) 145, (byte) 154, (byte) 157, (byte) 158, (byte) 159 -> true; // new, boxl, boxd, newarray, singleton, backtrace, oclone, anewarray, newlike
            default -> false;
        };
    }

    /** Set when the slice ends because its thread waits for memory: its wait is not over. */
    private boolean waitingForMemory;

    /**
     * A full space at an instruction that can run again: the thread waits for a round of
     * freeing (the zero-count table, a snapshot, a cycle collection) and then retries it. Null
     * when it is to get its out-of-memory error instead: a round since its wait did not help,
     * or not even its frames fit.
     */
    private Outcome waitForMemory(int at, int o, int i) {
        long now = rt.clock().wallMillis();
        if (!rt.memory.shouldWait(thread, now)) return null;
        Outcome out;
        try {
            out = yieldAt(at, o, i, Outcome.BLOCKED);
        } catch (SpaceFullException noRoomForTheFrames) {
            rt.memory.forget(thread);
            return null;
        }
        waitingForMemory = true;
        s.setLong(thread, T_WAKE, now + MemoryWaits.POLL_MILLIS);
        rt.awaitEvent(MemoryWaits.EVENT, thread);
        return out;
    }

    /** The message of a full space; when it was the program's share that ran out, with the setting that decides it. */
    private String outOfMemory(SpaceFullException e) {
        String m = String.valueOf(e.getMessage());
        if (!m.startsWith("space quota")) return "out of memory: " + m;
        return "out of memory: " + m + " (each program may hold phantom.vm.limit.programSpacePercent="
            + rt.limits.programSpacePercent() + "% of the space)";
    }

    /** How the last thread that finished on this interpreter ended: FINISHED or FAILED (its object may be gone). */
    int lastEnd;

    private Outcome finish(int how) {
        if (how == FINISHED && rt.hasControl(thread) && (s.getInt(thread, T_CONTROL) & CONTROL_FAILED) != 0) how = FAILED;
        lastEnd = how;
        s.setInt(thread, T_STATE, how);
        rt.finish(thread);
        return Outcome.FINISHED;
    }

    /** Ends the slice at {@code at}: every live frame goes to the space. */
    private Outcome yieldAt(int at, int o, int i, Outcome outcome) {
        pc = at;
        osp = o;
        isp = i;
        materialize();
        return outcome;
    }

    private Outcome execute(int budget, SafepointFlag safepoint) {
        long[] ol = this.ol, os = this.os, il = this.il, is = this.is;
        byte[] code = this.code;
        int pc = this.pc, osp = this.osp, isp = this.isp;
        while (true) {
            try {
                while (true) {
                    budget--;
                    int op = code[pc];
                    switch (op) {
                        case 0 -> pc++; // nop
                        case 1 -> { is[isp++] = s32(code, pc + 1); pc += 5; } // iconst
                        case 2 -> { is[isp++] = poolBits(u16(code, pc + 1)); pc += 3; } // ildc
                        case 3 -> { // oldc
                            os[osp++] = s.getRef(cls.constants, u16(code, pc + 1));
                            pc += 3;
                        }
                        case 4 -> { os[osp++] = Ref.NULL; pc++; }
                        case 5, 6, 7, 8 -> { is[isp++] = il[code[pc + 1] & 0xFF]; pc += 2; }
                        case 9, 10, 11, 12 -> { il[code[pc + 1] & 0xFF] = is[--isp]; pc += 2; }
                        case 13 -> { // oload
                            os[osp++] = ol[code[pc + 1] & 0xFF];
                            pc += 2;
                        }
                        case 14 -> { // ostore
                            ol[code[pc + 1] & 0xFF] = os[--osp];
                            pc += 2;
                        }
                        case 15 -> { int i = code[pc + 1] & 0xFF; il[i] = (int) (il[i] + code[pc + 2]); pc += 3; }
                        case 16 -> { isp--; pc++; }
                        case 17 -> { is[isp] = is[isp - 1]; isp++; pc++; }
                        case 18 -> { long t = is[isp - 1]; is[isp - 1] = is[isp - 2]; is[isp - 2] = t; pc++; }
                        case 19 -> { osp--; pc++; }
                        case 20 -> { os[osp] = os[osp - 1]; osp++; pc++; }
                        case 21 -> { long t = os[osp - 1]; os[osp - 1] = os[osp - 2]; os[osp - 2] = t; pc++; }
                        case 22 -> { isp--; is[isp - 1] = (int) (is[isp - 1] + is[isp]); pc++; }
                        case 23 -> { isp--; is[isp - 1] = (int) (is[isp - 1] - is[isp]); pc++; }
                        case 24 -> { isp--; is[isp - 1] = (int) (is[isp - 1] * is[isp]); pc++; }
                        case 25 -> { isp--; is[isp - 1] = (int) is[isp - 1] / nonZeroInt(is[isp]); pc++; }
                        case 26 -> { isp--; is[isp - 1] = (int) is[isp - 1] % nonZeroInt(is[isp]); pc++; }
                        case 27 -> { is[isp - 1] = -(int) is[isp - 1]; pc++; }
                        case 28 -> { isp--; is[isp - 1] &= is[isp]; pc++; }
                        case 29 -> { isp--; is[isp - 1] = (int) (is[isp - 1] | is[isp]); pc++; }
                        case 30 -> { isp--; is[isp - 1] = (int) (is[isp - 1] ^ is[isp]); pc++; }
                        case 31 -> { isp--; is[isp - 1] = (int) is[isp - 1] << (int) is[isp]; pc++; }
                        case 32 -> { isp--; is[isp - 1] = (int) is[isp - 1] >> (int) is[isp]; pc++; }
                        case 33 -> { isp--; is[isp - 1] = (int) is[isp - 1] >>> (int) is[isp]; pc++; }
                        case 34 -> { isp--; is[isp - 1] += is[isp]; pc++; }
                        case 35 -> { isp--; is[isp - 1] -= is[isp]; pc++; }
                        case 36 -> { isp--; is[isp - 1] *= is[isp]; pc++; }
                        case 37 -> { isp--; is[isp - 1] /= nonZeroLong(is[isp]); pc++; }
                        case 38 -> { isp--; is[isp - 1] %= nonZeroLong(is[isp]); pc++; }
                        case 39 -> { is[isp - 1] = -is[isp - 1]; pc++; }
                        case 40 -> { isp--; is[isp - 1] &= is[isp]; pc++; }
                        case 41 -> { isp--; is[isp - 1] |= is[isp]; pc++; }
                        case 42 -> { isp--; is[isp - 1] ^= is[isp]; pc++; }
                        case 43 -> { isp--; is[isp - 1] <<= (int) is[isp]; pc++; }
                        case 44 -> { isp--; is[isp - 1] >>= (int) is[isp]; pc++; }
                        case 45 -> { isp--; is[isp - 1] >>>= (int) is[isp]; pc++; }
                        case 46 -> { isp--; is[isp - 1] = f(fv(is[isp - 1]) + fv(is[isp])); pc++; }
                        case 47 -> { isp--; is[isp - 1] = f(fv(is[isp - 1]) - fv(is[isp])); pc++; }
                        case 48 -> { isp--; is[isp - 1] = f(fv(is[isp - 1]) * fv(is[isp])); pc++; }
                        case 49 -> { isp--; is[isp - 1] = f(fv(is[isp - 1]) / fv(is[isp])); pc++; }
                        case 50 -> { isp--; is[isp - 1] = f(fv(is[isp - 1]) % fv(is[isp])); pc++; }
                        case 51 -> { is[isp - 1] = f(-fv(is[isp - 1])); pc++; }
                        case 52 -> { isp--; is[isp - 1] = d(dv(is[isp - 1]) + dv(is[isp])); pc++; }
                        case 53 -> { isp--; is[isp - 1] = d(dv(is[isp - 1]) - dv(is[isp])); pc++; }
                        case 54 -> { isp--; is[isp - 1] = d(dv(is[isp - 1]) * dv(is[isp])); pc++; }
                        case 55 -> { isp--; is[isp - 1] = d(dv(is[isp - 1]) / dv(is[isp])); pc++; }
                        case 56 -> { isp--; is[isp - 1] = d(dv(is[isp - 1]) % dv(is[isp])); pc++; }
                        case 57 -> { is[isp - 1] = d(-dv(is[isp - 1])); pc++; }
                        // i2l: ints are kept sign-extended; i2fbits, d2lbits, l2dbits: a float is held as its
                        // int bits (sign-extended too), a double as its long bits: only the kind changes
                        case 58, (byte) 147, (byte) 148, (byte) 149 -> pc++;
                        case 59 -> { is[isp - 1] = f((float) (int) is[isp - 1]); pc++; }
                        case 60 -> { is[isp - 1] = d((double) (int) is[isp - 1]); pc++; }
                        case 61, (byte) 146 -> { is[isp - 1] = (int) is[isp - 1]; pc++; } // l2i, f2ibits
                        case 62 -> { is[isp - 1] = f((float) is[isp - 1]); pc++; }
                        case 63 -> { is[isp - 1] = d((double) is[isp - 1]); pc++; }
                        case 64 -> { is[isp - 1] = (int) fv(is[isp - 1]); pc++; }
                        case 65 -> { is[isp - 1] = (long) fv(is[isp - 1]); pc++; }
                        case 66 -> { is[isp - 1] = d(fv(is[isp - 1])); pc++; }
                        case 67 -> { is[isp - 1] = (int) dv(is[isp - 1]); pc++; }
                        case 68 -> { is[isp - 1] = (long) dv(is[isp - 1]); pc++; }
                        case 69 -> { is[isp - 1] = f((float) dv(is[isp - 1])); pc++; }
                        case 70 -> { isp--; is[isp - 1] = Long.compare(is[isp - 1], is[isp]); pc++; }
                        case 71 -> { isp--; is[isp - 1] = cmp(fv(is[isp - 1]), fv(is[isp])); pc++; }
                        case 72 -> { isp--; is[isp - 1] = cmp(dv(is[isp - 1]), dv(is[isp])); pc++; }
                        case 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89 -> {
                            boolean jump;
                            switch (op) {
                                case 73 -> jump = true;
                                case 74 -> jump = is[--isp] == 0;
                                case 75 -> jump = is[--isp] != 0;
                                case 76 -> jump = is[--isp] < 0;
                                case 77 -> jump = is[--isp] >= 0;
                                case 78 -> jump = is[--isp] > 0;
                                case 79 -> jump = is[--isp] <= 0;
                                case 80 -> { isp -= 2; jump = is[isp] == is[isp + 1]; }
                                case 81 -> { isp -= 2; jump = is[isp] != is[isp + 1]; }
                                case 82 -> { isp -= 2; jump = is[isp] < is[isp + 1]; }
                                case 83 -> { isp -= 2; jump = is[isp] >= is[isp + 1]; }
                                case 84 -> { isp -= 2; jump = is[isp] > is[isp + 1]; }
                                case 85 -> { isp -= 2; jump = is[isp] <= is[isp + 1]; }
                                case 86, 87 -> {
                                    jump = (os[--osp] == Ref.NULL) == (op == 86);
                                }
                                default -> {
                                    long b = os[--osp], a = os[--osp];
                                    jump = (a == b) == (op == 88);
                                }
                            }
                            if (jump) {
                                int off = s32(code, pc + 1);
                                pc += off;
                                if (off <= 0) {
                                    if (budget <= 0 || safepoint.requested()) return yieldAt(pc, osp, isp, Outcome.YIELDED);
                                    ClassInfo.Target self = cls.own[mIndex];
                                    if (self.jit != null || ++self.jitLoops >= LOOPS_TO_COMPILE) {
                                        this.pc = pc;
                                        this.osp = osp;
                                        this.isp = isp;
                                        this.budget = budget;
                                        Outcome o;
                                        try {
                                            o = loopInCompiledCode(self);
                                        } catch (RuntimeException e) {
                                            budget = this.budget;
                                            if (!unwind(exceptionFor(e))) return Outcome.FINISHED;
                                            ol = this.ol; os = this.os; il = this.il; is = this.is;
                                            code = this.code;
                                            pc = this.pc; osp = this.osp; isp = this.isp;
                                            continue;
                                        }
                                        budget = this.budget;
                                        if (o != null) return o;
                                        ol = this.ol; os = this.os; il = this.il; is = this.is;
                                        code = this.code;
                                        pc = this.pc; osp = this.osp; isp = this.isp;
                                    }
                                }
                            } else {
                                pc += 5;
                            }
                        }
                        case 90 -> { // tableswitch
                            int key = (int) is[--isp];
                            int low = s32(code, pc + 1), high = s32(code, pc + 5);
                            int off = key < low || key > high ? s32(code, pc + 9) : s32(code, pc + 13 + 4 * (key - low));
                            pc += off;
                            if (off <= 0 && (budget <= 0 || safepoint.requested())) return yieldAt(pc, osp, isp, Outcome.YIELDED);
                        }
                        case 91 -> { // ogetf
                            os[osp++] = s.getRef(ol[0], code[pc + 1] & 0xFF);
                            pc += 2;
                        }
                        case 92 -> { s.setRef(ol[0], code[pc + 1] & 0xFF, os[--osp]); pc += 2; }
                        case 93, 95, 97 -> { is[isp++] = s.getLong(ol[0], 8 * (code[pc + 1] & 0xFF)); pc += 2; }
                        case 94, 96, 98 -> { s.setLong(ol[0], 8 * (code[pc + 1] & 0xFF), is[--isp]); pc += 2; }
                        case 99 -> {
                            long v = adopt(rt.newInstance(resolveClass(u16(code, pc + 1))));
                            os[osp++] = v;
                            pc += 3;
                            if (tableFull) { tableFull = false; budget = 0; }
                        }
                        case 100 -> { os[osp++] = ol[0]; pc++; }
                        case 101 -> { os[osp++] = thread; pc++; }
                        case 102 -> { os[osp++] = resolveClass(u16(code, pc + 1)).ref; pc += 3; }
                        case 103 -> { // instanceof
                            String name = resolveClass(u16(code, pc + 1)).name;
                            long v = os[--osp];
                            is[isp++] = isInstance(v, name) ? 1 : 0;
                            pc += 3;
                        }
                        case 104 -> { // checkcast
                            long v = os[osp - 1];
                            ClassInfo c = resolveClass(u16(code, pc + 1));
                            if (v != Ref.NULL && !isInstance(v, c.name)) {
                                throw vmError("cannot cast " + className(v) + " to " + c.name);
                            }
                            pc += 3;
                        }
                        case 105 -> { long v = Ref.ofInt(is[--isp]); os[osp++] = v; pc++; }
                        case 106 -> {
                            long v = os[osp - 1];
                            if (!Ref.isInt(v) || Ref.intValue(v) != (int) Ref.intValue(v)) throw vmError("unbox of " + className(v) + ", not an int");
                            osp--;
                            is[isp++] = Ref.intValue(v);
                            pc++;
                        }
                        case 107 -> { long v = adopt(boxLong(is[isp - 1])); isp--; os[osp++] = v; pc++; }
                        case 108 -> { long n = unboxLong(os[osp - 1]); is[isp++] = n; osp--; pc++; }
                        case 109 -> { long v = adopt(boxDouble(dv(is[isp - 1]))); isp--; os[osp++] = v; pc++; }
                        case 110 -> { long n = d(unboxDouble(os[osp - 1])); is[isp++] = n; osp--; pc++; }
                        case 111, 112 -> { // call, callstatic
                            this.pc = pc;
                            this.osp = osp;
                            this.isp = isp;
                            Outcome o;
                            this.budget = budget; // compiled code spends it too
                            try {
                                o = call(op == 111, u16(code, pc + 1));
                            } catch (RuntimeException e) {
                                budget = this.budget;
                                // the fields, not the locals, know how far the call got
                                if (!unwind(exceptionFor(e))) return Outcome.FINISHED;
                                ol = this.ol; os = this.os; il = this.il; is = this.is;
                                code = this.code;
                                pc = this.pc; osp = this.osp; isp = this.isp;
                                continue;
                            }
                            budget = this.budget;
                            if (o != null) return o;
                            ol = this.ol; os = this.os; il = this.il; is = this.is;
                            code = this.code;
                            pc = this.pc; osp = this.osp; isp = this.isp;
                            if (tableFull) { tableFull = false; budget = 0; } // an internal method's result went to the table
                            if (budget <= 0 || safepoint.requested()) return yieldAt(pc, osp, isp, Outcome.YIELDED);
                        }
                        case 113, 114, 115 -> { // ret, iret, oret
                            long ival = op == 114 ? is[isp - 1] : 0;
                            long oval = Ref.NULL;
                            if (op == 115) oval = os[--osp];
                            this.osp = osp;
                            this.isp = isp;
                            if (!returnToCaller()) {
                                return finish(FINISHED);
                            }
                            ol = this.ol; os = this.os; il = this.il; is = this.is;
                            code = this.code;
                            pc = afterReturn(this.pc); osp = this.osp; isp = this.isp;
                            if (op == 114) is[isp++] = ival;
                            else if (op == 115) os[osp++] = oval;
                        }
                        case 116 -> { // throw
                            long v = os[--osp];
                            if (v == Ref.NULL) v = adopt(rt.newError("throw of null"));
                            throw new VmThrow(v);
                        }
                        case 117 -> { // menter
                            long v = os[osp - 1];
                            if (!Ref.isObject(v)) throw vmError("monitor enter on " + Ref.toString(v));
                            if (!rt.monitors.enter(v, rt.threadId(thread))) {
                                // contended: retry this instruction after a short wait (the frames first: that may fail)
                                Outcome o = yieldAt(pc, osp, isp, Outcome.BLOCKED);
                                s.setLong(thread, T_WAKE, rt.clock().wallMillis() + 1);
                                return o;
                            }
                            osp--;
                            pc++;
                        }
                        case 118 -> { // mexit
                            long v = os[osp - 1];
                            if (!rt.monitors.exit(v, rt.threadId(thread))) throw vmError("monitor exit by a thread that does not hold it");
                            osp--;
                            pc++;
                        }
                        case 119, 120, 121, 122, 123, 124, 125, 126 -> { // ogetfield .. dputfield
                            this.pc = pc;
                            this.osp = osp;
                            this.isp = isp;
                            namedField(op);
                            ol = this.ol; os = this.os; il = this.il; is = this.is;
                            code = this.code;
                            pc = this.pc; osp = this.osp; isp = this.isp;
                        }
                        case 127 -> { // newarray
                            long v = adopt(rt.newArray(code[pc + 1] & 0xFF, (int) is[isp - 1]));
                            isp--;
                            os[osp++] = v;
                            pc += 2;
                            if (tableFull) { tableFull = false; budget = 0; }
                        }
                        case (byte) 158 -> { // anewarray
                            long v = adopt(rt.newArray(referenceArrayOf(u16(code, pc + 1)), is[isp - 1]));
                            isp--;
                            os[osp++] = v;
                            pc += 3;
                            if (tableFull) { tableFull = false; budget = 0; }
                        }
                        case (byte) 159 -> { // newlike
                            long v = adopt(rt.newLike(os[osp - 1], is[isp - 1]));
                            isp--;
                            os[osp - 1] = v;
                            pc++;
                            if (tableFull) { tableFull = false; budget = 0; }
                        }
                        case (byte) 128 -> { // arraylength
                            long a = os[osp - 1];
                            is[isp++] = arrayLength(a, "arraylength");
                            osp--;
                            pc++;
                        }
                        case (byte) 129 -> { // oaload
                            long a = os[osp - 1];
                            long v = s.getRef(a, element(a, is[isp - 1], 0, op));
                            isp--;
                            os[osp - 1] = v;
                            pc++;
                        }
                        case (byte) 130 -> { // oastore: the element counts the value
                            long a = os[osp - 2];
                            int at = element(a, is[isp - 1], 0, op);
                            long v = os[osp - 1];
                            if (v != Ref.NULL && s.classOf(a) != rt.arrayClasses[0]) checkStore(a, v);
                            s.setRef(a, at, v);
                            isp--;
                            osp -= 2;
                            pc++;
                        }
                        case (byte) 131, (byte) 133, (byte) 135, (byte) 137, (byte) 139, (byte) 141, (byte) 143 -> { // baload .. daload
                            long a = os[osp - 1];
                            int at = element(a, is[isp - 1], Op.of(op).arrayKind(), op);
                            is[isp - 1] = switch (op) {
                                case (byte) 131 -> s.getByte(a, at);
                                case (byte) 133 -> (s.getByte(a, at) & 0xFF) | (s.getByte(a, at + 1) & 0xFF) << 8;
                                case (byte) 135 -> (short) ((s.getByte(a, at) & 0xFF) | (s.getByte(a, at + 1) & 0xFF) << 8);
                                case (byte) 137, (byte) 141 -> s.getInt(a, at);
                                default -> s.getLong(a, at);
                            };
                            osp--;
                            pc++;
                        }
                        case (byte) 132, (byte) 134, (byte) 136, (byte) 138, (byte) 140, (byte) 142, (byte) 144 -> { // bastore .. dastore
                            long a = os[osp - 1];
                            int at = element(a, is[isp - 2], Op.of(op).arrayKind(), op);
                            long v = is[isp - 1];
                            switch (op) {
                                case (byte) 132 -> s.setByte(a, at, (byte) v);
                                case (byte) 134, (byte) 136 -> { s.setByte(a, at, (byte) v); s.setByte(a, at + 1, (byte) (v >> 8)); }
                                case (byte) 138, (byte) 142 -> s.setInt(a, at, (int) v);
                                default -> s.setLong(a, at, v);
                            }
                            isp -= 2;
                            osp--;
                            pc++;
                        }
                        case (byte) 145 -> { os[osp++] = adopt(rt.singleton(resolveClass(u16(code, pc + 1)))); pc += 3; } // singleton
                        case (byte) 150 -> { // spawn
                            long v = os[osp - 1];
                            if (!Ref.isObject(v)) throw vmError("spawn on " + Ref.toString(v));
                            long t = rt.spawn(v);
                            if (t == Ref.NULL) throw vmError("spawn: class " + className(v) + " has no method run ()V");
                            os[osp - 1] = adopt(t);
                            pc++;
                        }
                        case (byte) 151 -> { // mwait
                            long v = os[osp - 1];
                            if (!Ref.isObject(v)) throw vmError("wait on " + Ref.toString(v));
                            if (!waitDone(v, is[isp - 1])) {
                                // the instruction runs again when notified or due: the frames first, then the wake time
                                long wake = waitWake;
                                Outcome o = yieldAt(pc, osp, isp, Outcome.BLOCKED);
                                s.setLong(thread, T_WAKE, wake);
                                return o;
                            }
                            osp--;
                            is[isp - 1] = waitNotified ? 1 : 0;
                            pc++;
                        }
                        case (byte) 155 -> { is[isp - 1] = d(Math.sqrt(dv(is[isp - 1]))); pc++; } // dsqrt
                        case (byte) 157 -> { // oclone
                            long v = os[osp - 1];
                            os[osp - 1] = adopt(shallowCopy(v));
                            pc++;
                        }
                        case (byte) 156 -> { // ohash: object's own hashCode, which a class's override does not change
                            long v = os[--osp];
                            is[isp++] = AbstractInternalClass.identityHash(v);
                            pc++;
                        }
                        case (byte) 154 -> { // backtrace: of this thread (null), or of where the VM raised an error
                            long v = os[osp - 1];
                            long text;
                            if (v == Ref.NULL) {
                                text = adopt(newString(backtrace(pc)));
                            } else if (className(v).equals(ERROR) && s.refSlots(v) > E_WHERE && s.getRef(v, E_WHERE) != Ref.NULL) {
                                text = s.getRef(v, E_WHERE);
                            } else {
                                text = adopt(newString(""));
                            }
                            os[osp - 1] = text;
                            pc++;
                        }
                        case (byte) 152, (byte) 153 -> { // mnotify, mnotifyall
                            long v = os[osp - 1];
                            if (!Ref.isObject(v) || !rt.monitors.notify(v, rt.threadId(thread), op == (byte) 153, rt::wakeThread)) {
                                throw vmError("notify by a thread that does not hold the monitor");
                            }
                            osp--;
                            pc++;
                        }
                        // fields of this through the extension object in slot 0 (code of an indirect variant)
                        case (byte) 200 -> { os[osp++] = s.getRef(s.getRef(ol[0], 0), code[pc + 1] & 0xFF); pc += 2; }
                        case (byte) 201 -> { s.setRef(s.getRef(ol[0], 0), code[pc + 1] & 0xFF, os[--osp]); pc += 2; }
                        case (byte) 202, (byte) 204, (byte) 206 -> { is[isp++] = s.getLong(s.getRef(ol[0], 0), 8 * (code[pc + 1] & 0xFF)); pc += 2; }
                        case (byte) 203, (byte) 205, (byte) 207 -> { s.setLong(s.getRef(ol[0], 0), 8 * (code[pc + 1] & 0xFF), is[--isp]); pc += 2; }
                        // fields of this in code of a replaced version: by name in the instance's own layout
                        case (byte) 210, (byte) 211, (byte) 212, (byte) 213, (byte) 214, (byte) 215, (byte) 216, (byte) 217 -> {
                            int x = op & 0xFF; // the VM's own opcodes are above 127: negative bytes
                            boolean object = x == 210 || x == 211;
                            long base = staleFieldBase(object, code[pc + 1] & 0xFF);
                            int slot = staleSlot;
                            switch (x) {
                                case 210 -> os[osp++] = s.getRef(base, slot);
                                case 211 -> s.setRef(base, slot, os[--osp]);
                                case 212, 214, 216 -> is[isp++] = s.getLong(base, 8 * slot);
                                default -> s.setLong(base, 8 * slot, is[--isp]);
                            }
                            pc += 2;
                        }
                        default -> throw new IllegalStateException("unverified opcode " + op + " at " + pc);
                    }
                }
            } catch (RuntimeException e) {
                if (e instanceof SpaceFullException && restartsOnFullSpace(code[pc])) {
                    Outcome waits = waitForMemory(pc, osp, isp);
                    if (waits != null) return waits;
                }
                long ex = exceptionFor(e);
                this.pc = pc;
                this.osp = osp;
                this.isp = isp;
                if (!unwind(ex)) return Outcome.FINISHED;
                ol = this.ol; os = this.os; il = this.il; is = this.is;
                code = this.code;
                pc = this.pc; osp = this.osp; isp = this.isp;
            }
        }
    }

    // ------------------------------------------------------------------ calls

    /** Performs a call; returns null to go on in the (new) top frame, or an outcome that ends the slice. */
    private Outcome call(boolean virtual, int poolIndex) {
        ClassInfo.CallSite site = callSite(poolIndex);
        int nObj = site.sig().objParams(), nInt = site.sig().intParams();
        long receiver = virtual ? os[osp - nObj - 1] : Ref.NULL;
        ClassInfo target = callClass(site, virtual, receiver);
        ClassInfo.Target t = callTarget(site, virtual, target);
        if (t == null) {
            // new code never runs on an old layout: the instance moves to the newest version first
            if (migrate(receiver, target)) return null; // its migration method runs, then this call again
            target = info(s.classOf(receiver));
            t = resolveVirtual(site, target);
        }
        checkCall(t, virtual, target);
        if (t.isInternal()) return callInternal(t, site, virtual, nObj, nInt);
        JitMethod compiled = jitFor(t);
        if (compiled != null) return enterCompiled(compiled, site, virtual, receiver, nObj, nInt);
        // move the arguments out of the caller's registers, push the caller into the window, start
        // the callee in fresh registers: no frame object until the slice ends
        takeArguments(virtual, nObj, nInt);
        enter(t, receiver, nObj, nInt);
        return null;
    }

    /** The class whose method a call runs: the receiver's (which must not be null), or the one a static call names. */
    private ClassInfo callClass(ClassInfo.CallSite site, boolean virtual, long receiver) {
        if (!virtual) return staticTarget(site);
        if (receiver == Ref.NULL) throw vmError("call of " + site.name() + " on null");
        return Ref.isInt(receiver) ? rt.byName("int") : info(s.classOf(receiver));
    }

    /** The method a call runs on {@code target}, from the site's cache or resolved; null for a replaced version (its instance must move first). */
    private ClassInfo.Target callTarget(ClassInfo.CallSite site, boolean virtual, ClassInfo target) {
        ClassInfo.Target t = site.targetFor(target);
        if (t != null) return t;
        if (!virtual) return resolve(site, target);
        return target.stale ? null : resolveVirtual(site, target);
    }

    private void checkCall(ClassInfo.Target t, boolean virtual, ClassInfo target) {
        if (t.isInternal()) {
            // an internal method trusts its receiver's layout: it must be exactly its class (none is
            // extended) unless it is one of object's methods, which work on any object
            if (virtual && t.owner != target && t.owner.superclass != null) {
                throw vmError(t.owner.name + "." + t.name + " called on an object of class " + target.name);
            }
        } else if (!virtual && !t.method.isStatic()) {
            throw vmError("callstatic of instance method " + target.name + "." + t.name + " (it needs a receiver)");
        }
    }

    /** Moves a call's arguments from the top of the caller's stacks to argO/argI, and drops its receiver. */
    private void takeArguments(boolean virtual, int nObj, int nInt) {
        if (depth >= maxFrames) throw stackOverflow();
        isp -= nInt;
        System.arraycopy(is, isp, argI, 0, nInt);
        osp -= nObj;
        System.arraycopy(os, osp, argO, 0, nObj);
        if (virtual) osp--;
    }

    /** Registers big enough for a method's locals and stacks (they keep what they hold). */
    private void fitRegisters(int mol, int mos, int mil, int mis) {
        if (ol.length < mol) ol = new long[Math.max(mol, ol.length * 2)];
        if (os.length < mos) os = new long[Math.max(mos, os.length * 2)];
        if (il.length < mil) il = new long[Math.max(mil, il.length * 2)];
        if (is.length < mis) is = new long[Math.max(mis, is.length * 2)];
    }

    /** The method a virtual call runs on {@code target}, which the call's class must be or be a superclass or interface of. */
    private ClassInfo.Target resolveVirtual(ClassInfo.CallSite site, ClassInfo target) {
        // the method means the named class's method only in that class and its subclasses
        if (!target.isSubclassOf(site.className()) && !rt.implementsInterface(target, site.className())) {
            throw vmError("call of " + site.className() + "." + site.name() + " on an object of class " + target.name);
        }
        return resolve(site, target);
    }

    private VmThrow stackOverflow() {
        return vmError("stack overflow: more than " + rt.limits.maxFrames() + " nested calls");
    }

    /**
     * The method a call site runs on instances of {@code target} (never a replaced version),
     * cached at the site: found by name and descriptor, so versions may add, drop and reorder methods.
     */
    private ClassInfo.Target resolve(ClassInfo.CallSite site, ClassInfo target) {
        ClassInfo.Target t = target.lookup(site.name(), site.descriptor());
        if (t == null) t = rt.defaultMethod(target, site.name(), site.descriptor());
        if (t == null) {
            ClassInfo.Target other = target.anyNamed(site.name());
            if (other != null) throw vmError("method " + target.name + "." + site.name() + " is " + other.descriptor + ", the call expects " + site.descriptor());
            InternalClass impl = target.internal ? rt.internal(target.name) : null;
            if (impl != null) {
                // the bound build of the class does not have the method the call names (an update removed it)
                throw vmError("internal class " + impl.className() + " version " + impl.classVersion() + " has no method " + site.name() + ": its bundle removed it");
            }
            throw vmError("class " + target.name + (target.number > 1 ? " (version " + target.number + ")" : "") + " has no method " + site.name()
                + " " + site.descriptor());
        }
        site.remember(target, t);
        return t;
    }

    /** Starts bytecode method {@code t} in fresh registers above the current frame; its arguments are in argO/argI. */
    private void enter(ClassInfo.Target t, long receiver, int nObj, int nInt) {
        depth++;
        pushWindow();
        frame = Ref.NULL;
        cls = t.owner;
        m = t.method;
        mIndex = t.methodIndex;
        code = m.code();
        int mol = m.maxOLocals(), mil = m.maxILocals();
        fitRegisters(mol, m.maxOStack(), mil, m.maxIStack());
        ol[0] = receiver;
        System.arraycopy(argO, 0, ol, 1, nObj);
        Arrays.fill(ol, nObj + 1, mol, Ref.NULL);
        System.arraycopy(argI, 0, il, 0, nInt);
        Arrays.fill(il, nInt, mil, 0);
        pc = 0;
        osp = 0;
        isp = 0;
    }

    // ------------------------------------------------------------------ the compiling tier

    /**
     * What compiled code reports: nothing (0); its frames were handed over (1); a call it leaves
     * to the interpreter (2); an exception (3); an internal call that is not done, to be issued
     * again (4); an internal call done after which the thread blocks (5).
     */
    static final int JIT_RUNNING = 0, JIT_DUMPED = 1, JIT_REEXECUTE = 2, JIT_CAUGHT = 3, JIT_RETRY = 4, JIT_BLOCK_AFTER = 5;
    /** Backward jumps of an interpreted method before it is compiled and its loop goes on in compiled code. */
    static final int LOOPS_TO_COMPILE = 500;
    /** Calls a compiled method leaves to the interpreter before it is given up (it would hand its frame over all the time). */
    static final int MAX_REEXECUTES = 1000;
    /** Compiled frames nested on the Java stack at most; deeper calls go through the interpreter's window. */
    static final int MAX_NEST = 400;
    /** What entering a method costs of a slice's budget in compiled code (the interpreter counts instructions). */
    static final int CALL_WEIGHT = 8;

    int jitState;
    /** The slice's instructions left; compiled code spends it at calls and backward jumps. */
    private int budget;
    private SafepointFlag safepoint;
    private int nest;
    private RuntimeException jitPending;
    private boolean jitYield, jitRetry, jitBlock;
    private long jitResult, jitSignals;

    /** A compiled frame handed to the interpreter: its registers as {@link Jit} lays them out. */
    private record Dumped(JitMethod j, int pc, int osp, int isp, long[] slots) {}

    /** Innermost first, as compiled frames hand themselves over on their way out. */
    private final java.util.ArrayList<Dumped> dumped = new java.util.ArrayList<>();

    /** The compiled form of {@code t}: made on its {@code rt.jitThreshold}th call, retired by a load, patch or rollback. */
    private JitMethod jitFor(ClassInfo.Target t) {
        JitMethod c = current(t);
        if (c != null) return c;
        int threshold = rt.jitThreshold;
        if (threshold <= 0 || t.jitRefused || ++t.jitCalls < threshold) return null;
        t.jitCalls = 0;
        return compileNow(t);
    }

    /** t's compiled form if it is of the current class epoch; an older one is dropped. */
    private JitMethod current(ClassInfo.Target t) {
        JitMethod c = t.jit;
        if (c == null || c.epoch == rt.classEpoch && !t.owner.stale) return c;
        t.jit = null;
        return null;
    }

    private JitMethod compileNow(ClassInfo.Target t) {
        if (t.jitRefused) return null;
        JitMethod c;
        int epoch = rt.classEpoch, names = rt.namesEpoch.get();
        try {
            c = Jit.compile(t, epoch, names);
        } catch (Jit.Refused | RuntimeException e) {
            // a method the tier does not compile, or a fault of the tier's own: either way it stays interpreted
            t.jitWhy = e instanceof Jit.Refused ? e.getMessage() : "the compiler failed: " + e;
            t.jitRefused = true;
            return null;
        }
        t.jit = c;
        return c;
    }

    /** A call of compiled code from the interpreter: the arguments go as to an interpreted callee, the result comes back as from an internal call. */
    private Outcome enterCompiled(JitMethod c, ClassInfo.CallSite site, boolean virtual, long receiver, int nObj, int nInt) {
        takeArguments(virtual, nObj, nInt);
        ClassInfo caller = cls;
        depth++;
        nest = 1;
        jitState = JIT_RUNNING;
        long r = c.code.run(this, c, receiver);
        cls = caller; // compiled code's helpers use it for their own class's pool
        if (jitState != JIT_RUNNING) return resumeDumped(false);
        depth--;
        nest = 0;
        switch (site.sig().ret()) {
            case 'V' -> { }
            case 'O' -> os[osp++] = r;
            default -> is[isp++] = r;
        }
        pc += CALL_LENGTH;
        return null;
    }

    /**
     * Makes the frames compiled code handed over the interpreter's, outermost first above the
     * caller, and goes on as the innermost says: its exception is raised, its yield ends the
     * slice, else the interpreter runs on from its pc.
     */
    private Outcome resumeDumped(boolean outermostIsTop) {
        for (int k = dumped.size() - 1; k >= 0; k--) {
            Dumped f = dumped.get(k);
            JitMethod j = f.j();
            if (!outermostIsTop || k != dumped.size() - 1) {
                pushWindow();
                frame = Ref.NULL;
            }
            cls = j.owner;
            m = j.method;
            mIndex = j.target.methodIndex;
            code = m.code();
            pc = f.pc();
            osp = f.osp();
            isp = f.isp();
            fitRegisters(j.mol, j.mos, j.mil, j.mis);
            long[] a = f.slots();
            System.arraycopy(a, 0, ol, 0, j.mol);
            System.arraycopy(a, j.mol, il, 0, j.mil);
            System.arraycopy(a, j.mol + j.mil, os, 0, osp);
            System.arraycopy(a, j.mol + j.mil + j.mos, is, 0, isp);
        }
        dumped.clear();
        jitState = JIT_RUNNING;
        nest = 0;
        RuntimeException e = jitPending;
        jitPending = null;
        boolean yield = jitYield, retry = jitRetry, block = jitBlock;
        jitYield = jitRetry = jitBlock = false;
        if (e != null) {
            if (e instanceof SpaceFullException && restartsOnFullSpace(code[pc])) {
                Outcome waits = waitForMemory(pc, osp, isp);
                if (waits != null) return waits;
            }
            throw e;
        }
        if (retry) {
            materialize();
            return waitToRetry(jitSignals);
        }
        if (block) {
            materialize();
            return Outcome.BLOCKED;
        }
        if (yield) {
            materialize();
            return Outcome.YIELDED;
        }
        return null;
    }

    // what compiled code calls (Jit writes the calls): each does what the interpreter's instruction does

    /** At a compiled method's start: true to hand the frame over at pc 0 (its class was replaced, or the slice is over). */
    boolean jitEnter(JitMethod j) {
        if (j.epoch != rt.classEpoch || j.owner.stale) {
            j.target.jit = null;
            return true;
        }
        if ((budget -= CALL_WEIGHT) <= 0 || safepoint.requested()) {
            jitYield = true;
            return true;
        }
        return false;
    }

    /** At a backward jump of {@code weight} instructions: true when the slice is over. */
    boolean jitBackEdge(int weight) {
        if ((budget -= weight) <= 0 || safepoint.requested()) {
            jitYield = true;
            return true;
        }
        return false;
    }

    /** Whether a call of the compiled method itself on {@code receiver} may be a JVM call (then it is counted as entered). */
    boolean jitSelf(JitMethod j, long receiver) {
        if (!Ref.isObject(receiver) || s.classOf(receiver) != j.ownerRef || nest >= MAX_NEST || depth >= maxFrames) return false;
        depth++;
        nest++;
        return true;
    }

    /** The same for a static call of itself, while the class name means the same class. */
    boolean jitSelfStatic(JitMethod j) {
        if (rt.namesEpoch.get() != j.namesEpoch || nest >= MAX_NEST || depth >= maxFrames) return false;
        depth++;
        nest++;
        return true;
    }

    /** After a JVM call of itself: true when the callee handed its frame over (then so does the caller). */
    boolean jitPop() {
        if (jitState != JIT_RUNNING) return true;
        depth--;
        nest--;
        return false;
    }

    /** A call from compiled code, its arguments in argO/argI: compiled callees run at once; any other call the interpreter makes. */
    long jitCall(JitMethod j, int poolIndex, boolean virtual, long receiver) {
        cls = j.owner;
        ClassInfo.CallSite site = callSite(poolIndex);
        ClassInfo target = callClass(site, virtual, receiver);
        ClassInfo.Target t = callTarget(site, virtual, target);
        if (t == null) return reexecute(j); // the interpreter moves the instance first
        checkCall(t, virtual, target);
        if (t.isInternal()) return jitInternal(j, t, site, virtual, receiver);
        JitMethod c = nest < MAX_NEST ? jitFor(t) : null;
        if (c == null) return reexecute(j);
        if (depth >= maxFrames) throw stackOverflow();
        depth++;
        nest++;
        long r = c.code.run(this, c, receiver);
        if (jitState == JIT_RUNNING) {
            depth--;
            nest--;
        }
        return r;
    }

    /**
     * A call of at most two arguments from compiled code, which passes them itself: an internal
     * method bound at the site as a direct one, on a receiver of its class, runs at once (the
     * resolution jitCall makes was made when it was bound, and the binding epoch says it still
     * holds); any other call is jitCall's.
     */
    long jitCall2(JitMethod j, int poolIndex, boolean virtual, long receiver, long a0, long a1) {
        cls = j.owner;
        if (cls.resolved[poolIndex] instanceof ClassInfo.CallSite site) {
            ClassInfo.Bound b = site.bound;
            if (b != null && b.direct() != null && b.epoch() == rt.bindingEpoch && boundFor(b, site, virtual, receiver)) {
                long v = invokeDirect(b.direct(), b.target(), virtual ? receiver : Ref.NULL, a0, a1);
                jitTableFull();
                return v;
            }
            char[] params = site.params;
            int oi = 0, ii = 0;
            for (int k = 0; k < params.length; k++) {
                long a = k == 0 ? a0 : a1;
                if (params[k] == 'O') argO[oi++] = a;
                else argI[ii++] = a;
            }
            return jitCall(j, poolIndex, virtual, receiver);
        }
        callSite(poolIndex); // resolved now: the arguments go where jitCall takes them
        return jitCall2(j, poolIndex, virtual, receiver, a0, a1);
    }

    /** Whether the call would resolve to {@code b}'s method: a receiver of exactly its class (none is extended), or the same class by name. */
    private boolean boundFor(ClassInfo.Bound b, ClassInfo.CallSite site, boolean virtual, long receiver) {
        ClassInfo owner = b.target().owner;
        if (virtual) return Ref.isObject(receiver) && s.classOf(receiver) == owner.ref;
        ClassInfo.Named n = site.named;
        return n != null && n.cls() == owner && n.epoch() == rt.namesEpoch.get();
    }

    /** A call compiled code leaves to the interpreter: its frame is handed over at the call. */
    private long reexecute(JitMethod j) {
        if (++j.reexecutes > MAX_REEXECUTES) {
            ClassInfo.Target t = j.target;
            t.jitWhy = "it left more than " + MAX_REEXECUTES + " calls to the interpreter";
            t.jitRefused = true;
            t.jit = null;
        }
        jitState = JIT_REEXECUTE;
        return 0;
    }

    /** An internal call from compiled code, as callInternal makes it; one that blocks hands the frame over. */
    private long jitInternal(JitMethod j, ClassInfo.Target t, ClassInfo.CallSite site, boolean virtual, long receiver) {
        ClassInfo.Bound b = bound(t, site);
        if (b == null) return reexecute(j); // the interpreter waits for the bundle
        long self = virtual ? receiver : Ref.NULL;
        char[] params = site.params;
        if (b.direct() != null) {
            long a0 = 0, a1 = 0;
            int oi = 0, ii = 0;
            if (params.length > 0) a0 = params[0] == 'O' ? argO[oi++] : argI[ii++];
            if (params.length > 1) a1 = params[1] == 'O' ? argO[oi] : argI[ii];
            long v = invokeDirect(b.direct(), t, self, a0, a1);
            jitTableFull();
            return v;
        }
        String kinds = site.intKinds();
        long[] args = argsOf(params.length);
        int oi = 0, ii = 0, k = 0;
        for (char c : params) {
            if (c == 'O') args[k++] = argO[oi++];
            else args[k++] = boxNumber(kinds.charAt(ii), argI[ii++]);
        }
        long signalsBefore = rt.signalCount();
        long result = invokeInternal(b.impl(), t, site, self, args);
        if (retryAfter >= 0) {
            s.release(result);
            jitSignals = signalsBefore;
            jitState = JIT_RETRY;
            return 0;
        }
        long v = internalResult(t, site, result);
        if (blockAfterCall) {
            jitResult = v;
            jitState = JIT_BLOCK_AFTER;
            return 0;
        }
        jitTableFull();
        return v;
    }

    /**
     * An interpreted loop going back to {@code pc} goes on in compiled code (compiled now when
     * it ran long enough): the top frame's registers become the compiled frame's, and what the
     * method returns is returned as its ret instruction would. Null to go on interpreting.
     */
    private Outcome loopInCompiledCode(ClassInfo.Target t) {
        t.jitLoops = 0;
        JitMethod c = current(t);
        if (c == null && (rt.jitThreshold <= 0 || (c = compileNow(t)) == null)) return null;
        long[] a = new long[c.dumpSize()];
        System.arraycopy(ol, 0, a, 0, c.mol);
        System.arraycopy(il, 0, a, c.mol, c.mil);
        System.arraycopy(os, 0, a, c.mol + c.mil, osp);
        System.arraycopy(is, 0, a, c.mol + c.mil + c.mos, isp);
        ClassInfo own = cls;
        nest = 1;
        jitState = JIT_RUNNING;
        long r = c.code.resume(this, c, a, pc);
        cls = own;
        if (jitState != JIT_RUNNING) return resumeDumped(true);
        nest = 0;
        if (!returnToCaller()) return finish(FINISHED);
        pc = afterReturn(pc);
        char ret = t.signature.ret();
        if (ret == 'O') os[osp++] = r;
        else if (ret != 'V') is[isp++] = r;
        return null;
    }

    /** A Java exception in compiled code: the program's exception at the instruction that raised it. */
    void jitCaught(RuntimeException e) {
        jitPending = e;
        jitState = JIT_CAUGHT;
    }

    /**
     * A compiled frame handed over at {@code pc}: its stacks as deep as the verifier says there,
     * less the arguments of a call its callee is inside of (the interpreter's caller frames look so).
     */
    void jitDump(JitMethod j, int pc, long[] slots) {
        int isp = j.intDepth[pc], osp = j.objDepth[pc];
        byte[] c = j.method.code();
        if ((jitState == JIT_DUMPED || jitState == JIT_BLOCK_AFTER) && (c[pc] == 111 || c[pc] == 112)) {
            ClassFile.MethodConst mc = (ClassFile.MethodConst) j.owner.file.pool().get(u16(c, pc + 1) - 1);
            Descriptor d = Descriptor.parse(mc.descriptor());
            isp -= d.intParams();
            osp -= d.objParams() + (c[pc] == 111 ? 1 : 0);
            if (jitState == JIT_BLOCK_AFTER) {
                // the call is done: the frame goes on after it, with its result
                pc += CALL_LENGTH;
                if (d.ret() == 'O') slots[j.mol + j.mil + osp++] = jitResult;
                else if (d.ret() != 'V') slots[j.mol + j.mil + j.mos + isp++] = jitResult;
                jitBlock = true;
            }
        }
        if (jitState == JIT_RETRY) jitRetry = true;
        dumped.add(new Dumped(j, pc, osp, isp, slots));
        jitState = JIT_DUMPED;
    }

    private void jitTableFull() {
        if (tableFull) {
            tableFull = false;
            budget = 0;
        }
    }

    long jitConst(JitMethod j, int index) { return s.getRef(j.owner.constants, index); }

    long jitNew(JitMethod j, int index) {
        cls = j.owner;
        long v = adopt(rt.newInstance(resolveClass(index)));
        jitTableFull();
        return v;
    }

    long jitThread() { return thread; }

    long jitClass(JitMethod j, int index) {
        cls = j.owner;
        return resolveClass(index).ref;
    }

    long jitInstanceOf(JitMethod j, int index, long v) {
        cls = j.owner;
        return isInstance(v, resolveClass(index).name) ? 1 : 0;
    }

    void jitCheckcast(JitMethod j, int index, long v) {
        cls = j.owner;
        ClassInfo c = resolveClass(index);
        if (v != Ref.NULL && !isInstance(v, c.name)) throw vmError("cannot cast " + className(v) + " to " + c.name);
    }

    long jitUnbox(long v) {
        if (!Ref.isInt(v) || Ref.intValue(v) != (int) Ref.intValue(v)) throw vmError("unbox of " + className(v) + ", not an int");
        return Ref.intValue(v);
    }

    long jitLbox(long v) { return adopt(boxLong(v)); }

    long jitLunbox(long v) { return unboxLong(v); }

    long jitDbox(long v) { return adopt(boxDouble(dv(v))); }

    long jitDunbox(long v) { return d(unboxDouble(v)); }

    long jitNewArray(int kind, long length) {
        long v = adopt(rt.newArray(kind, (int) length));
        jitTableFull();
        return v;
    }

    long jitArrayLength(long a) { return arrayLength(a, "arraylength"); }

    long jitOaload(long a, long index) { return s.getRef(a, element(a, index, 0, 129)); }

    void jitOastore(long a, long index, long v) {
        int at = element(a, index, 0, 130);
        if (v != Ref.NULL && s.classOf(a) != rt.arrayClasses[0]) checkStore(a, v);
        s.setRef(a, at, v);
    }

    long jitXaload(long a, long index, int op) {
        int at = element(a, index, Op.of(op).arrayKind(), op);
        return switch (op) {
            case 131 -> s.getByte(a, at);
            case 133 -> (s.getByte(a, at) & 0xFF) | (s.getByte(a, at + 1) & 0xFF) << 8;
            case 135 -> (short) ((s.getByte(a, at) & 0xFF) | (s.getByte(a, at + 1) & 0xFF) << 8);
            case 137, 141 -> s.getInt(a, at);
            default -> s.getLong(a, at);
        };
    }

    void jitXastore(long a, long index, long v, int op) {
        int at = element(a, index, Op.of(op).arrayKind(), op);
        switch (op) {
            case 132 -> s.setByte(a, at, (byte) v);
            case 134, 136 -> { s.setByte(a, at, (byte) v); s.setByte(a, at + 1, (byte) (v >> 8)); }
            case 138, 142 -> s.setInt(a, at, (int) v);
            default -> s.setLong(a, at, v);
        }
    }

    long jitSingleton(JitMethod j, int index) {
        cls = j.owner;
        return adopt(rt.singleton(resolveClass(index)));
    }

    void jitThrow(long v) {
        if (v == Ref.NULL) v = adopt(rt.newError("throw of null"));
        throw new VmThrow(v);
    }

    long jitOhash(long v) { return AbstractInternalClass.identityHash(v); }

    long jitClone(long v) { return adopt(shallowCopy(v)); }

    // ------------------------------------------------------------------ class versions

    /**
     * Set on a caller's saved pc when the callee was entered by the VM itself (a migration
     * method) before the instruction at that pc: the return runs that instruction again
     * instead of going on after a call.
     */
    static final int REEXECUTE = 1 << 30;

    /** The pc to go on at in a caller whose saved pc is {@code saved}. */
    private static int afterReturn(int saved) {
        return (saved & REEXECUTE) != 0 ? saved & ~REEXECUTE : saved + CALL_LENGTH;
    }

    /** The pc of an instruction as a frame keeps it (without the re-execute marker). */
    static int pcOf(int saved) { return saved & ~REEXECUTE; }

    /**
     * Moves a stale instance to the newest version of its class. When that version has a
     * migration method {@code migrate (O)V}, it is entered with the old state as its argument,
     * as a call made just before the current instruction, and true is returned: the current
     * instruction runs again when it returns.
     */
    private boolean migrate(long obj, ClassInfo from) {
        long old = rt.versions.migrate(obj, from);
        if (old == Ref.NULL) return false;
        ClassInfo.Target mt = info(s.classOf(obj)).lookup(ClassVersions.MIGRATE, ClassVersions.MIGRATE_DESCRIPTOR);
        adopt(old);
        if (depth >= maxFrames) {
            throw vmError("stack overflow: more than " + rt.limits.maxFrames() + " nested calls (migrating an instance of " + from.name + ")");
        }
        argO[0] = old;
        pc |= REEXECUTE;
        enter(mt, obj, 1, 0);
        return true;
    }

    /** Field slot found by {@link #staleFieldBase}. */
    private int staleSlot;

    /**
     * For a field instruction of this in code of a replaced version: the object holding the
     * field (this, or its extension object) and, in {@link #staleSlot}, its slot in the layout
     * this now has. The instance may have been migrated under the running old method.
     */
    private long staleFieldBase(boolean object, int slot) {
        long self = ol[0];
        ClassInfo actual = info(s.classOf(self));
        if (actual != cls) {
            String q = object ? cls.objNames[slot] : cls.intNames[slot];
            slot = ClassInfo.indexOf(object ? actual.objNames : actual.intNames, q);
            if (slot < 0) {
                throw vmError("field " + q + " is gone: this code is version " + cls.number + " of " + cls.name + ", the object is version "
                    + actual.number + ", which has no such field");
            }
        }
        staleSlot = slot;
        return actual.base != null ? s.getRef(self, 0) : self;
    }

    /**
     * ogetfield .. dputfield: a field of the object on the stack, by class and name, in the
     * object's own layout (cached per receiver class). A stale instance that lacks the field is
     * migrated first; the instruction runs again after its migration method if it has one.
     */
    private void namedField(int op) {
        boolean object = op == 119 || op == 120, put = (op & 1) == 0;
        int at = put ? (object ? osp - 2 : osp - 1) : osp - 1;
        long obj = os[at];
        int classIndex = u16(code, pc + 1), nameIndex = u16(code, pc + 3);
        if (!Ref.isObject(obj)) {
            throw vmError(Op.of(op).mnemonic + " " + fieldName(classIndex, nameIndex) + " on " + (obj == Ref.NULL ? "null" : Ref.toString(obj)));
        }
        ClassInfo actual;
        int slot;
        while (true) {
            actual = info(s.classOf(obj));
            Object cached = cls.fieldSites[nameIndex];
            if (cached instanceof ClassInfo.FieldSite f && f.receiver() == actual && f.object() == object && f.classIndex() == classIndex) {
                slot = f.slot();
                break;
            }
            String className = ((ClassFile.ClassConst) cls.file.pool().get(classIndex - 1)).name();
            if (actual.internal) throw vmError("objects of internal class " + actual.name + " have no fields (" + fieldName(classIndex, nameIndex) + ")");
            if (!actual.isSubclassOf(className)) throw vmError(fieldName(classIndex, nameIndex) + " of an object of class " + actual.name);
            String field = ((ClassFile.StringConst) cls.file.pool().get(nameIndex - 1)).value();
            slot = actual.fieldSlot(className, field, object);
            if (slot >= 0) {
                if (!actual.stale) cls.fieldSites[nameIndex] = new ClassInfo.FieldSite(actual, slot, object, classIndex);
                break;
            }
            if (!actual.stale) {
                throw vmError("class " + actual.name + (actual.number > 1 ? " (version " + actual.number + ")" : "") + " has no "
                    + (object ? "object" : "integer") + " field " + field);
            }
            if (migrate(obj, actual)) return;
        }
        long base = actual.base != null ? s.getRef(obj, 0) : obj;
        switch (op) {
            case 119 -> os[osp - 1] = s.getRef(base, slot);
            case 120 -> { s.setRef(base, slot, os[--osp]); osp--; }
            case 121, 123, 125 -> { is[isp++] = s.getLong(base, 8 * slot); osp--; }
            default -> { s.setLong(base, 8 * slot, is[--isp]); osp--; }
        }
        pc += 5;
    }

    /**
     * The slot (object elements) or byte offset of element {@code index} of array {@code a} of
     * element kind {@code kind}; a VM error if {@code a} is no such array or the index is out of
     * bounds. Nothing has changed when it throws.
     */
    private int element(long a, long index, int kind, int op) {
        int length = arrayLength(a, Op.of(op).mnemonic, kind);
        if (index < 0 || index >= length) throw vmError("index " + index + " out of bounds for length " + length + " (" + Op.of(op).mnemonic + ")");
        return kind == 0 ? (int) index : (int) index << Op.ARRAY_SHIFT[kind];
    }

    private int arrayLength(long a, String what, int kind) {
        if (a == Ref.NULL) throw vmError(what + " on null");
        if (!Ref.isObject(a) || s.classOf(a) != rt.arrayClasses[kind] && (kind != 0 || !isReferenceArray(s.classOf(a)))) {
            throw vmError(what + " on " + (Ref.isObject(a) ? "an object of class " + info(s.classOf(a)).name : Ref.toString(a))
                + ", not an " + VmRuntime.arrayClassName(kind));
        }
        return kind == 0 ? s.refSlots(a) : s.dataBytes(a) >> Op.ARRAY_SHIFT[kind];
    }

    /** The length of any array newarray made. */
    private int arrayLength(long a, String what) {
        if (a == Ref.NULL) throw vmError(what + " on null");
        int kind = Ref.isObject(a) ? arrayKindOf(s.classOf(a)) : -1;
        if (kind >= 0) return arrayLength(a, what, kind);
        throw vmError(what + " on " + (Ref.isObject(a) ? "an object of class " + info(s.classOf(a)).name : Ref.toString(a)) + ", not an array");
    }

    /** The last class found to be a typed reference array's: array classes are never freed, so the address stays one. */
    private long lastReferenceArray = Ref.NULL;

    /** The element kind of array class {@code c} (an index into {@link Op#ARRAY_KINDS}, 0 for every reference array); -1 for no array's. */
    private int arrayKindOf(long c) {
        for (int k = 0; k < rt.arrayClasses.length; k++) if (rt.arrayClasses[k] == c) return k;
        return isReferenceArray(c) ? 0 : -1;
    }

    /** Whether class object {@code c} is a reference array's (object[], Foo[], int[][] ...). */
    private boolean isReferenceArray(long c) {
        if (c == rt.arrayClasses[0] || c == lastReferenceArray) return true;
        if (c == Ref.NULL || info(c).element == null) return false;
        lastReferenceArray = c;
        return true;
    }

    /**
     * Java's ArrayStoreException: a typed reference array takes only values of its element
     * type; which value class passed last is kept in the array class, so a loop storing one
     * class checks once.
     */
    private void checkStore(long a, long v) {
        ClassInfo ac = info(s.classOf(a));
        ClassInfo vc = Ref.isObject(v) ? info(s.classOf(v)) : null;
        if (vc != null && ac.storeChecked == vc) return;
        if (!isInstance(v, ac.element)) throw vmError("array store of " + className(v) + " into " + ac.name);
        if (vc != null) ac.storeChecked = vc;
    }

    /** Anewarray's class: the array class of a loaded element class, kept in the element's view. */
    private ClassInfo referenceArrayOf(int index) {
        ClassInfo e = resolveClass(index);
        ClassInfo a = e.arrayOf;
        if (a != null) return a;
        if (ClassInfo.elementOf(e.name + "[]") == null) throw vmError("anewarray of " + e.name + ": a primitive element takes newarray " + e.name);
        a = rt.arrayClass(e.name + "[]");
        e.arrayOf = a;
        return a;
    }

    private String fieldName(int classIndex, int nameIndex) {
        return ((ClassFile.ClassConst) cls.file.pool().get(classIndex - 1)).name() + "."
            + ((ClassFile.StringConst) cls.file.pool().get(nameIndex - 1)).value();
    }

    private Outcome callInternal(ClassInfo.Target t, ClassInfo.CallSite site, boolean virtual, int nObj, int nInt) {
        ClassInfo.Bound b = bound(t, site);
        if (b == null) {
            // the bundle is being updated or is not there yet: wait, then retry this call
            materialize();
            s.setLong(thread, T_WAKE, rt.clock().wallMillis() + 20);
            return Outcome.BLOCKED;
        }
        long self = virtual ? os[osp - nObj - 1] : Ref.NULL;
        if (b.direct() != null) return callDirect(b, t, site, self, virtual, nObj, nInt);
        String kinds = site.intKinds();
        char[] params = site.params;
        long[] args = argsOf(params.length);
        int oi = osp - nObj, ii = isp - nInt, k = 0, ki = 0;
        for (char c : params) {
            if (c == 'O') args[k++] = os[oi++];
            else args[k++] = boxNumber(kinds.charAt(ki++), is[ii++]);
        }
        long signalsBefore = rt.signalCount();
        long result = invokeInternal(b.impl(), t, site, self, args);
        if (retryAfter >= 0) {
            // not done: the call stays at pc with its arguments on the stack, to be issued again
            s.release(result);
            materialize(); // before the wake time: a full space fails the call, which then does not wait
            return waitToRetry(signalsBefore);
        }
        long v = internalResult(t, site, result);
        pushInternalResult(site, v, virtual, nObj, nInt);
        if (blockAfterCall) {
            materialize();
            return Outcome.BLOCKED;
        }
        return null;
    }

    /** A bound direct method called with the arguments where the caller's stacks hold them (a direct method never blocks). */
    private Outcome callDirect(ClassInfo.Bound b, ClassInfo.Target t, ClassInfo.CallSite site, long self, boolean virtual, int nObj, int nInt) {
        char[] params = site.params;
        long a0 = 0, a1 = 0;
        int oi = osp - nObj, ii = isp - nInt;
        if (params.length > 0) a0 = params[0] == 'O' ? os[oi++] : is[ii++];
        if (params.length > 1) a1 = params[1] == 'O' ? os[oi] : is[ii];
        long v = invokeDirect(b.direct(), t, self, a0, a1);
        pushInternalResult(site, v, virtual, nObj, nInt);
        return null;
    }

    /** A done internal call: its arguments and receiver dropped (uncounted: nothing to release), its result pushed, pc past it. */
    private void pushInternalResult(ClassInfo.CallSite site, long v, boolean virtual, int nObj, int nInt) {
        osp -= nObj;
        isp -= nInt;
        if (virtual) osp--;
        char ret = site.sig().ret();
        if (ret == 'O') os[osp++] = v;
        else if (ret != 'V') is[isp++] = v;
        pc += CALL_LENGTH;
    }

    /**
     * Runs a direct method; its result as a register holds it, as {@link #internalResult} makes
     * an invoked one's: an owned reference adopted (a borrowed one as it is), an int sign-extended.
     */
    private long invokeDirect(phantom.api.classes.DirectMethod d, ClassInfo.Target t, long self, long a0, long a1) {
        blockAfterCall = false;
        retryAfter = -1;
        long r;
        try {
            r = d.body().call(this, self, a0, a1);
        } catch (RuntimeException e) {
            throw internalFailure(t, e);
        }
        if (blockAfterCall || retryAfter >= 0) {
            blockAfterCall = false;
            retryAfter = -1;
            retryEvent = null;
            throw vmError(t.owner.name + "." + t.name + " tried to block, which a direct method may not do");
        }
        return switch (d.ret()) {
            case 'O' -> d.borrowsResult() ? r : adopt(r);
            case 'I' -> (int) r;
            case 'J' -> r;
            default -> 0;
        };
    }

    /** What an internal method's Java exception is to the program: its VM error, out of memory, or a failure naming the method. */
    private VmThrow internalFailure(ClassInfo.Target t, RuntimeException e) {
        String method = t.owner.name + "." + t.name;
        if (e instanceof VmError) return vmError(method + ": " + e.getMessage());
        if (e instanceof SpaceFullException full) return vmError(method + ": " + outOfMemory(full));
        return vmError(method + " failed: " + e);
    }

    private static void checkInternalTable(InternalClass impl, ClassInfo.Target t, ClassInfo.CallSite site) {
        java.util.List<String> table = impl.methods();
        if (t.ordinal >= table.size() || !site.name().equals(table.get(t.ordinal))) {
            // the bound build of the class no longer has the method the call names (an update removed it)
            throw new VmError("internal class " + impl.className() + " version " + impl.classVersion() + " has no method "
                + site.name() + " (ordinal " + t.ordinal + "): its bundle removed it");
        }
    }

    /** Runs an internal method; the boxes made for its numeric arguments are released after it. */
    private long invokeInternal(InternalClass impl, ClassInfo.Target t, ClassInfo.CallSite site, long self, long[] args) {
        blockAfterCall = false;
        retryAfter = -1;
        retryEvent = null;
        try {
            return impl.invoke(this, t.ordinal, self, args);
        } catch (RuntimeException e) {
            throw internalFailure(t, e);
        } finally {
            int k = 0;
            for (char c : site.params) {
                if (c != 'O') s.release(args[k]); // boxes made for the call
                args[k++] = Ref.NULL;
            }
        }
    }

    /** An internal method's result as a register holds it (uncounted reference, or the number's bits); 0 for void. */
    private long internalResult(ClassInfo.Target t, ClassInfo.CallSite site, long result) {
        switch (site.sig().ret()) {
            case 'V' -> {
                s.release(result);
                return 0;
            }
            case 'O' -> {
                return adopt(result);
            }
            case 'I' -> {
                if (!Ref.isInt(result)) { s.release(result); throw vmError(t.owner.name + "." + t.name + " returned a non-int"); }
                return (int) Ref.intValue(result);
            }
            case 'J' -> {
                try { return unboxLong(result); } finally { s.release(result); }
            }
            default -> {
                double dv;
                try { dv = unboxDouble(result); } finally { s.release(result); }
                return site.sig().ret() == 'F' ? f((float) dv) : d(dv);
            }
        }
    }

    /** A call that is not done ends the slice: the thread runs it again at its wake time, or when the event it waits for comes. */
    private Outcome waitToRetry(long signalsBefore) {
        s.setLong(thread, T_WAKE, rt.clock().wallMillis() + Math.max(1, retryAfter));
        if (retryEvent != null) {
            rt.awaitEvent(retryEvent, thread);
            // an event signalled while the call looked and found nothing would be lost: look again at once
            if (rt.signalCount() != signalsBefore) s.setLong(thread, T_WAKE, rt.clock().wallMillis());
        }
        return Outcome.BLOCKED;
    }

    /**
     * The internal method a call runs, bound at the call site until a bundle comes or goes: the
     * implementation, checked once to still have the method, and its direct form if it takes
     * the site's exact signature. Null while the class has no implementation.
     */
    private ClassInfo.Bound bound(ClassInfo.Target t, ClassInfo.CallSite site) {
        int epoch = rt.bindingEpoch;
        ClassInfo.Bound b = site.bound;
        // a virtual site sees several receiver classes: the cache holds the last one's method
        if (b != null && b.target() == t && b.epoch() == epoch) return b;
        InternalClass impl = rt.internal(t.owner.name);
        if (impl == null && Shapes.isBuiltin(t.owner.name)) impl = rt.internal("object");
        if (impl == null) return null;
        try {
            checkInternalTable(impl, t, site);
        } catch (VmError e) {
            throw vmError(e.getMessage());
        }
        b = new ClassInfo.Bound(t, impl, directFor(impl, t, site), epoch);
        site.bound = b;
        return b;
    }

    /** The method's direct form when it takes exactly the site's signature; null for invoke. */
    private static phantom.api.classes.DirectMethod directFor(InternalClass impl, ClassInfo.Target t, ClassInfo.CallSite site) {
        phantom.api.classes.DirectMethod d;
        try {
            d = impl.direct(t.ordinal);
        } catch (RuntimeException e) {
            return null; // a class that cannot say is called through invoke
        }
        if (d == null || d.ret() != site.sig().ret() || !d.params().equals(site.sig().params())) return null;
        return d;
    }

    /**
     * A VM error on its way out of the frame that raised it: it keeps the backtrace of that
     * moment (slot E_WHERE), which {@code backtrace} gives a front end for its stack traces.
     */
    private void recordWhere(long error) {
        if (s.refSlots(error) <= E_WHERE || s.getRef(error, E_WHERE) != Ref.NULL) return; // an older error, or one rethrown
        if (error == s.root(phantom.api.space.Roots.OUT_OF_MEMORY)) return; // shared by every thread
        try {
            long text = newString(backtrace(pc));
            s.setRef(error, E_WHERE, text);
            s.release(text);
        } catch (RuntimeException noRoom) {
            // a full space: the error goes on without its backtrace
        }
    }

    /**
     * {@code oclone}: a new object of the same class with the same fields or elements (the
     * references counted again). Only what programs make can be copied: instances of bytecode
     * classes and typed arrays, never the VM's or an internal class's objects, whose state is
     * their identity (a thread, a mutex, a socket).
     */
    private long shallowCopy(long v) {
        if (!Ref.isObject(v)) throw vmError("clone of " + Ref.toString(v));
        ClassInfo c = info(s.classOf(v));
        if (c.internal && !Shapes.isTypedArray(c.name)) throw vmError("objects of internal class " + c.name + " cannot be cloned");
        if (c.base != null) throw vmError("clone of an instance of " + c.name + " whose fields moved to an extension (a patched class): migrate it first");
        int refs = s.refSlots(v), data = s.dataBytes(v);
        long copy = s.allocate(s.classOf(v), refs, data);
        for (int i = 0; i < refs; i++) {
            long r = s.getRef(v, i);
            if (r != Ref.NULL) s.setRef(copy, i, r);
        }
        if (data > 0) {
            byte[] b = new byte[data];
            s.readBytes(v, 0, b, 0, data);
            s.writeBytes(copy, 0, b, 0, data);
        }
        return copy;
    }

    /** Most frames {@code backtrace} describes (a deep recursion's trace is cut, as the JVM's is). */
    static final int MAX_BACKTRACE = 1024;

    /**
     * The {@code backtrace} instruction's text: one line per frame, innermost first: class,
     * method, descriptor and source line (0 when the method has none for the pc), space-separated.
     * The top frame and the window are in Java; below them the frames are in the space.
     */
    private String backtrace(int pcNow) {
        StringBuilder b = new StringBuilder();
        backtraceLine(b, cls, m, pcNow);
        int n = 1;
        for (int i = wd - 1; i >= 0 && n < MAX_BACKTRACE; i--, n++) backtraceLine(b, wCls[i], wM[i], wPc[i]);
        long bottom = wd > 0 ? wFrame[0] : frame;
        for (long f = bottom == Ref.NULL ? Ref.NULL : s.getRef(bottom, F_CALLER); f != Ref.NULL && n < MAX_BACKTRACE; f = s.getRef(f, F_CALLER), n++) {
            ClassInfo c = info(s.getRef(f, F_CLASS));
            backtraceLine(b, c, c.file.methods().get(s.getInt(f, F_METHOD)), s.getInt(f, F_PC));
        }
        return b.toString();
    }

    private static void backtraceLine(StringBuilder b, ClassInfo c, ClassFile.Method method, int pc) {
        b.append(c.name).append(' ').append(method.name()).append(' ').append(method.descriptor()).append(' ')
            .append(Math.max(0, method.lineAt(pcOf(pc)))).append('\n');
    }

    /** When a thread in Object.wait looks again, and whether a finished wait was notified (set by {@link #waitDone}). */
    private long waitWake;
    private boolean waitNotified;

    /**
     * Object.wait(millis), one look: true once the thread holds the monitor again, notified or
     * due; else {@link #waitWake} says when to look again. The deadline is kept in the thread's
     * wait-ticket word, so a wait outlives a restart.
     */
    private boolean waitDone(long obj, long millis) {
        long id = rt.threadId(thread), now = rt.clock().wallMillis();
        int state = rt.monitors.waitState(obj, id);
        if (state == 0) {
            if (millis < 0) throw vmError("wait with a negative timeout: " + millis);
            if (!rt.monitors.startWait(obj, id)) throw vmError("wait by a thread that does not hold the monitor");
            long deadline = millis == 0 ? Long.MAX_VALUE : now + millis;
            s.setLong(thread, T_WAIT_TICKET, deadline);
            waitWake = Math.min(deadline, now + WAIT_LOOK_MS);
            return false;
        }
        long deadline = s.getLong(thread, T_WAIT_TICKET);
        boolean due = state < 0 || now >= deadline;
        if (due && rt.monitors.endWait(obj, id)) {
            s.setLong(thread, T_WAIT_TICKET, 0);
            waitNotified = state < 0;
            return true;
        }
        // notified but the monitor is held (the notifier still is inside): try again soon
        waitWake = due ? now + 1 : Math.min(deadline, now + WAIT_LOOK_MS);
        return false;
    }

    /** A waiting thread looks at least this often: a notify's wake-up is a hint, the monitor table is the truth. */
    private static final long WAIT_LOOK_MS = 50;

    /** Argument arrays by length, reused: internal calls never nest, and no internal class keeps its arguments. */
    private final long[][] argArrays = new long[256][];

    private long[] argsOf(int n) {
        long[] a = argArrays[n];
        if (a == null) argArrays[n] = a = new long[n];
        return a;
    }

    /** Unwinds to a matching handler; false when the thread died of the exception. */
    private boolean unwind(long exception) {
        ClassInfo ec = rt.classOfRef(exception);
        if (ec != null && ec.name.equals(ERROR)) recordWhere(exception);
        // frames passed on the way out, for the stack trace if nothing catches it (a few entries: cheap)
        java.util.List<String> trace = new java.util.ArrayList<>();
        int passed = 0;
        while (true) {
            for (ClassFile.Handler h : m.handlers()) {
                if (pc >= h.start() && pc < h.end()
                    && (h.classIndex() == 0 || (ec != null && ec.isSubclassOf(handlerClassName(h.classIndex()))))) {
                    osp = 0;
                    isp = 0;
                    os[osp++] = exception;
                    pc = h.handler();
                    return true;
                }
            }
            if (passed++ < MAX_TRACE) trace.add(frameText(cls, m, pc));
            boolean more = returnToCaller();
            pc = pcOf(pc); // an exception from a migration method leaves from the instruction that migrated
            if (!more) {
                String text;
                try {
                    text = className(exception).equals(ERROR) ? describe(exception) : className(exception) + ": " + describe(exception);
                } catch (RuntimeException e) {
                    text = className(exception) + " (not describable: " + e.getMessage() + ")";
                }
                s.setRef(thread, T_FAILURE, exception);
                Console c = rt.console();
                StringBuilder msg = new StringBuilder("thread " + rt.threadId(thread) + " (" + rt.threadName(thread) + ") died: uncaught " + text + "\n");
                for (String t : trace) msg.append("    at ").append(t).append('\n');
                if (passed > MAX_TRACE) msg.append("    ... ").append(passed - MAX_TRACE).append(" more\n");
                if (c != null) c.print(msg.toString());
                finish(FAILED);
                return false;
            }
            // pc is the call that raised it
        }
    }

    /** Frames printed in a stack trace; a deep recursion shows its top and a count. */
    static final int MAX_TRACE = 64;

    /** One frame of a stack trace, Java-style: class.method descriptor, then the source line (or the offset without a line table). */
    static String frameText(ClassInfo c, ClassFile.Method m, int pc) {
        pc = pcOf(pc);
        int line = m.lineAt(pc);
        return c.name + "." + m.name() + m.descriptor() + (line > 0 ? " (line " + line + ", pc " + pc + ")" : " (pc " + pc + ")");
    }

    private VmThrow vmError(String message) {
        return new VmThrow(adopt(rt.newError(message)));
    }

    // ------------------------------------------------------------------ constants

    private long poolBits(int index) {
        Object r = cls.resolved[index];
        if (r == null) {
            r = switch (cls.file.pool().get(index - 1)) {
                case ClassFile.IntConst c -> (long) c.value();
                case ClassFile.LongConst c -> c.value();
                case ClassFile.FloatConst c -> f(c.value());
                case ClassFile.DoubleConst c -> d(c.value());
                default -> throw new IllegalStateException("unverified constant " + index);
            };
            cls.resolved[index] = r;
        }
        return (Long) r;
    }

    /** A handler's class by name: a class that is not loaded matches nothing, and unwinding never throws. */
    private String handlerClassName(int index) {
        return ((ClassFile.ClassConst) cls.file.pool().get(index - 1)).name();
    }

    private ClassInfo resolveClass(int index) {
        Object r = cls.resolved[index];
        if (r instanceof ClassInfo c) return c;
        String name = ((ClassFile.ClassConst) cls.file.pool().get(index - 1)).name();
        ClassInfo c = resolveClassNamed(name);
        cls.resolved[index] = c;
        return c;
    }

    /** The class a static call names, cached at the site until a load, patch or rollback changes what the name means. */
    private ClassInfo staticTarget(ClassInfo.CallSite site) {
        ClassInfo.Named n = site.named;
        int epoch = rt.namesEpoch.get();
        if (n != null && n.epoch() == epoch) return n.cls();
        ClassInfo c = resolveClassNamed(site.className());
        site.named = new ClassInfo.Named(c, epoch);
        return c;
    }

    private ClassInfo resolveClassNamed(String name) {
        ClassInfo c = rt.findClass(name);
        if (c == null && name.endsWith("[]")) c = rt.arrayClass(name);
        if (c == null) throw vmError("class " + name + " is not loaded");
        return c;
    }

    private ClassInfo.CallSite callSite(int index) {
        Object r = cls.resolved[index];
        if (r instanceof ClassInfo.CallSite c) return c;
        ClassFile.MethodConst mc = (ClassFile.MethodConst) cls.file.pool().get(index - 1);
        String cn = ((ClassFile.ClassConst) cls.file.pool().get(mc.classIndex() - 1)).name();
        Descriptor d = Descriptor.parse(mc.descriptor());
        ClassInfo.CallSite c = new ClassInfo.CallSite(cn, mc.ordinal(), mc.name(), mc.descriptor().intern(), d, d.intKinds());
        cls.resolved[index] = c;
        return c;
    }

    // ------------------------------------------------------------------ numbers and boxes

    static int s32(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8 | (c[at + 2] & 0xFF) << 16 | c[at + 3] << 24;
    }

    static int u16(byte[] c, int at) { return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8; }

    private static float fv(long bits) { return Float.intBitsToFloat((int) bits); }

    private static long f(float v) { return Float.floatToRawIntBits(v); }

    private static double dv(long bits) { return Double.longBitsToDouble(bits); }

    private static long d(double v) { return Double.doubleToRawLongBits(v); }

    private static int cmp(double a, double b) { return a < b ? -1 : a > b ? 1 : a == b ? 0 : -1; }

    int nonZeroInt(long v) {
        if ((int) v == 0) throw vmError("division by zero");
        return (int) v;
    }

    long nonZeroLong(long v) {
        if (v == 0) throw vmError("division by zero");
        return v;
    }

    private long boxNumber(char kind, long bits) {
        return switch (kind) {
            case 'I', 'J' -> boxLong(bits);
            case 'F' -> boxDouble(fv(bits));
            default -> boxDouble(dv(bits));
        };
    }

    private long boxLong(long v) {
        if (Ref.fitsInt(v)) return Ref.ofInt(v);
        long o = s.allocate(rt.byName("long").ref, 0, 8);
        s.setLong(o, 0, v);
        return o;
    }

    private long unboxLong(long v) {
        if (Ref.isInt(v)) return Ref.intValue(v);
        if (Ref.isObject(v) && className(v).equals("long")) return s.getLong(v, 0);
        throw vmError("unbox of " + className(v) + ", not a long");
    }

    private long boxDouble(double v) {
        long o = s.allocate(rt.byName("double").ref, 0, 8);
        s.setDouble(o, 0, v);
        return o;
    }

    private double unboxDouble(long v) {
        if (Ref.isInt(v)) return Ref.intValue(v);
        if (Ref.isObject(v)) {
            String cn = className(v);
            if (cn.equals("double")) return s.getDouble(v, 0);
            if (cn.equals("long")) return s.getLong(v, 0);
        }
        throw vmError("unbox of " + className(v) + ", not a number");
    }

    @Override public long classNamed(String name) {
        ClassInfo c = rt.findClass(name);
        return c == null ? Ref.NULL : c.ref;
    }

    @Override public String describe(long v) {
        if (v == Ref.NULL) return "null";
        if (Ref.isInt(v)) return Long.toString(Ref.intValue(v));
        String str = rt.stringValue(v);
        if (str != null) return str;
        String cn = className(v);
        switch (cn) {
            case "double": return Double.toString(s.getDouble(v, 0));
            case "long": return Long.toString(s.getLong(v, 0));
            case ERROR: return "error: " + rt.stringValue(s.getRef(v, E_MESSAGE));
            default: return cn + "@" + Long.toHexString(v);
        }
    }

    @Override public String className(long v) {
        if (v == Ref.NULL) return "null";
        if (Ref.isInt(v)) return "int";
        ClassInfo c = rt.classOfRef(v);
        return c == null ? "?" : c.name;
    }

    // ------------------------------------------------------------------ NativeCall

    @Override public ObjectSpace space() { return s; }

    @Override public long newString(String value) {
        // a char is 1 to 3 UTF-8 bytes: the exact count only when the quick bound does not decide
        int max = rt.limits.maxStringBytes();
        if (value.length() > max / 3 && (value.length() > max || value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max)) {
            throw new VmError("string of " + value.length() + " characters is over the limit of " + max + " bytes");
        }
        return rt.newString(value);
    }

    @Override public int maxStringBytes() { return rt.limits.maxStringBytes(); }

    @Override public long intern(long ref) {
        if (!Ref.isObject(ref) || s.classOf(ref) != rt.stringClass) throw new VmError("intern of " + className(ref) + ", not a string");
        return rt.interned.intern(ref);
    }

    @Override public int maxArrayLength() { return rt.limits.maxArrayLength(); }

    @Override public int maxBinaryBytes() { return rt.limits.maxBinaryBytes(); }

    @Override public int arrayLength(long array) {
        int kind = Ref.isObject(array) ? arrayKindOf(s.classOf(array)) : -1;
        if (kind == 0) return s.refSlots(array);
        if (kind > 0) return s.dataBytes(array) >> Op.ARRAY_SHIFT[kind];
        throw new VmError("expected an array, got " + className(array));
    }

    @Override public char[] readChars(long charArray, int from, int count) {
        charRange(charArray, from, count, "readChars");
        byte[] b = new byte[2 * count];
        s.readBytes(charArray, 2 * from, b, 0, b.length);
        char[] out = new char[count];
        for (int i = 0; i < count; i++) out[i] = (char) ((b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8); // as caload
        return out;
    }

    @Override public void writeChars(long charArray, int at, char[] src, int from, int count) {
        charRange(charArray, at, count, "writeChars");
        if (from < 0 || count < 0 || from > src.length - count) {
            throw new VmError("writeChars of " + count + " chars from " + from + " of " + src.length);
        }
        byte[] b = new byte[2 * count];
        for (int i = 0; i < count; i++) {
            b[2 * i] = (byte) src[from + i]; // as castore: little endian
            b[2 * i + 1] = (byte) (src[from + i] >> 8);
        }
        s.writeBytes(charArray, 2 * at, b, 0, b.length);
    }

    /** A VM error unless {@code a} is a char[] and [from, from + count) lies in it. */
    private void charRange(long a, int from, int count, String what) {
        int kind = Op.ARRAY_KINDS.indexOf("char");
        if (!Ref.isObject(a) || s.classOf(a) != rt.arrayClasses[kind]) {
            throw new VmError(what + " on " + className(a) + ", not a char[]");
        }
        int length = s.dataBytes(a) >> Op.ARRAY_SHIFT[kind];
        if (from < 0 || count < 0 || from > length - count) {
            throw new VmError(what + " of " + count + " chars at " + from + " out of bounds for length " + length);
        }
    }

    @Override public boolean admitRealtime(long t) { return rt.admitRealtime(t); }

    @Override public String stringValue(long ref) {
        String v = rt.stringValue(ref);
        if (v == null) throw new VmError("expected a string, got " + className(ref));
        return v;
    }

    @Override public boolean isInstance(long ref, String className) {
        if (ref == Ref.NULL) return false;
        if (Ref.isInt(ref)) return className.equals("int") || className.equals("object");
        ClassInfo c = rt.classOfRef(ref);
        return c != null && rt.isSubtype(c, className);
    }

    @Override public long newInstance(String className) {
        ClassInfo c = rt.findClass(className);
        if (c == null) throw new VmError("class " + className + " is not loaded");
        // a number box for an internal method's result, which sets its value at once: programs
        // cannot make one with `new` (rt.newInstance refuses), internal classes must
        if (c.internal && (className.equals("long") || className.equals("double"))) return s.allocate(c.ref, 0, 8);
        return rt.newInstance(c);
    }

    @Override public long thread() { return thread; }

    @Override public Console console() { return programConsole; }

    /** The console as programs see it: their output goes through the runtime, which names the thread when several write. */
    private final Console programConsole = new Console() {
        @Override public void print(String text) { rt.printAs(thread, text); }

        @Override public String readLine() { return rt.console().readLine(); }

        @Override public String pollLine() {
            // a line sent to this thread's own terminal (the web console) comes first
            String own = rt.ttyLine(thread);
            return own != null ? own : rt.console().pollLine();
        }

        @Override public boolean atEnd() { return rt.console().atEnd(); }

        @Override public phantom.api.driver.Registration listen(Runnable l) { return rt.console().listen(l); }
    };

    @Override public phantom.api.driver.Clock clock() { return rt.clock(); }

    @Override public void sleepUntil(long epochMillis) {
        s.setLong(thread, T_WAKE, Math.max(1, epochMillis));
        s.setInt(thread, T_STATE, SLEEPING);
        blockAfterCall = true;
    }

    @Override public void retryLater(long millis) { retryAfter = Math.max(0, millis); }

    @Override public void retryOn(String event, long millis) {
        retryLater(millis);
        retryEvent = event;
    }

    @Override public VmError error(String message) { return new VmError(message); }
}
