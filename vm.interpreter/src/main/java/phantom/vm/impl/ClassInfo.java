package phantom.vm.impl;

import java.util.HashMap;
import java.util.Map;

import phantom.vm.code.ClassFile;
import phantom.vm.code.Descriptor;

/**
 * The interpreter's decoded view of one class object (one version of a class): rebuilt from
 * the space on first use after a start, never the authority. Internal classes have no code;
 * their methods are dispatched to the bound {@code InternalClass} service by ordinal.
 *
 * <p>Methods are found by name and descriptor ({@link #lookup}), not by table position, so a
 * newer version of a class may add, remove and reorder methods and a subclass may be rebased
 * on a new superclass: call sites cache what they found per receiver class
 * ({@link CallSite#targetFor}). Fields are known by qualified name ("Declarer.field") so an
 * instance can be migrated between the layouts of two versions.
 */
final class ClassInfo {
    final long ref;
    final String name;
    final ClassInfo superclass;
    final boolean internal;
    final ClassFile file;           // null for internal classes
    final long constants;           // object holding string constants by pool index
    final int objFields, intFields; // totals, inherited included
    /** Methods by ordinal: the internal classes' dispatch, and for bytecode classes a hint only. */
    final Target[] vtable;
    /** Bytecode methods by {@code name + descriptor}, inherited included; internal ones by name. */
    final Map<String, Target> methods;
    /** This class's own methods by index into file.methods() (a frame's method); empty for an internal class. */
    final Target[] own;
    /** Every field of the layout by qualified name, inherited first: index = slot (objects) or 8-byte word (integers). */
    final String[] objNames, intNames;
    /** The version number: 1 for the first load of a name, one more for each patch or rollback. */
    final int number;
    /**
     * Non-null for an indirect variant: instances whose layout no longer fits their allocation
     * keep their fields in an extension object (a direct instance of {@code base}) in slot 0, and
     * run a copy of {@code base}'s code whose field instructions go through it.
     */
    final ClassInfo base;
    /** A newer version of the name exists: an instance is migrated before new code runs on it. */
    volatile boolean stale;
    /** The class object's incarnation when decoded: a different one means the object was freed and its address reused. */
    long incarnation;
    /**
     * The element class name of a reference array class ("Foo" for Foo[], "object" for
     * object[]); null for every other class, primitive arrays included.
     */
    final String element;
    /** The last value class a store into this array class passed its check for (racy, only ever set to one that passed). */
    ClassInfo storeChecked;
    /** The array class of this element class, once anewarray made or found it (racy but idempotent). */
    ClassInfo arrayOf;
    /** This version's indirect variant, once one was made or found. */
    volatile ClassInfo indirect;
    /** Pool entries resolved on first use: Long bits, ClassInfo, CallSite. Racy but idempotent. */
    final Object[] resolved;
    /** Field-by-name instructions' caches, by the pool index of the field's name. */
    final Object[] fieldSites;

    /** One method: bytecode or internal. */
    static final class Target {
        final ClassInfo owner;        // class whose code runs (bytecode) or that is called (internal)
        final int methodIndex;        // index into owner.file.methods(), or -1 for internal
        final int ordinal;
        final String name;
        final String descriptor;      // null for internal: any call-site descriptor is accepted
        final ClassFile.Method method;
        final Descriptor signature;
        /** The compiled form of the method (a cache in Java memory, never persistent), or null. */
        volatile JitMethod jit;
        /** Calls and backward jumps counted towards compiling it; racy, as hints. */
        int jitCalls, jitLoops;
        /** The compiler refused the method: it stays interpreted. */
        volatile boolean jitRefused;
        /** Why, for the tests and vm:jit. */
        volatile String jitWhy;

        Target(ClassInfo owner, int methodIndex, int ordinal, String name, ClassFile.Method method) {
            this.owner = owner;
            this.methodIndex = methodIndex;
            this.ordinal = ordinal;
            this.name = name;
            this.method = method;
            this.descriptor = method == null ? null : method.descriptor().intern();
            this.signature = method == null ? null : method.signature();
        }

        boolean isInternal() { return method == null; }
    }

    ClassInfo(long ref, String name, ClassInfo superclass, boolean internal, ClassFile file, long constants,
              int number, ClassInfo base, java.util.List<String> internalTable) {
        this.ref = ref;
        this.name = name;
        this.superclass = superclass;
        this.internal = internal;
        this.file = file;
        this.constants = constants;
        this.number = number;
        this.base = base;
        this.element = internal ? elementOf(name) : null;
        int nO = superclass == null ? 0 : superclass.objFields, nI = superclass == null ? 0 : superclass.intFields;
        java.util.List<String> ownO = file == null ? java.util.List.of() : file.objFields();
        java.util.List<String> ownI = file == null ? java.util.List.of() : file.intFields();
        this.objFields = nO + ownO.size();
        this.intFields = nI + ownI.size();
        this.objNames = new String[objFields];
        this.intNames = new String[intFields];
        if (superclass != null) {
            System.arraycopy(superclass.objNames, 0, objNames, 0, nO);
            System.arraycopy(superclass.intNames, 0, intNames, 0, nI);
        }
        for (int i = 0; i < ownO.size(); i++) objNames[nO + i] = name + "." + ownO.get(i);
        for (int i = 0; i < ownI.size(); i++) intNames[nI + i] = name + "." + ownI.get(i);
        this.methods = new HashMap<>(superclass == null ? Map.of() : superclass.methods);
        if (internal) {
            // the bound bundle's table (it may have added methods), else the core list
            Target[] t = new Target[internalTable.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = new Target(this, -1, i, internalTable.get(i), null);
                methods.put(internalTable.get(i), t[i]);
            }
            this.vtable = t;
            this.own = new Target[0];
        } else {
            this.own = new Target[file.methods().size()];
            // inherited ordinals first, an override in its parent's place, new methods after
            Target[] inherited = superclass == null || superclass.vtable == null ? new Target[0] : superclass.vtable;
            java.util.List<Target> vt = new java.util.ArrayList<>(java.util.Arrays.asList(inherited));
            for (int i = 0; i < file.methods().size(); i++) {
                ClassFile.Method m = file.methods().get(i);
                int at = -1;
                // an override has the same name and descriptor; another descriptor is an overload, a method of its own
                if (!m.isStatic()) {
                    for (int k = 0; k < vt.size(); k++) {
                        Target o = vt.get(k);
                        if (o != null && o.name.equals(m.name()) && m.descriptor().equals(o.descriptor)) at = k;
                    }
                }
                Target t = new Target(this, i, at >= 0 ? at : vt.size(), m.name(), m);
                own[i] = t;
                if (at >= 0) vt.set(at, t);
                else vt.add(t);
                methods.put(key(m.name(), t.descriptor), t);
            }
            this.vtable = vt.toArray(new Target[0]);
        }
        this.resolved = new Object[file == null ? 1 : file.pool().size() + 1];
        this.fieldSites = new Object[resolved.length];
    }

    static String key(String name, String descriptor) { return descriptor == null ? name : name + descriptor; }

    /**
     * The method a call of {@code name descriptor} runs on an instance of this class: the
     * bytecode method of that signature, else an internal method of that name, else null.
     */
    Target lookup(String name, String descriptor) {
        Target t = methods.get(key(name, descriptor));
        if (t != null) return t;
        t = methods.get(name);
        return t != null && t.isInternal() ? t : null;
    }

    /** Any method of that name (for error messages): which signature it has. */
    Target anyNamed(String name) {
        for (Target t : methods.values()) if (t.name.equals(name)) return t;
        return null;
    }

    /**
     * A call instruction's pool entry, decoded once, with its inline cache of receiver classes
     * (never a stale version) and the methods they resolved to, so the common call is one
     * compare. Patches drop every site (they are cleared from {@link #resolved} at the patch's
     * safepoint).
     */
    /** One entry of a call site's inline cache. */
    record Cached(ClassInfo receiver, Target target) {}

    static final class CallSite {
        static final int WAYS = 4;
        private static final Cached[] NONE = new Cached[0];

        private final String className, name, descriptor, intKinds;
        private final int ordinal;
        private final Descriptor sig;
        /** The parameter kinds ('O', 'I', 'J', 'F', 'D'), decoded once for internal calls. */
        final char[] params;
        /**
         * The receiver classes seen here and the methods they run, newest first, at most
         * {@link #WAYS}: an inline cache that stays hit when a site sees a few classes in turn.
         * Copy-on-write, entries immutable: a racing reader sees a whole entry or none.
         */
        private Cached[] cache = NONE;

        Target targetFor(ClassInfo receiver) {
            Cached[] c = cache;
            for (Cached e : c) if (e != null && e.receiver == receiver) return e.target;
            return null;
        }

        void remember(ClassInfo receiver, Target target) {
            Cached[] old = cache;
            Cached[] c = new Cached[Math.min(WAYS, old.length + 1)];
            c[0] = new Cached(receiver, target);
            System.arraycopy(old, 0, c, 1, c.length - 1);
            cache = c;
        }
        /** The internal class bound for this site and the VM's binding epoch it was found in (one field: read together). */
        Bound bound;
        /** For a static call: the class its name meant and the runtime's names epoch then (one field: read together). */
        Named named;

        CallSite(String className, int ordinal, String name, String descriptor, Descriptor sig, String intKinds) {
            this.className = className;
            this.ordinal = ordinal;
            this.name = name;
            this.descriptor = descriptor;
            this.sig = sig;
            this.intKinds = intKinds;
            this.params = sig.params().toCharArray();
        }

        String className() { return className; }

        int ordinal() { return ordinal; }

        String name() { return name; }

        String descriptor() { return descriptor; }

        Descriptor sig() { return sig; }

        String intKinds() { return intKinds; }
    }

    /** A class found by name, valid while the runtime's names epoch is still {@code epoch}. */
    record Named(ClassInfo cls, int epoch) {}

    /**
     * The implementation of internal method {@code target} as found in binding epoch {@code epoch},
     * its table checked to still name the method, and its direct form when that takes the site's
     * exact signature (else null: the call goes through {@code invoke}).
     */
    record Bound(Target target, phantom.api.classes.InternalClass impl, phantom.api.classes.DirectMethod direct, int epoch) {}

    /** A field-by-name instruction's cache: the receiver class it was resolved for (never stale), the slot, and what it names. */
    record FieldSite(ClassInfo receiver, int slot, boolean object, int classIndex) {}

    /**
     * The slot of field {@code field} declared in {@code declarer} or, failing that, in one of
     * {@code declarer}'s superclasses as this layout has them; -1 when the layout has none.
     */
    int fieldSlot(String declarer, String field, boolean object) {
        String[] names = object ? objNames : intNames;
        for (ClassInfo c = this; c != null; c = c.superclass) {
            if (!c.name.equals(declarer)) continue;
            for (ClassInfo d = c; d != null; d = d.superclass) {
                String q = d.name + "." + field;
                for (int i = names.length - 1; i >= 0; i--) if (names[i].equals(q)) return i;
            }
            return -1;
        }
        return -1;
    }

    static int indexOf(String[] names, String q) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(q)) return i;
        return -1;
    }

    /** The element of reference array class {@code name} ("Foo[]" gives "Foo"); null for a primitive array or no array. */
    static String elementOf(String name) {
        if (!name.endsWith("[]")) return null;
        String e = name.substring(0, name.length() - 2);
        return !e.equals("object") && phantom.vm.code.Op.ARRAY_KINDS.contains(e) ? null : e;
    }

    boolean isSubclassOf(String other) {
        for (ClassInfo c = this; c != null; c = c.superclass) if (c.name.equals(other)) return true;
        return false;
    }

    /** The direct version whose code and layout this is (itself unless an indirect variant). */
    ClassInfo version() { return base == null ? this : base; }
}
