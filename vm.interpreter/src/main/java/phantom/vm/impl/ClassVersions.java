package phantom.vm.impl;

import static phantom.vm.impl.Shapes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import phantom.api.classes.VmError;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.vm.code.ClassFile;
import phantom.vm.code.ClassFormatException;
import phantom.vm.code.Op;

/**
 * Class versions and live patching (docs/bytecode.md, "Class versions"). A patch stores a new
 * version of a class, and a rebased version of every loaded subclass, and puts them in the
 * registry in the old ones' places, all at one safepoint: a snapshot holds the old versions or
 * the new ones, never a mix. From then on every call on an instance of an old version first
 * migrates the instance ({@link #migrate}); frames already in old code finish there, their field
 * instructions going by name to the layout the instance has by then. An old version is held by
 * one count no slot owns, so the first GC tier never frees it; the cycle collector frees it once
 * no instance's class pointer and no frame reaches it in a snapshot.
 */
final class ClassVersions {
    /** The optional migration method of a new version: {@code migrate (O)V}, called with the old state. */
    static final String MIGRATE = "migrate", MIGRATE_DESCRIPTOR = "(O)V";
    /** Opcodes the VM writes into decoded code only (the verifier refuses them in a class file). */
    static final int THROUGH_EXTENSION = 200 - Op.OGETF.code, BY_NAME = 210 - Op.OGETF.code;

    private final VmRuntime rt;
    private final ObjectSpace s;

    ClassVersions(VmRuntime rt) {
        this.rt = rt;
        this.s = rt.space;
    }

    /** What a load did: a first version (patch false) or a patch, with the subclasses it rebased. */
    record Loaded(String name, int version, boolean patch, List<String> rebased, boolean rollback) {
        Loaded(String name, int version, boolean patch, List<String> rebased) {
            this(name, version, patch, rebased, false);
        }

        String describe() {
            if (!patch) return "loaded " + name + " (version " + version + ")";
            if (rollback) {
                return "rolled " + name + " back to its previous code, as version " + version
                    + (rebased.isEmpty() ? "" : "; rebased " + String.join(", ", rebased));
            }
            return "patched " + name + " to version " + version + (rebased.isEmpty() ? "" : "; rebased " + String.join(", ", rebased));
        }
    }

    static void checkMigrationMethod(ClassFile cf) {
        for (ClassFile.Method m : cf.methods()) {
            if (!m.name().equals(MIGRATE)) continue;
            if (m.isStatic() || !m.descriptor().equals(MIGRATE_DESCRIPTOR)) {
                throw new ClassFormatException(cf.name(), "the migration method must be an instance method " + MIGRATE + " " + MIGRATE_DESCRIPTOR
                    + ", not " + (m.isStatic() ? "static " : "") + m.descriptor());
            }
        }
    }

    // ------------------------------------------------------------------ patching

    /** One class of a patch: the version it replaces, its new file and the view that file will have. */
    private record Plan(ClassInfo old, ClassFile file, byte[] bytes, ClassInfo view) {}

    /**
     * Replaces {@code old} (the loaded version of {@code cf}'s name) by {@code cf}. Everything is
     * verified and allocated before anything changes, so a patch that does not verify, a
     * subclass that cannot be rebased or a full space leaves the classes as they were.
     * {@code history}: the version history of the new version; null for the usual one (the
     * old version's file, then the old version's history). Call under the registry lock, at a
     * safepoint.
     */
    Loaded patch(ClassFile cf, byte[] bytes, ClassInfo old, long[] history) {
        rt.pruneFreedVersions();
        ClassInfo sup = rt.superOf(cf);
        rt.verify(cf, sup);
        checkMigrationMethod(cf);
        List<Plan> plans = new ArrayList<>();
        Map<String, ClassInfo> planned = new HashMap<>();
        ClassInfo view = new ClassInfo(0, cf.name(), sup, false, cf, 0, old.number + 1, null, null);
        plans.add(new Plan(old, cf, bytes, view));
        planned.put(cf.name(), view);
        // every loaded subclass gets a version on the new superclass, parents first
        List<ClassInfo> subs = new ArrayList<>();
        for (ClassInfo c : rt.named().values()) if (!c.internal && c != old && c.isSubclassOf(cf.name())) subs.add(c);
        subs.sort(Comparator.comparingInt(ClassVersions::depth));
        for (ClassInfo sub : subs) {
            ClassInfo parent = planned.getOrDefault(sub.superclass.name, sub.superclass);
            ClassFile rebased = rebase(sub, parent);
            rt.verify(rebased, parent);
            ClassInfo v = new ClassInfo(0, sub.name, parent, false, rebased, 0, sub.number + 1, null, null);
            plans.add(new Plan(sub, rebased, rebased.toBytes(), v));
            planned.put(sub.name, v);
        }
        long[] made = new long[plans.size()];
        Map<String, Long> madeByName = new HashMap<>();
        int n = 0;
        try {
            for (Plan p : plans) {
                String superName = p.view().superclass.name;
                long superRef = madeByName.containsKey(superName) ? madeByName.get(superName) : p.view().superclass.ref;
                long hist = n == 0 && history != null ? history[0] : newHistory(p.old().ref);
                try {
                    made[n] = rt.storeClass(p.file(), p.bytes(), superRef, p.view().number, hist);
                } finally {
                    if (!(n == 0 && history != null)) s.release(hist);
                }
                n++;
                rt.storeVariant(made[n - 1]);
                madeByName.put(p.file().name(), made[n - 1]);
            }
        } catch (RuntimeException e) {
            for (int i = 0; i < n; i++) s.release(made[i]);
            throw e;
        }
        // nothing can fail from here: the registry takes the new versions in the old ones' places
        long registry = s.root(Roots.CLASSES);
        List<String> rebasedNames = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ClassInfo o = plans.get(i).old();
            s.retain(o.ref); // the count no slot owns (see the class comment)
            int at = Lists.lastIndexOf(s, registry, o.ref);
            if (at >= 0) Lists.set(s, registry, at, made[i]);
            else Lists.add(s, registry, made[i], rt.backingClass);
            // the class's singleton goes on in the new version (and migrates there at its next use)
            if (s.refSlots(o.ref) > C_SINGLETON) {
                long single = s.exchangeRef(o.ref, C_SINGLETON, Ref.NULL);
                if (single != Ref.NULL) s.release(s.exchangeRef(made[i], C_SINGLETON, single));
            }
            s.release(made[i]);
            rt.installed(made[i]);
            if (i > 0) rebasedNames.add(o.name);
        }
        for (Plan p : plans) markStale(p.old());
        forgetResolutions();
        return new Loaded(cf.name(), view.number, true, rebasedNames);
    }

    /**
     * Loads or patches the classes of one program file in order, all or nothing: when one fails,
     * the patches already made are rolled back and the classes new to the space taken out again,
     * before the caller's safepoint ends (no snapshot sees any of it). A class whose loaded
     * version is exactly this code is left as it is, so a request applied again after a crash
     * makes no new version. Call at a safepoint.
     */
    List<String> loadAll(List<byte[]> classes) {
        synchronized (rt.registryLock()) {
            List<String> done = new ArrayList<>();
            List<Loaded> made = new ArrayList<>();
            try {
                for (byte[] b : classes) {
                    ClassInfo same = rt.loadedAs(b);
                    if (same != null) {
                        done.add(same.name + " is already this code (version " + same.number + "): unchanged");
                        continue;
                    }
                    Loaded l = rt.load(b);
                    made.add(l);
                    done.add(l.describe());
                }
                return done;
            } catch (RuntimeException e) {
                for (int i = made.size() - 1; i >= 0; i--) {
                    Loaded l = made.get(i);
                    if (l.patch()) rollback(l.name());
                    else rt.unload(l.name());
                }
                throw e;
            }
        }
    }

    /** Returns {@code name} to its previous version, as a patch (instances migrate the same way). */
    Loaded rollback(String name) {
        ClassInfo cur = rt.named().get(name);
        if (cur == null) throw new VmError("no class " + name + " is loaded");
        if (cur.internal) throw new VmError(name + " is an internal class: its versions are its bundle's (deploy an older build)");
        long hist = s.getRef(cur.ref, C_PREVIOUS);
        if (hist == Ref.NULL) throw new VmError("class " + name + " has no earlier version to return to (it is version " + cur.number + ")");
        long file, older;
        if (s.classOf(hist) == rt.classClass) { // a space made before patching: the previous class object itself
            file = s.getRef(hist, C_FILE);
            older = s.getRef(hist, C_PREVIOUS);
        } else {
            file = s.getRef(hist, H_FILE);
            older = s.getRef(hist, H_OLDER);
        }
        byte[] bytes = new byte[s.dataBytes(file)];
        s.readBytes(file, 0, bytes, 0, bytes.length);
        ClassFile cf = ClassFile.parse(bytes);
        if (!cf.name().equals(name)) throw new VmError("the history of " + name + " holds class " + cf.name());
        Loaded l = patch(cf, bytes, cur, new long[] { older });
        return new Loaded(l.name(), l.version(), true, l.rebased(), true);
    }

    /** A history node for the version after {@code version}: its file, then its own history (owned by the caller). */
    private long newHistory(long version) {
        long node = s.allocate(rt.backingClass, H_REFS, 0);
        s.setRef(node, H_FILE, s.getRef(version, C_FILE));
        s.setRef(node, H_OLDER, s.getRef(version, C_PREVIOUS));
        return node;
    }

    private static int depth(ClassInfo c) {
        int d = 0;
        for (ClassInfo x = c; x != null; x = x.superclass) d++;
        return d;
    }

    /**
     * {@code sub}'s class file with its field instructions renumbered for a layout on {@code parent}:
     * each field keeps its qualified name. Refused when its code uses a field the new superclass dropped.
     */
    private ClassFile rebase(ClassInfo sub, ClassInfo parent) {
        ClassFile f = sub.file;
        ClassInfo target = new ClassInfo(0, sub.name, parent, false, f, 0, sub.number, null, null);
        List<ClassFile.Method> methods = new ArrayList<>();
        for (ClassFile.Method m : f.methods()) {
            byte[] code = originalCode(m.code());
            for (int pc = 0; pc < code.length; pc += Op.length(code, pc)) {
                Op op = Op.of(code[pc]);
                if (!op.isThisField()) continue;
                boolean object = op.isObjectField();
                String q = (object ? sub.objNames : sub.intNames)[code[pc + 1] & 0xFF];
                int slot = ClassInfo.indexOf(object ? target.objNames : target.intNames, q);
                if (slot < 0) {
                    throw new ClassFormatException(sub.name, m.name() + m.descriptor(), pc, m.lineAt(pc),
                        "uses field " + q + ", which the patch of " + parent.name + " removes: patch " + sub.name + " too, or keep the field");
                }
                code[pc + 1] = (byte) slot;
            }
            methods.add(new ClassFile.Method(m.name(), m.descriptor(), m.flags(), m.ordinal(), m.maxOLocals(), m.maxILocals(),
                m.maxOStack(), m.maxIStack(), code, m.handlers(), m.lines()));
        }
        return new ClassFile(f.name(), f.version(), parent.name, f.interfaces(), f.objFields(), f.intFields(), f.pool(), methods);
    }

    /** A copy of decoded code with the VM's own field opcodes turned back into the class file's. */
    private static byte[] originalCode(byte[] code) {
        byte[] c = code.clone();
        for (int pc = 0; pc < c.length; ) {
            int op = c[pc] & 0xFF;
            if (op >= Op.OGETF.code + BY_NAME && op <= Op.DPUTF.code + BY_NAME) c[pc] = (byte) (op - BY_NAME);
            else if (op >= Op.OGETF.code + THROUGH_EXTENSION && op <= Op.DPUTF.code + THROUGH_EXTENSION) c[pc] = (byte) (op - THROUGH_EXTENSION);
            pc += Op.length(c, pc);
        }
        return c;
    }

    /** Call sites and resolved classes may name replaced versions: every class resolves them again. */
    private void forgetResolutions() {
        for (ClassInfo c : rt.decoded()) {
            java.util.Arrays.fill(c.resolved, null);
            java.util.Arrays.fill(c.fieldSites, null);
        }
        rt.classEpoch++;
    }

    // ------------------------------------------------------------------ code of versions

    /** A replaced version: its field instructions go by name, as instances move to newer layouts under it. */
    void markStale(ClassInfo c) {
        if (c.stale) return;
        rewrite(c, BY_NAME);
        c.stale = true;
        ClassInfo v = c.indirect;
        if (v != null && !v.stale) {
            rewrite(v, BY_NAME);
            v.stale = true;
        }
        if (c.base != null && !c.base.stale) markStale(c.base);
    }

    /** An indirect variant's code: field instructions through the extension object. */
    static void throughExtension(ClassInfo variant) {
        rewrite(variant, THROUGH_EXTENSION);
    }

    /** Rewrites this-field instructions (ogetf .. dputf, in any of their forms) in place to {@code offset}'s form. */
    private static void rewrite(ClassInfo c, int offset) {
        for (ClassFile.Method m : c.file.methods()) {
            byte[] code = m.code();
            for (int pc = 0; pc < code.length; ) {
                int op = code[pc] & 0xFF;
                int plain = op >= Op.OGETF.code + BY_NAME && op <= Op.DPUTF.code + BY_NAME ? op - BY_NAME
                    : op >= Op.OGETF.code + THROUGH_EXTENSION && op <= Op.DPUTF.code + THROUGH_EXTENSION ? op - THROUGH_EXTENSION : op;
                if (plain >= Op.OGETF.code && plain <= Op.DPUTF.code) {
                    code[pc] = (byte) (plain + offset);
                    pc += 2;
                } else {
                    pc += Op.length(code, pc);
                }
            }
        }
    }

    // ------------------------------------------------------------------ migration

    /**
     * Moves {@code obj}, an instance of the replaced version {@code from} (or its indirect
     * variant), to the newest version: fields of the same qualified name keep their values, new
     * ones start null or zero, dropped ones are released. In place when the new layout fits the
     * object; otherwise the fields go to an extension object and the instance takes the indirect
     * variant. Returns a detached copy of the old state (an instance of {@code from}'s version,
     * owned by the caller) when the new version has a migration method, else null.
     */
    long migrate(long obj, ClassInfo from) {
        ClassInfo to = rt.named().get(from.name);
        if (to == null || to.internal || !from.stale) return Ref.NULL;
        ClassInfo oldVersion = from.version();
        ClassInfo.Target mt = to.lookup(MIGRATE, MIGRATE_DESCRIPTOR);
        boolean wantsOld = mt != null && !mt.isInternal();
        boolean fits = to.objFields <= s.refSlots(obj) && 8L * to.intFields <= s.dataBytes(obj);
        ClassInfo variant = fits ? null : rt.indirectOf(to);
        if (!fits && (variant == null || s.refSlots(obj) == 0)) {
            throw new VmError("cannot migrate an instance of " + from.name + " to version " + to.number + ": its layout does not fit the object");
        }
        // every allocation first: a full space fails the call with nothing moved
        long ext = fits ? Ref.NULL : s.allocate(to.ref, to.objFields, 8 * to.intFields);
        long copy = Ref.NULL;
        try {
            if (wantsOld) copy = s.allocate(oldVersion.ref, Math.max(1, oldVersion.objFields), 8 * oldVersion.intFields);
        } catch (RuntimeException e) {
            s.release(ext);
            throw e;
        }
        long src = from.base != null ? s.getRef(obj, 0) : obj;
        long[] oldO = new long[from.objFields], oldI = new long[from.intFields];
        for (int i = 0; i < oldO.length; i++) oldO[i] = s.getRef(src, i);
        if (oldI.length > 0) s.readLongs(src, 0, oldI, 0, oldI.length);
        if (copy != Ref.NULL) {
            for (int i = 0; i < oldO.length; i++) s.setRef(copy, i, oldO[i]);
            if (oldI.length > 0) s.writeLongs(copy, 0, oldI, 0, oldI.length);
        }
        long[] newO = new long[to.objFields], newI = new long[to.intFields];
        for (int j = 0; j < newO.length; j++) {
            int i = ClassInfo.indexOf(from.objNames, to.objNames[j]);
            if (i >= 0) {
                newO[j] = oldO[i];
                s.retain(newO[j]); // held by the new slot before the old one lets go
            }
        }
        for (int j = 0; j < newI.length; j++) {
            int i = ClassInfo.indexOf(from.intNames, to.intNames[j]);
            if (i >= 0) newI[j] = oldI[i];
        }
        long target = fits ? obj : ext;
        int slots = s.refSlots(obj);
        if (fits) {
            long[] dropped = new long[slots];
            for (int j = 0; j < slots; j++) dropped[j] = s.exchangeRef(obj, j, j < newO.length ? newO[j] : Ref.NULL);
            for (long d : dropped) s.release(d); // an old extension object goes here, with what only it held
        } else {
            for (int j = 0; j < newO.length; j++) s.exchangeRef(ext, j, newO[j]);
            long[] dropped = new long[slots];
            for (int j = 0; j < slots; j++) dropped[j] = s.exchangeRef(obj, j, j == 0 ? ext : Ref.NULL);
            for (long d : dropped) s.release(d);
        }
        int words = s.dataBytes(target) / 8;
        long[] ints = java.util.Arrays.copyOf(newI, words);
        if (words > 0) s.writeLongs(target, 0, ints, 0, words);
        if (!fits && s.dataBytes(obj) >= 8) s.writeLongs(obj, 0, new long[s.dataBytes(obj) / 8], 0, s.dataBytes(obj) / 8);
        s.setClassOf(obj, fits ? to.ref : variant.ref);
        return copy;
    }

    // ------------------------------------------------------------------ eager migration

    /** The class of the VM threads that migrate instances eagerly ({@code vm:migrate}): a call on each instance migrates it. */
    static final String MIGRATOR = "$Migrator";
    static final String MIGRATOR_SOURCE = """
        class $Migrator
        field obj items
        method main ()V
            iconst 0
            istore 0
        next:
            iload 0
            ogetf items
            call array.size ()I
            if_icmpge done
            ogetf items
            iload 0
            call array.get (I)O
            ogetf items
            iload 0
            onull
            call array.set (IO)V
            call object.hashCode ()I
            ipop
            iinc 0 1
            goto next
        done:
            ret
        end
        """;

    /** The class objects of {@code name}'s replaced versions and their indirect variants: what an eager migration looks for. */
    java.util.Set<Long> staleVersionsOf(String name) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (ClassInfo c : rt.decoded()) if (c.stale && !c.internal && c.name.equals(name)) out.add(c.ref);
        return out;
    }

    /**
     * Adds to {@code list} the instances of {@code stale} versions met in the next
     * {@code maxVisited} objects of the space from {@code from}; returns where to go on (0: the
     * walk is done). Call at a safepoint: the list then holds every instance it found.
     */
    long collectStale(java.util.Set<Long> stale, long from, int maxVisited, long list) {
        int[] visited = { 0 };
        return s.forEachObject(from, obj -> {
            if (stale.contains(s.classOf(obj))) Lists.add(s, list, obj, rt.backingClass);
            return ++visited[0] < maxVisited;
        });
    }

    /**
     * A new idle-priority VM thread that calls a method on each instance of {@code list} (taking
     * it out of the list first), so each migrates as at its first use, migration method
     * included, in slices like any program's, and goes on after a restart. The list's count
     * moves into the thread; the caller owns one count of the thread and schedules it.
     */
    long newMigrator(String className, long list) {
        synchronized (rt.registryLock()) {
            if (rt.named().get(MIGRATOR) == null) {
                for (ClassFile cf : phantom.vm.code.Assembler.assemble(MIGRATOR_SOURCE)) rt.load(cf.toBytes());
            }
        }
        long thread = rt.newThread(MIGRATOR);
        long name = rt.newString("migrate " + className + "#" + rt.threadId(thread));
        s.release(s.exchangeRef(thread, T_NAME, name));
        long self = s.getRef(s.getRef(thread, T_FRAME), F_LOCALS);
        s.release(s.exchangeRef(self, 0, list));
        rt.setPriority(thread, 2);
        return thread;
    }

    // ------------------------------------------------------------------ census

    /**
     * Every class version the space holds, with its instances (a walk of the space, not at a
     * safepoint: a count, not a proof) and the frames running its code ({@code frames}, taken at
     * a safepoint by the caller). Indirect instances count as their version, once.
     */
    List<phantom.api.vm.VirtualMachine.ClassVersion> census(Map<Long, Long> frames) {
        rt.pruneFreedVersions();
        Map<Long, long[]> instances = new HashMap<>();
        long[] lastClass = { Ref.NULL };
        long[][] lastCount = { null };
        s.forEachObject(0, obj -> {
            long c = s.classOf(obj);
            if (c != lastClass[0]) {
                lastClass[0] = c;
                lastCount[0] = instances.computeIfAbsent(c, k -> new long[1]);
            }
            lastCount[0][0]++;
            return true;
        });
        Map<Long, ClassInfo> versions = new java.util.LinkedHashMap<>();
        for (long c : instances.keySet()) {
            // class objects are instances of the class of classes: every version still in the space
            if (c == rt.classClass) continue;
            ClassInfo ci = decodedOrNull(c);
            if (ci != null) versions.putIfAbsent(ci.version().ref, ci.version());
        }
        for (ClassInfo c : rt.named().values()) versions.putIfAbsent(c.ref, c);
        for (long f : frames.keySet()) {
            ClassInfo ci = decodedOrNull(f);
            if (ci != null) versions.putIfAbsent(ci.version().ref, ci.version());
        }
        List<phantom.api.vm.VirtualMachine.ClassVersion> out = new ArrayList<>();
        for (ClassInfo v : versions.values()) {
            // an instance of the indirect variant keeps its state in an extension object of class v,
            // so the instances of v already count each indirect instance once
            long n = count(instances, v.ref);
            long fr = frames.getOrDefault(v.ref, 0L) + (v.indirect == null ? 0 : frames.getOrDefault(v.indirect.ref, 0L));
            out.add(new phantom.api.vm.VirtualMachine.ClassVersion(v.name, v.number, rt.named().get(v.name) == v, v.internal, n, fr));
        }
        out.sort(Comparator.comparing(phantom.api.vm.VirtualMachine.ClassVersion::name)
            .thenComparing(phantom.api.vm.VirtualMachine.ClassVersion::version, Comparator.reverseOrder()));
        return out;
    }

    private static long count(Map<Long, long[]> m, long ref) {
        long[] c = m.get(ref);
        return c == null ? 0 : c[0];
    }

    /** The view of a class object found by a walk: decoded now if need be; null if it is not one (freed meanwhile). */
    private ClassInfo decodedOrNull(long c) {
        try {
            if (!Ref.isObject(c) || s.classOf(c) != rt.classClass) return null;
            return rt.info(c);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
