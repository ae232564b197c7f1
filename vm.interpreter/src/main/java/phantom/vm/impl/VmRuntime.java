package phantom.vm.impl;

import static phantom.vm.impl.Shapes.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.driver.Console;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.vm.code.ClassFile;
import phantom.vm.code.ClassFormatException;
import phantom.vm.code.Verifier;

/**
 * The VM's state in the object space: the class registry, the thread list, strings and errors.
 * Everything here is reachable from the space's roots, so it all survives a restart; the Java
 * side only caches decoded views ({@link ClassInfo}).
 */
public final class VmRuntime {
    final ObjectSpace space;
    private final Function<String, InternalClass> internals;
    private volatile Console console;
    private final Map<Long, ClassInfo> byRef = new ConcurrentHashMap<>();
    private final Map<String, ClassInfo> byName = new ConcurrentHashMap<>();
    private final Object registryLock = new Object();
    private final AtomicLong threadIds = new AtomicLong();
    Monitors monitors;
    /**
     * Threads waiting for an event (a driver's completion), by event name, and the one event
     * each waits for; not persistent: their retry time covers a restart. Guarded by waitLock.
     */
    private final Map<String, java.util.Set<Long>> waiting = new java.util.HashMap<>();
    private final Map<Long, String> awaiting = new java.util.HashMap<>();
    /** Threads whose event came: their next slice issues the call again before its retry time. */
    private final java.util.Set<Long> signalled = new java.util.HashSet<>();
    private final Object waitLock = new Object();
    private volatile java.util.function.LongConsumer waker = t -> {};

    long classClass, arrayClass, backingClass, stringClass, frameClass, errorClass, threadClass, classfileClass;
    /** The classes of the arrays newarray makes, by element kind ({@link phantom.vm.code.Op#ARRAY_KINDS}). */
    final long[] arrayClasses = new long[phantom.vm.code.Op.ARRAY_KINDS.size()];

    /** The class name of arrays of an element kind: "int[]" and so on. */
    static String arrayClassName(int kind) { return phantom.vm.code.Op.ARRAY_KINDS.get(kind) + "[]"; }
    final VmLimits limits;

    // ------------------------------------------------------------------ the zero-count table

    /**
     * Slices hold it shared; freeing what the zero-count table holds needs it alone, as only then
     * is no reference anywhere uncounted (every slice leaves its registers in counted frames).
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock sliceGate = new java.util.concurrent.locks.ReentrantReadWriteLock();

    /** Objects recorded at zero count past which a slice waits for the others to end and frees them first. */
    static final int RECLAIM_AT = 50_000;

    /** Bytes recorded at zero count past which a slice waits likewise: a 32nd of the space, at most 64 MiB. */
    final long reclaimBytes;
    /** Calls of a method before it is compiled to JVM code (the compiling tier, {@link Jit}); 0: never. */
    volatile int jitThreshold = 2;

    /** Before a slice: frees the zero-count table first when it grew large (waiting for running slices to end). */
    void enterSlice() {
        if ((space.deferredCount() >= RECLAIM_AT || space.deferredBytes() >= reclaimBytes) && sliceGate.getReadHoldCount() == 0) {
            reclaimDeferred(true);
        }
        sliceGate.readLock().lock();
    }

    /** After a slice: frees the zero-count table at once if no other slice runs (else the last one to end does). */
    void leaveSlice() {
        sliceGate.readLock().unlock();
        if (space.deferredCount() > 0 && sliceGate.getReadHoldCount() == 0) reclaimDeferred(false);
    }

    /**
     * Run by the space for each object it records at zero count. Released outside any slice
     * (by a Java caller: a console command, a driver, a test), it is freed at once, as tier one
     * would; inside one, it waits for the end of the slices running.
     */
    private void deferred() {
        if (sliceGate.getReadLockCount() == 0) reclaimDeferred(false);
    }

    private final Runnable zeroCountGate = this::deferred;

    /** Threads that found the space full and wait for a round of freeing. */
    final MemoryWaits memory = new MemoryWaits(() -> reclaimDeferred(true), this::signal);

    /**
     * Frees the objects at zero count that no slice can hold any more; {@code wait}: until the
     * running slices end, else only if none runs. Returns how many were freed.
     */
    public long reclaimDeferred(boolean wait) {
        var w = sliceGate.writeLock();
        long freed = 0;
        do {
            if (wait) w.lock();
            else if (!w.tryLock()) return freed;
            try {
                // what Java callers recorded meanwhile (no slice runs now) goes in the same pass
                do freed += space.reclaimDeferred(); while (space.deferredCount() > 0);
            } finally {
                w.unlock();
            }
            // one recorded after the last look whose own attempt found this lock taken
        } while (space.deferredCount() > 0 && sliceGate.getReadLockCount() == 0);
        return freed;
    }

    /**
     * Ends deferred freeing on the space, after the slices drained: what waits in the table is
     * freed, and counts at zero are reclaimed at once again (by tier one) until a VM sets its gate.
     */
    public void close() {
        try {
            memory.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reclaimDeferred(true);
        space.clearDeferredFrees(zeroCountGate);
        reclaimDeferred(true); // one recorded between the two
    }

    public VmRuntime(ObjectSpace space, Function<String, InternalClass> internals, Console console) {
        this(space, internals, console, VmLimits.DEFAULT);
    }

    public VmRuntime(ObjectSpace space, Function<String, InternalClass> internals, Console console, VmLimits limits) {
        this.space = space;
        this.reclaimBytes = Math.min(64L << 20, Math.max(1L << 20, space.capacity() / 32));
        // the interpreter's registers hold no counts: a count at zero is only a candidate for freeing
        space.setDeferredFrees(zeroCountGate);
        this.internals = internals;
        this.console = console;
        this.limits = limits;
        this.versions = new ClassVersions(this);
        // no program may hold more than its share: the space counts what each owner allocated
        space.setOwnerQuota(limits.programQuota(space.capacity()));
        bootstrap();
    }

    /** The allocation owner of a thread's program: its id folded onto the space's owners 1..MAX_OWNER. */
    int ownerOf(long thread) {
        long id = space.getLong(thread, T_ID);
        return (int) (1 + Math.floorMod(id - 1, (long) ObjectSpace.MAX_OWNER));
    }

    public void setConsole(Console c) { this.console = c; }

    private volatile phantom.api.driver.Clock clock = new phantom.devices.SystemClock();

    public void setClock(phantom.api.driver.Clock c) { this.clock = c == null ? new phantom.devices.SystemClock() : c; }

    phantom.api.driver.Clock clock() { return clock; }

    /** Who makes a waiting thread run again when its event comes (the scheduler's ring). */
    public void setWaker(java.util.function.LongConsumer w) { this.waker = w == null ? t -> {} : w; }

    void awaitEvent(String event, long thread) {
        synchronized (waitLock) {
            forgetWait(thread);
            awaiting.put(thread, event);
            waiting.computeIfAbsent(event, k -> new java.util.HashSet<>()).add(thread);
        }
    }

    /**
     * Called when a thread runs again: true if its event came (its call is to be issued now,
     * before its retry time). Either way it no longer waits for the event, so a signal meant
     * for an old wait can never cut short a later one (a sleep).
     */
    boolean endWait(long thread, boolean deadlinePassed) {
        synchronized (waitLock) {
            if (!deadlinePassed && !signalled.contains(thread)) return false; // woken for nothing: still waits
            forgetWait(thread);
            return true;
        }
    }

    /** A thread that ends no longer waits for anything. */
    void forgetWaits(long thread) {
        memory.forget(thread);
        synchronized (waitLock) {
            forgetWait(thread);
        }
    }

    /** The event a thread waits for (a driver's completion), or null. */
    String awaitedEvent(long thread) {
        synchronized (waitLock) {
            return awaiting.get(thread);
        }
    }

    private void forgetWait(long thread) {
        String e = awaiting.remove(thread);
        if (e != null) {
            java.util.Set<Long> set = waiting.get(e);
            set.remove(thread);
            if (set.isEmpty()) waiting.remove(e);
        }
        signalled.remove(thread);
    }

    /** Events signalled so far: a call that saw it change while it ran may have missed its own. */
    private final AtomicLong signals = new AtomicLong();

    long signalCount() { return signals.get(); }

    /** An event happened: every thread waiting for it is woken, once. */
    public void signal(String event) {
        signals.incrementAndGet();
        long[] woken;
        synchronized (waitLock) {
            java.util.Set<Long> set = waiting.remove(event);
            if (set == null) return;
            woken = new long[set.size()];
            int i = 0;
            for (long t : set) {
                awaiting.remove(t);
                signalled.add(t);
                woken[i++] = t;
            }
        }
        for (long t : woken) waker.accept(t);
    }

    Console console() { return console; }

    /** Threads that printed and have not ended (by id); while two or more did, each line names its thread. */
    private final java.util.Set<Long> writers = ConcurrentHashMap.newKeySet();
    private final Object printLock = new Object();
    private boolean atLineStart = true; // guarded by printLock

    /**
     * A program's output: as it is while one thread writes; once several live threads write,
     * each line starts with {@code [Name#id] } so two identical programs can be told apart.
     */
    void printAs(long thread, String text) {
        Console c = console;
        long id = threadId(thread);
        writers.add(id);
        tty(id).append(text);
        synchronized (printLock) {
            if (writers.size() < 2) {
                c.print(text);
            } else {
                String tag = "[" + threadName(thread) + "] ";
                StringBuilder sb = new StringBuilder(text.length() + tag.length());
                for (int i = 0; i < text.length(); i++) {
                    if (atLineStart) sb.append(tag);
                    char ch = text.charAt(i);
                    sb.append(ch);
                    atLineStart = ch == '\n';
                }
                c.print(sb.toString());
                return;
            }
            if (!text.isEmpty()) atLineStart = text.charAt(text.length() - 1) == '\n';
        }
    }

    /**
     * Each thread's own terminal, for the web console: its recent output (at least the last
     * {@link #KEEP} characters) and the lines sent to it.
     * In memory only (a restart starts them empty); dropped when the thread ends.
     */
    static final class Tty {
        static final int KEEP = 64 * 1024;
        private final StringBuilder out = new StringBuilder();
        private long start; // position of out's first character
        final java.util.concurrent.ConcurrentLinkedQueue<String> input = new java.util.concurrent.ConcurrentLinkedQueue<>();

        synchronized void append(String text) {
            out.append(text);
            // trimmed to KEEP once it holds twice that: one copy per KEEP characters printed, not one per print
            if (out.length() > 2 * KEEP) {
                int drop = out.length() - KEEP;
                out.delete(0, drop);
                start += drop;
            }
        }

        synchronized phantom.api.vm.VirtualMachine.TtyText read(long from) {
            long end = start + out.length();
            long f = Math.max(start, Math.min(from, end));
            return new phantom.api.vm.VirtualMachine.TtyText(start, end, out.substring((int) (f - start)));
        }
    }

    private final Map<Long, Tty> ttys = new ConcurrentHashMap<>();

    Tty tty(long threadId) { return ttys.computeIfAbsent(threadId, k -> new Tty()); }

    /** A line sent to the thread's own terminal, if one waits; null otherwise. */
    String ttyLine(long thread) {
        Tty t = ttys.get(threadId(thread));
        return t == null ? null : t.input.poll();
    }

    InternalClass internal(String name) { return internals.apply(name); }

    /** Bumped whenever an internal class is bound or unbound: call sites drop the implementation they cached. */
    volatile int bindingEpoch;

    void internalsChanged() { bindingEpoch++; }

    // ------------------------------------------------------------------ bootstrap

    /** Creates the registry and the internal class objects on first start; finds them later. */
    private void bootstrap() {
        synchronized (registryLock) {
            if (space.root(Roots.CLASSES) == Ref.NULL) {
                // the class of classes is its own class; arrays and their backing stores next
                long cc = allocateClass(Ref.NULL, "class", FLAG_INTERNAL);
                space.setClassOf(cc, cc);
                long ac = allocateClass(cc, "array", FLAG_INTERNAL);
                long bc = allocateClass(cc, BACKING, FLAG_INTERNAL);
                long registry = Lists.create(space, ac, bc);
                space.setRoot(Roots.CLASSES, registry);
                space.release(registry);
                for (long c : new long[] { cc, ac, bc }) {
                    Lists.add(space, registry, c, bc);
                    space.release(c);
                }
                // names can only be strings once the string class exists
                long sc = allocateClass(cc, "string", FLAG_INTERNAL);
                Lists.add(space, registry, sc, bc);
                space.release(sc);
                stringClass = sc;
                for (long c : new long[] { cc, ac, bc, sc }) setName(c);
                ensureInternal("object");
                long object = classOf("object");
                for (long c : new long[] { cc, ac, bc, sc }) space.setRef(c, C_SUPER, object);
                for (String n : new java.util.TreeSet<>(CoreClasses.ALL.keySet())) ensureInternal(n);
                for (String n : List.of(FRAME, ERROR, CLASSFILE)) ensureInternal(n);
                long threads = Lists.create(space, ac, bc);
                space.setRoot(Roots.THREADS, threads);
                space.release(threads);
            }
            // core classes added since this space was made
            long reg0 = space.root(Roots.CLASSES);
            if (stringClass == 0) stringClass = space.classOf(space.getRef(Lists.get(space, reg0, 0), C_NAME));
            for (String n : new java.util.TreeSet<>(CoreClasses.ALL.keySet())) ensureInternal(n);
            for (int k = 0; k < arrayClasses.length; k++) ensureInternal(arrayClassName(k));
            // a class's name is a string: that gives the string class before any name is read
            long first = Lists.get(space, space.root(Roots.CLASSES), 0);
            stringClass = space.classOf(space.getRef(first, C_NAME));
            scanRegistry();
            classClass = byName("class").ref;
            arrayClass = byName("array").ref;
            backingClass = byName(BACKING).ref;
            stringClass = byName("string").ref;
            frameClass = byName(FRAME).ref;
            errorClass = byName(ERROR).ref;
            threadClass = byName("thread").ref;
            classfileClass = byName(CLASSFILE).ref;
            for (int k = 0; k < arrayClasses.length; k++) arrayClasses[k] = byName(arrayClassName(k)).ref;
            if (space.root(Roots.INT_CLASS) == Ref.NULL) space.setRoot(Roots.INT_CLASS, byName("int").ref);
            if (space.root(Roots.OUT_OF_MEMORY) == Ref.NULL) {
                long oom = newError("out of memory: object space full");
                space.setRoot(Roots.OUT_OF_MEMORY, oom);
                space.release(oom);
            }
            monitors = new Monitors(space, classfileClass);
            interned = new InternTable(space, stringClass, backingClass);
            long maxId = 0;
            long threads = space.root(Roots.THREADS);
            for (int i = 0; i < Lists.size(space, threads); i++) maxId = Math.max(maxId, space.getLong(Lists.get(space, threads, i), T_ID));
            threadIds.set(maxId);
        }
    }

    private long allocateClass(long classOfClasses, String name, int flags) {
        long c = space.allocate(classOfClasses, C_REFS, C_DATA);
        space.setInt(c, C_FLAGS, flags);
        if (stringClass != 0) {
            long n = newString(name);
            space.setRef(c, C_NAME, n);
            space.release(n);
        } else {
            pendingNames.put(c, name);
        }
        return c;
    }

    private final Map<Long, String> pendingNames = new ConcurrentHashMap<>();

    private void setName(long c) {
        String name = pendingNames.remove(c);
        if (name == null) return;
        long n = newString(name);
        space.setRef(c, C_NAME, n);
        space.release(n);
    }

    private void ensureInternal(String name) {
        long registry = space.root(Roots.CLASSES);
        for (int i = 0; i < Lists.size(space, registry); i++) {
            if (name.equals(stringValue(space.getRef(Lists.get(space, registry, i), C_NAME)))) return;
        }
        long c = allocateClass(classOf("class"), name, FLAG_INTERNAL);
        if (!name.equals("object")) {
            long obj = classOf("object");
            if (obj != Ref.NULL) space.setRef(c, C_SUPER, obj);
        }
        Lists.add(space, registry, c, classOf(BACKING));
        space.release(c);
    }

    private long classOf(String name) {
        long registry = space.root(Roots.CLASSES);
        for (int i = Lists.size(space, registry) - 1; i >= 0; i--) {
            long c = Lists.get(space, registry, i);
            long n = space.getRef(c, C_NAME);
            if (n != Ref.NULL && name.equals(stringValue(n))) return c;
        }
        return Ref.NULL;
    }

    /** Reads the registry: the newest class object of each name wins. */
    private void scanRegistry() {
        long registry = space.root(Roots.CLASSES);
        scanning = true;
        try {
            for (int i = 0; i < Lists.size(space, registry); i++) info(Lists.get(space, registry, i));
        } finally {
            scanning = false;
        }
        // spaces made before patching list every version: all but the newest of a name are stale
        for (ClassInfo c : byRef.values()) if (!c.internal && byName.get(c.name) != c.version()) versions.markStale(c);
    }

    /** While the registry is read at start: which version of a name is newest is known only at the end. */
    private boolean scanning;

    final ClassVersions versions;

    // ------------------------------------------------------------------ classes

    ClassInfo byName(String name) {
        ClassInfo c = byName.get(name);
        if (c == null) throw new IllegalStateException("no class " + name);
        return c;
    }

    ClassInfo findClass(String name) { return byName.get(name); }

    /**
     * Bumped after each change of which class a name means (a load, a patch, a rollback, an
     * unload): a static call site keeps the class it found with the epoch it read before looking.
     * Atomic: registry changes come from several threads (a class decoded on first use, a bundle bound).
     */
    final java.util.concurrent.atomic.AtomicInteger namesEpoch = new java.util.concurrent.atomic.AtomicInteger();

    /** Makes {@code name} mean {@code c}; the epoch moves after the map, so a site that read the old epoch looks again. */
    private void nameMeans(String name, ClassInfo c) {
        byName.put(name, c);
        namesEpoch.incrementAndGet();
    }

    // ------------------------------------------------------------------ interfaces

    /**
     * The classes a class file implements: loaded bytecode classes without fields on object
     * (their methods are default methods), none the class itself or reaching back to it.
     */
    private void checkInterfaces(ClassFile cf) {
        for (String i : cf.interfaces()) {
            if (i.equals(cf.name())) throw new ClassFormatException(cf.name(), "a class cannot implement itself");
            ClassInfo c = byName.get(i);
            if (c == null) throw new ClassFormatException(cf.name(), "interface " + i + " is not loaded");
            if (c.internal) throw new ClassFormatException(cf.name(), "cannot implement internal class " + i);
            if (c.objFields + c.intFields > 0 || !c.superclass.name.equals("object")) {
                throw new ClassFormatException(cf.name(), "cannot implement " + i + ": an interface has no fields and extends object");
            }
            if (interfaceReaches(i, cf.name(), 0)) throw new ClassFormatException(cf.name(), "interface " + i + " implements " + cf.name());
        }
    }

    /** Whether {@code c} or a superclass implements interface {@code name}, directly or through the interfaces it implements. */
    boolean implementsInterface(ClassInfo c, String name) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            if (k.file == null) continue;
            for (String i : k.file.interfaces()) if (interfaceReaches(i, name, 0)) return true;
        }
        return false;
    }

    private boolean interfaceReaches(String iface, String name, int depth) {
        if (iface.equals(name)) return true;
        if (depth >= limits.maxInheritance()) return false;
        ClassInfo i = byName.get(iface);
        if (i == null || i.file == null) return false;
        for (String j : i.file.interfaces()) if (interfaceReaches(j, name, depth + 1)) return true;
        return false;
    }

    /** Whether objects of {@code c} are of type {@code name}: the class, a superclass or an interface they implement. */
    boolean isSubtype(ClassInfo c, String name) {
        if (c.element != null && name.endsWith("[]")) return isArraySubtype(c, name);
        return c.isSubclassOf(name) || implementsInterface(c, name);
    }

    /**
     * Java's covariance: a reference array is an object[], and an array of {@code T} where its
     * element class is of type {@code T}; a primitive array is only itself (an int[][] is an
     * object[] but no int[]).
     */
    private boolean isArraySubtype(ClassInfo c, String name) {
        if (name.equals(c.name) || name.equals("object[]")) return true;
        String target = ClassInfo.elementOf(name);
        if (target == null) return false;
        ClassInfo e = byName.get(c.element);
        return e != null && isSubtype(e, target);
    }

    /**
     * The default method of that signature in the interfaces of {@code c} (its own first, then
     * its superclasses', each interface before the ones it implements); null if none has one.
     */
    ClassInfo.Target defaultMethod(ClassInfo c, String name, String descriptor) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            if (k.file == null) continue;
            for (String i : k.file.interfaces()) {
                ClassInfo.Target t = defaultIn(i, name, descriptor, 0);
                if (t != null) return t;
            }
        }
        return null;
    }

    private ClassInfo.Target defaultIn(String iface, String name, String descriptor, int depth) {
        ClassInfo i = byName.get(iface);
        if (i == null || i.file == null || depth >= limits.maxInheritance()) return null;
        ClassInfo.Target t = i.methods.get(ClassInfo.key(name, descriptor));
        if (t != null && !t.isInternal()) return t;
        for (String j : i.file.interfaces()) {
            t = defaultIn(j, name, descriptor, depth + 1);
            if (t != null) return t;
        }
        return null;
    }

    /** The decoded view of a class object, built on first use. */
    /** Bumped when an internal class's table changed: interpreters drop the class infos they cached. */
    volatile int classEpoch;

    /** A bundle of internal class {@code name} was bound: decode its class again from the bundle's table. */
    void internalChanged(String name) {
        internalsChanged();
        ClassInfo c = byName.get(name);
        if (c == null || !c.internal) return;
        InternalClass ic = internals.apply(name);
        if (ic == null || c.vtable.length == ic.methods().size() && sameNames(c.vtable, ic.methods())) return;
        ClassInfo fresh = decode(c.ref);
        byRef.put(c.ref, fresh);
        nameMeans(name, fresh);
        classEpoch++;
    }

    private static boolean sameNames(ClassInfo.Target[] vt, List<String> names) {
        for (int i = 0; i < vt.length; i++) if (!vt[i].name.equals(names.get(i))) return false;
        return true;
    }

    ClassInfo info(long classRef) {
        ClassInfo c = byRef.get(classRef);
        if (c != null) return c;
        synchronized (registryLock) {
            c = byRef.get(classRef);
            if (c != null) return c;
            c = decode(classRef);
            c.incarnation = space.incarnation(classRef);
            byRef.put(classRef, c);
            if (c.base == null) {
                ClassInfo current = byName.get(c.name);
                if (current == null || isNewer(classRef, current.ref)) nameMeans(c.name, c);
            }
            // a version no longer in the registry (instances or frames still use it) is stale
            if (!c.internal && !scanning && byName.get(c.name) != c.version()) versions.markStale(c);
            return c;
        }
    }

    /** Later entries of the registry are newer versions. */
    private boolean isNewer(long a, long b) {
        long registry = space.root(Roots.CLASSES);
        int ia = -1, ib = -1;
        for (int i = 0; i < Lists.size(space, registry); i++) {
            long c = Lists.get(space, registry, i);
            if (c == a) ia = i;
            if (c == b) ib = i;
        }
        return ia > ib;
    }

    ClassInfo decode(long ref) {
        String name = stringValue(space.getRef(ref, C_NAME));
        long superRef = space.getRef(ref, C_SUPER);
        ClassInfo sup = superRef == Ref.NULL ? null : info(superRef);
        int flags = space.getInt(ref, C_FLAGS);
        int number = space.getInt(ref, C_VERSION);
        if ((flags & FLAG_INTERNAL) != 0) {
            // the table of the bound bundle, which may have added methods; the core list until it is bound
            InternalClass ic = internals.apply(name);
            List<String> methods = ic != null ? ic.methods() : CoreClasses.ALL.getOrDefault(name, CoreClasses.OBJECT);
            return new ClassInfo(ref, name, sup, true, null, Ref.NULL, number, null, methods);
        }
        ClassInfo base = (flags & FLAG_INDIRECT) != 0 ? info(space.getRef(ref, C_PREVIOUS)) : null;
        long fileRef = space.getRef(ref, C_FILE);
        byte[] bytes = new byte[space.dataBytes(fileRef)];
        space.readBytes(fileRef, 0, bytes, 0, bytes.length);
        ClassFile cf = ClassFile.parse(bytes);
        ClassInfo ci = new ClassInfo(ref, name, sup, false, cf, space.getRef(ref, C_CONSTANTS), Math.max(1, number), base, null);
        if (base != null) {
            ClassVersions.throughExtension(ci);
            base.indirect = ci;
        }
        return ci;
    }

    /** The superclass a class file names, checked: loaded, not internal (but object), not too deep. */
    ClassInfo superOf(ClassFile cf) {
        String superName = cf.superName() == null ? "object" : cf.superName();
        if (superName.equals(cf.name())) throw new ClassFormatException(cf.name(), "a class cannot extend itself");
        ClassInfo sup = byName.get(superName);
        if (sup == null) throw new ClassFormatException(cf.name(), "superclass " + superName + " is not loaded");
        // an internal class keeps its state where a subclass's fields would go, and its methods
        // trust that state: a subclass could aim them at any object (docs/architecture.md, "Isolation")
        if (sup.internal && !sup.name.equals("object")) {
            throw new ClassFormatException(cf.name(), "cannot extend internal class " + superName);
        }
        if (sup.isSubclassOf(cf.name())) throw new ClassFormatException(cf.name(), "superclass " + superName + " derives from " + cf.name());
        int depth = 0;
        for (ClassInfo c = sup; c != null; c = c.superclass) depth++;
        if (depth >= limits.maxInheritance()) {
            throw new ClassFormatException(cf.name(), "superclass chain of " + (depth + 1) + " classes; the limit is " + limits.maxInheritance());
        }
        return sup;
    }

    void verify(ClassFile cf, ClassInfo sup) {
        checkInterfaces(cf);
        Verifier.verify(cf, new Verifier.Context() {
            @Override public int inheritedObjFields() { return sup.objFields; }

            @Override public int inheritedIntFields() { return sup.intFields; }

            @Override public int methodCount(String n) {
                ClassInfo c = byName.get(n);
                return c == null ? -1 : c.vtable.length;
            }

            @Override public Verifier.Limits limits() { return limits.code(); }
        });
    }

    /**
     * Writes a class object for a verified class file (owned by the caller). Everything it needs
     * is allocated here, so a full space fails it before anything refers to it.
     */
    long storeClass(ClassFile cf, byte[] bytes, long superRef, int number, long history) {
        long c = allocateClass(classClass, cf.name(), 0);
        try {
            space.setRef(c, C_SUPER, superRef);
            space.setInt(c, C_VERSION, number);
            long file = space.allocate(classfileClass, 0, bytes.length);
            space.writeBytes(file, 0, bytes, 0, bytes.length);
            space.setRef(c, C_FILE, file);
            space.release(file);
            long constants = space.allocate(backingClass, cf.pool().size() + 1, 0);
            space.setRef(c, C_CONSTANTS, constants);
            space.release(constants);
            for (int i = 0; i < cf.pool().size(); i++) {
                if (cf.pool().get(i) instanceof ClassFile.StringConst sc) {
                    long str = interned.intern(sc.value(), this::newString); // one object per text, whichever class names it
                    space.setRef(constants, i + 1, str);
                    space.release(str);
                }
            }
            space.setRef(c, C_PREVIOUS, history);
            // the address may be a freed class object's: no cached view of that one may answer for it
            byRef.remove(c);
            return c;
        } catch (RuntimeException e) {
            space.release(c);
            throw e;
        }
    }

    /** The indirect variant of a stored version: same code and layout, its fields in an extension object. */
    long storeVariant(long version) {
        long v = allocateClass(classClass, stringValue(space.getRef(version, C_NAME)), FLAG_INDIRECT);
        space.setRef(v, C_SUPER, space.getRef(version, C_SUPER));
        space.setInt(v, C_VERSION, space.getInt(version, C_VERSION));
        space.setRef(v, C_FILE, space.getRef(version, C_FILE));
        space.setRef(v, C_CONSTANTS, space.getRef(version, C_CONSTANTS));
        space.setRef(v, C_PREVIOUS, version);
        space.setRef(version, C_INDIRECT, v);
        space.release(v);
        byRef.remove(v);
        return v;
    }

    /**
     * Verifies and stores a class. A class of a name already loaded is a patch of it
     * ({@link ClassVersions#patch}): new calls run the new code, on old instances too.
     */
    public String loadClass(byte[] bytes) {
        return load(bytes).name();
    }

    /** As {@link #loadClass}, with what it did: a first version, or a patch and the subclasses it rebased. */
    ClassVersions.Loaded load(byte[] bytes) {
        if (bytes.length > limits.code().maxClassBytes()) {
            throw new ClassFormatException("?", "class file is " + bytes.length + " bytes; the limit is " + limits.code().maxClassBytes());
        }
        ClassFile cf = ClassFile.parse(bytes);
        if (cf.name().endsWith("[]")) throw new ClassFormatException(cf.name(), "a class name cannot end in []: array classes are the VM's own");
        synchronized (registryLock) {
            ClassInfo existing = byName.get(cf.name());
            if (existing != null && existing.internal) throw new ClassFormatException(cf.name(), "an internal class of that name exists");
            if (existing != null) return versions.patch(cf, bytes, existing, null);
            ClassInfo sup = superOf(cf);
            verify(cf, sup);
            ClassVersions.checkMigrationMethod(cf);
            long c = storeClass(cf, bytes, sup.ref, Math.max(1, cf.version()), Ref.NULL);
            try {
                storeVariant(c);
            } catch (RuntimeException e) {
                space.release(c);
                throw e;
            }
            Lists.add(space, space.root(Roots.CLASSES), c, backingClass);
            space.release(c);
            installed(c);
            classEpoch++;
            return new ClassVersions.Loaded(cf.name(), info(c).number, false, List.of());
        }
    }

    /** A loaded bytecode class's method names by ordinal, for the assembler of a patch that extends it; null if none is loaded. */
    List<String> methodNames(String name) {
        ClassInfo c = findClass(name);
        if (c == null || c.internal) return null;
        List<String> names = new java.util.ArrayList<>();
        // as the assembler keys them: bytecode methods by name and descriptor, inherited internal ones by name
        for (ClassInfo.Target x : c.vtable) names.add(x == null ? "-" : x.descriptor == null ? x.name : x.name + x.descriptor);
        return names;
    }

    /**
     * The loaded version of the class in {@code bytes} if it was stored from exactly these bytes,
     * else null: loading it again would change nothing (a patch request repeated after a crash).
     */
    ClassInfo loadedAs(byte[] bytes) {
        ClassInfo ci = byName.get(ClassFile.parse(bytes).name());
        if (ci == null || ci.internal) return null;
        long fileRef = space.getRef(ci.ref, C_FILE);
        if (space.dataBytes(fileRef) != bytes.length) return null;
        byte[] stored = new byte[bytes.length];
        space.readBytes(fileRef, 0, stored, 0, stored.length);
        return java.util.Arrays.equals(stored, bytes) ? ci : null;
    }

    /** Takes a class loaded at this safepoint out again (nothing can use it yet: no slice ran since). */
    void unload(String name) {
        ClassInfo c = byName.remove(name);
        if (c == null) return;
        namesEpoch.incrementAndGet();
        byRef.remove(c.ref);
        if (c.indirect != null) byRef.remove(c.indirect.ref);
        Lists.remove(space, space.root(Roots.CLASSES), c.ref);
        classEpoch++;
    }

    /** Decodes a class object just stored as the named version of its name. */
    ClassInfo installed(long c) {
        ClassInfo ci = decode(c);
        ci.incarnation = space.incarnation(c);
        byRef.put(c, ci);
        nameMeans(ci.name, ci);
        return ci;
    }

    /** A version's indirect variant, decoded on first need; null for class objects made before patching. */
    ClassInfo indirectOf(ClassInfo version) {
        ClassInfo v = version.indirect;
        if (v != null) return v;
        if (space.refSlots(version.ref) <= C_INDIRECT) return null;
        long ref = space.getRef(version.ref, C_INDIRECT);
        return ref == Ref.NULL ? null : info(ref);
    }

    Object registryLock() { return registryLock; }

    /**
     * Drops the views of replaced versions the cycle collector has freed (their class object is
     * free, or another object took the address): the Java heap does not grow with patches.
     */
    int pruneFreedVersions() {
        int n = 0;
        synchronized (registryLock) {
            for (var it = byRef.values().iterator(); it.hasNext(); ) {
                ClassInfo c = it.next();
                if (!c.stale) continue;
                boolean gone;
                try {
                    gone = space.refCount(c.ref) == 0 || space.classOf(c.ref) != classClass || space.incarnation(c.ref) != c.incarnation;
                } catch (RuntimeException e) {
                    gone = true;
                }
                if (gone) {
                    it.remove();
                    n++;
                }
            }
            if (n > 0) classEpoch++;
        }
        return n;
    }

    Map<String, ClassInfo> named() { return byName; }

    Iterable<ClassInfo> decoded() { return byRef.values(); }

    // ------------------------------------------------------------------ objects

    /** The space's one string of each interned text: class literals and {@code string.intern}. */
    InternTable interned;

    public long newString(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        long s = space.allocate(stringClass, 0, b.length);
        space.writeBytes(s, 0, b, 0, b.length);
        return s;
    }

    public String stringValue(long ref) {
        if (!Ref.isObject(ref) || space.classOf(ref) != stringClass) return null;
        byte[] b = new byte[space.dataBytes(ref)];
        space.readBytes(ref, 0, b, 0, b.length);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The preallocated out-of-memory error (retained for the caller): it needs no allocation when the space is full. */
    long outOfMemoryError() {
        long e = space.root(Roots.OUT_OF_MEMORY);
        space.retain(e);
        return e;
    }

    long newError(String message) {
        long e = space.allocate(errorClass, E_REFS, 0);
        long m = newString(message);
        space.setRef(e, E_MESSAGE, m);
        space.release(m);
        return e;
    }

    /** A new instance of a class: bytecode classes get their fields, internal ones their declared shape. */
    long newInstance(ClassInfo c) {
        if (c.internal) {
            // objects only the VM makes, with a shape it relies on: never empty shells made by `new`
            if (NOT_NEWABLE.contains(c.name) || c.name.endsWith("[]")) throw new phantom.api.classes.VmError("class " + c.name + " cannot be made with new");
            if (c.name.equals(ERROR)) return space.allocate(c.ref, E_REFS, 0); // message null
            InternalClass ic = internals.apply(c.name);
            int refs = ic == null ? 0 : ic.instanceRefSlots();
            int data = ic == null ? 0 : ic.instanceDataBytes();
            return space.allocate(c.ref, refs, data);
        }
        // at least one reference slot: an instance whose class grows is migrated through slot 0
        return space.allocate(c.ref, Math.max(1, c.objFields), 8 * c.intFields);
    }

    /**
     * The one instance of {@code c} (`singleton`), made on first use with its fields zero or
     * null and kept in the class object; a patch moves it to the new version, where it migrates
     * like any instance. The caller owns one count.
     */
    long singleton(ClassInfo c) {
        if (c.internal) throw new phantom.api.classes.VmError("internal class " + c.name + " has no singleton");
        if (space.refSlots(c.ref) <= C_SINGLETON) {
            throw new phantom.api.classes.VmError("class " + c.name + " was loaded before singletons existed: patch it to use one");
        }
        long v = space.getRef(c.ref, C_SINGLETON);
        if (v == Ref.NULL) {
            synchronized (registryLock) { // two carriers never make two
                v = space.getRef(c.ref, C_SINGLETON);
                if (v == Ref.NULL) {
                    long made = newInstance(c);
                    space.exchangeRef(c.ref, C_SINGLETON, made); // its count moves into the class object
                    v = made;
                }
            }
        }
        space.retain(v);
        return v;
    }

    /** A new array of {@code length} elements of kind {@code kind}, all zero or null. */
    long newArray(int kind, long length) {
        int n = arraySize(length);
        return kind == 0 ? space.allocate(arrayClasses[0], n, 0) : space.allocate(arrayClasses[kind], 0, n << phantom.vm.code.Op.ARRAY_SHIFT[kind]);
    }

    /** A new reference array of class {@code arrayClass} (one {@link #arrayClass} gave), all null. */
    long newArray(ClassInfo arrayClass, long length) {
        return space.allocate(arrayClass.ref, arraySize(length), 0);
    }

    /** A new array of the class of {@code prototype} (any array), all zero or null: Arrays.copyOf and toArray keep the element type. */
    long newLike(long prototype, long length) {
        long c = Ref.isObject(prototype) ? space.classOf(prototype) : Ref.NULL;
        for (int k = 0; k < arrayClasses.length; k++) if (c == arrayClasses[k]) return newArray(k, length);
        ClassInfo ci = c == Ref.NULL ? null : info(c);
        if (ci == null || ci.element == null) {
            throw new phantom.api.classes.VmError("newlike of " + (ci == null ? Ref.toString(prototype) : "an object of class " + ci.name) + ", not an array");
        }
        return newArray(ci, length);
    }

    private int arraySize(long length) {
        if (length < 0) throw new phantom.api.classes.VmError("negative array size " + length);
        if (length > limits.maxArrayLength()) {
            throw new phantom.api.classes.VmError("array of " + length + " elements: the limit is " + limits.maxArrayLength()
                + " (phantom.vm.limit.arrayLength)");
        }
        return (int) length;
    }

    /**
     * The array class {@code name} names ("Foo[]", "string[][]", "int[][]"), made and kept in
     * the registry on first use, so that it outlives a restart like any class; null when its
     * innermost element class is not loaded or the name is no array's. An array class is
     * internal: programs cannot load, extend or patch one. The primitive arrays' classes
     * ("int[]") always exist and are given as they are.
     */
    ClassInfo arrayClass(String name) {
        ClassInfo c = byName.get(name);
        if (c != null) return c;
        String e = ClassInfo.elementOf(name);
        if (e == null) return null;
        ClassInfo ec = e.endsWith("[]") ? arrayClass(e) : byName.get(e);
        if (ec == null) return null;
        synchronized (registryLock) {
            c = byName.get(name);
            if (c != null) return c;
            ensureInternal(name);
            return info(classOf(name));
        }
    }

    private static final java.util.Set<String> NOT_NEWABLE =
        java.util.Set.of("class", "thread", FRAME, BACKING, CLASSFILE, "int", "long", "float", "double");

    /**
     * Real-time admission: a thread already real-time keeps it; another is admitted while fewer
     * than {@link VmLimits#realtimeThreads} live threads are real-time (it is then made real-time).
     */
    boolean admitRealtime(long thread) {
        synchronized (registryLock) {
            if (space.getInt(thread, T_PRIORITY) == 1) return true;
            int n = 0;
            for (long t : liveThreads()) if (space.getInt(t, T_PRIORITY) == 1) n++;
            if (n >= limits.realtimeThreads()) return false;
            space.setInt(thread, T_PRIORITY, 1); // under the lock: two threads never take the last grant
            return true;
        }
    }

    ClassInfo classOfRef(long ref) {
        long c = space.classOf(ref);
        return c == Ref.NULL ? null : info(c);
    }

    // ------------------------------------------------------------------ threads

    /** Creates an instance of {@code className} and a thread that will run its {@code main()V}. */
    public long newThread(String className) {
        ClassInfo c = byName.get(className);
        if (c == null) throw new IllegalArgumentException("no class " + className + " is loaded");
        if (c.internal) throw new IllegalArgumentException(className + " is an internal class");
        ClassInfo.Target main = c.lookup("main", "()V");
        if (main == null || main.isInternal()) {
            throw new IllegalArgumentException("class " + className + " has no method main ()V");
        }
        return threadRunning(c, main, newInstance(c));
    }

    /**
     * The {@code spawn} instruction: a new thread that runs {@code target}'s {@code run ()V}
     * (looked up in the object's class), scheduled at once; null when the class has no such
     * method. The caller keeps its count of {@code target}.
     */
    long spawn(long target) {
        ClassInfo c = classOfRef(target);
        ClassInfo.Target run = c == null || c.internal ? null : c.lookup("run", "()V");
        if (run == null || run.isInternal()) return Ref.NULL;
        space.retain(target);
        long thread = threadRunning(c, run, target);
        spawner.accept(thread);
        return thread;
    }

    /** Where spawned threads go: the scheduler, set by the VM component (tests run them themselves). */
    private volatile java.util.function.LongConsumer spawner = t -> {};

    public void setSpawner(java.util.function.LongConsumer s) { this.spawner = s == null ? t -> {} : s; }

    /** Threads are added by carriers (spawn) and removed by carriers (finish) at once: the list is changed under this lock. */
    private final Object threadList = new Object();

    /** A thread whose first frame is {@code method} on {@code self} (whose count moves into the frame), in the thread list. */
    private long threadRunning(ClassInfo c, ClassInfo.Target method, long self) {
        long thread = space.allocate(threadClass, T_REFS, T_DATA);
        long id = threadIds.incrementAndGet();
        space.setLong(thread, T_ID, id);
        long name = newString(c.name + "#" + id);
        space.setRef(thread, T_NAME, name);
        space.release(name);
        long frame = Interpreter.newFrame(this, method);
        space.exchangeRef(frame, F_LOCALS, self); // this: the new instance's count moves into the frame
        space.exchangeRef(thread, T_FRAME, frame);
        synchronized (threadList) {
            Lists.add(space, space.root(Roots.THREADS), thread, backingClass);
        }
        return thread; // the caller owns one count
    }

    /** Wakes the live thread with this id, if it waits (a notify's hint). */
    void wakeThread(long id) {
        long t = threadById(id);
        if (t != Ref.NULL) waker.accept(t);
    }

    /** The event a thread's end signals ({@code thread.join} waits on it). */
    public static String endEvent(long threadId) { return phantom.api.classes.NativeCall.threadEndEvent(threadId); }

    public long threadId(long thread) { return space.getLong(thread, T_ID); }

    /** The live thread with this id, or 0. */
    public long threadById(long id) {
        for (long t : liveThreads()) if (threadId(t) == id) return t;
        return Ref.NULL;
    }

    /** Threads made before the control word existed cannot be suspended (killing works for all). */
    boolean hasControl(long thread) { return space.dataBytes(thread) >= T_CONTROL + 4; }

    /** A daemon (thread.setDaemon) does not keep a one-shot run going. */
    public boolean isDaemon(long thread) {
        return hasControl(thread) && (space.getInt(thread, T_CONTROL) & CONTROL_DAEMON) != 0;
    }

    /** True while a thread that is no daemon lives. */
    public boolean hasLiveNonDaemon() {
        for (long t : liveThreads()) if (!isDaemon(t)) return true;
        return false;
    }

    public boolean isSuspended(long thread) {
        return hasControl(thread) && (space.getInt(thread, T_CONTROL) & CONTROL_SUSPENDED) != 0;
    }

    /** Suspends or resumes; call at a safepoint. False for a thread of the old, smaller layout. */
    boolean setSuspended(long thread, boolean suspended) {
        if (!hasControl(thread)) return false;
        int c = space.getInt(thread, T_CONTROL);
        space.setInt(thread, T_CONTROL, suspended ? c | CONTROL_SUSPENDED : c & ~CONTROL_SUSPENDED);
        return true;
    }

    /** Marks a thread to end at its next slice; call at a safepoint (no slice runs it now). */
    void kill(long thread) {
        space.setInt(thread, T_STATE, KILLED);
    }

    /** Sets the priority class (0 normal, 1 real-time, 2 idle); real-time only within the admission limit. */
    boolean setPriority(long thread, int priority) {
        if (priority == 1) return admitRealtime(thread);
        space.setInt(thread, T_PRIORITY, priority);
        return true;
    }

    public int threadState(long thread) { return space.getInt(thread, T_STATE); }

    public long wakeAt(long thread) { return space.getLong(thread, T_WAKE); }

    /** Threads that have not finished, in creation order. */
    public List<Long> liveThreads() {
        List<Long> out = new ArrayList<>();
        synchronized (threadList) {
            long threads = space.root(Roots.THREADS);
            for (int i = 0; i < Lists.size(space, threads); i++) out.add(Lists.get(space, threads, i));
        }
        return out;
    }

    void finish(long thread) {
        long id = threadId(thread);
        writers.remove(id);
        ttys.remove(id);
        memory.forget(thread);
        monitors.releaseAll(id);
        synchronized (threadList) {
            Lists.remove(space, space.root(Roots.THREADS), thread);
        }
        signal(endEvent(id));
    }

    /** Where a thread is: class, method, source line and pc of its top frame. */
    public String where(long thread) {
        long f = space.getRef(thread, T_FRAME);
        if (f == Ref.NULL) return "-";
        ClassInfo c = info(space.getRef(f, F_CLASS));
        ClassFile.Method m = c.file.methods().get(space.getInt(f, F_METHOD));
        return Interpreter.frameText(c, m, space.getInt(f, F_PC));
    }

    /** What a thread waits on: a driver event, a deadline, the internal call it is in; "-" for none. */
    String waitsOn(long thread) {
        StringBuilder sb = new StringBuilder();
        String event = awaitedEvent(thread);
        if (event != null) sb.append("event ").append(event);
        long wake = wakeAt(thread);
        if (wake != 0 && event == null) {
            sb.append(threadState(thread) == SLEEPING ? "sleep until " : "retry at ")
                .append(java.time.LocalTime.ofInstant(java.time.Instant.ofEpochMilli(wake), java.time.ZoneId.systemDefault())
                    .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
        if (sb.length() > 0) {
            String call = callAt(thread);
            if (call != null) sb.append(" in ").append(call);
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** The method the top frame calls at its pc (a blocked call is issued again from there), or null. */
    private String callAt(long thread) {
        try {
            long f = space.getRef(thread, T_FRAME);
            if (f == Ref.NULL) return null;
            ClassInfo c = info(space.getRef(f, F_CLASS));
            ClassFile.Method m = c.file.methods().get(space.getInt(f, F_METHOD));
            int pc = Interpreter.pcOf(space.getInt(f, F_PC));
            // sleep and the other calls that block after the call leave pc after it: look at the call just before too
            for (int at : new int[] { pc, pc - 3 }) {
                if (at < 0 || at >= m.code().length) continue;
                phantom.vm.code.Op op = phantom.vm.code.Op.of(m.code()[at]);
                if (op == phantom.vm.code.Op.CALL || op == phantom.vm.code.Op.CALLSTATIC) {
                    int index = (m.code()[at + 1] & 0xFF) | (m.code()[at + 2] & 0xFF) << 8;
                    if (c.file.pool().get(index - 1) instanceof ClassFile.MethodConst mc
                        && c.file.pool().get(mc.classIndex() - 1) instanceof ClassFile.ClassConst cc) {
                        return cc.name() + "." + mc.name();
                    }
                }
            }
        } catch (RuntimeException e) {
            // only a description: a frame the VM cannot decode shows no call
        }
        return null;
    }

    /** The thread's name (its class and id, e.g. {@code Counter#3}). */
    public String threadName(long thread) {
        String n = stringValue(space.getRef(thread, T_NAME));
        return n == null ? "thread " + threadId(thread) : n;
    }
}
