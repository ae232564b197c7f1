package phantom.api.classes;

import java.util.List;

import phantom.api.space.Ref;

/**
 * Base for internal classes: implements the methods every class inherits from {@code object}
 * (ordinals 0..3 of {@link CoreClasses#OBJECT}) and hands the rest to {@link #invokeOwn}.
 */
public abstract class AbstractInternalClass implements InternalClass {
    private final String name;
    private final int version;
    private final List<String> methods;

    protected AbstractInternalClass(String name, int version, List<String> methods) {
        this.name = name;
        this.version = version;
        this.methods = methods;
    }

    @Override public final String className() { return name; }

    @Override public final int classVersion() { return version; }

    @Override public final List<String> methods() { return methods; }

    @Override
    public long invoke(NativeCall call, int ordinal, long self, long[] args) {
        switch (ordinal) {
            case 0: return call.newString(toString(call, self));
            case 1: return Ref.ofInt(isEqual(call, self, arg(call, args, 0)) ? 1 : 0);
            case 2: return Ref.ofInt(hash(call, self));
            case 3: return call.newString(call.className(self));
            default:
                if (ordinal >= methods.size()) throw call.error(name + " has no method #" + ordinal);
                return invokeOwn(call, ordinal, self, args);
        }
    }

    protected abstract long invokeOwn(NativeCall call, int ordinal, long self, long[] args);

    protected String toString(NativeCall call, long self) { return call.describe(self); }

    protected boolean isEqual(NativeCall call, long self, long other) { return self == other; }

    protected int hash(NativeCall call, long self) { return identityHash(self); }

    /** object's hashCode: of an immediate its value, of an object its address (stable: the space is persistent). */
    public static int identityHash(long ref) {
        return Ref.isInt(ref) ? Long.hashCode(Ref.intValue(ref)) : Long.hashCode(ref >>> 3);
    }

    /** Argument {@code i}, or a VM error naming the method's arity. */
    protected static long arg(NativeCall call, long[] args, int i) {
        if (i >= args.length) throw call.error("missing argument " + (i + 1));
        return args[i];
    }

    /** An integer argument (an immediate int), or a VM error. */
    protected static long intArg(NativeCall call, long[] args, int i) {
        long v = arg(call, args, i);
        if (!Ref.isInt(v)) throw call.error("argument " + (i + 1) + " must be an int, is " + call.className(v));
        return Ref.intValue(v);
    }

    /** An index argument in [0, size), or a VM error naming the bounds. */
    protected static int indexArg(NativeCall call, long[] args, int i, int size) {
        long v = intArg(call, args, i);
        if (v < 0 || v >= size) throw call.error("index " + v + " out of bounds for size " + size);
        return (int) v;
    }

    /** Counted copy of {@code ref} for returning it. */
    protected static long keep(NativeCall call, long ref) {
        call.space().retain(ref);
        return ref;
    }
}
