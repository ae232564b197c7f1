package phantom.vm.impl;

import phantom.vm.code.ClassFile;
import phantom.vm.code.Descriptor;

/**
 * The interpreter's decoded view of a class object: rebuilt from the space on first use after
 * a start, never the authority. Internal classes have no code; their methods are dispatched to
 * the bound {@code InternalClass} service by name at each call.
 */
final class ClassInfo {
    final long ref;
    final String name;
    final ClassInfo superclass;
    final boolean internal;
    final ClassFile file;           // null for internal classes
    final long constants;           // object holding string constants by pool index
    final int objFields, intFields; // totals, inherited included
    final Target[] vtable;
    /** Pool entries resolved on first use: Long bits, ClassInfo, CallSite. Racy but idempotent. */
    final Object[] resolved;

    /** One entry of the method table: bytecode or internal. */
    static final class Target {
        final ClassInfo owner;        // class whose code runs (bytecode) or that is called (internal)
        final int methodIndex;        // index into owner.file.methods(), or -1 for internal
        final int ordinal;
        final String name;
        final String descriptor;      // null for internal: any call-site descriptor is accepted
        final ClassFile.Method method;
        final Descriptor signature;

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
              int objFields, int intFields, Target[] vtable) {
        this.ref = ref;
        this.name = name;
        this.superclass = superclass;
        this.internal = internal;
        this.file = file;
        this.constants = constants;
        this.objFields = objFields;
        this.intFields = intFields;
        this.vtable = vtable;
        this.resolved = new Object[file == null ? 1 : file.pool().size() + 1];
    }

    /**
     * A call instruction's pool entry, decoded once. {@code checked} caches the last receiver
     * class found to derive from the named class, so the receiver check is one compare per call
     * (racy but idempotent: a stale value only costs the full check again).
     */
    static final class CallSite {
        private final String className, name, descriptor, intKinds;
        private final int ordinal;
        private final Descriptor sig;
        /** The parameter kinds ('O', 'I', 'J', 'F', 'D'), decoded once for internal calls. */
        final char[] params;
        ClassInfo checked;
        /** The internal class bound for this site and the VM's binding epoch it was found in (one field: read together). */
        Bound bound;

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

    /** The implementation of internal class {@code owner} as found in binding epoch {@code epoch}. */
    record Bound(ClassInfo owner, phantom.api.classes.InternalClass impl, int epoch) {}

    boolean isSubclassOf(String other) {
        for (ClassInfo c = this; c != null; c = c.superclass) if (c.name.equals(other)) return true;
        return false;
    }
}
