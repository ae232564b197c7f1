package phantom.classes.arrays;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.DirectMethod;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * Growable arrays of references. Layout: one reference slot (the backing object, whose
 * slots are the elements) and 8 data bytes (the size).
 */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=array")
public final class ArrayClass extends AbstractInternalClass {
    static final int BACKING = 0, SIZE = 0;

    public ArrayClass() { super("array", 1, CoreClasses.ARRAY); }

    @Override public int instanceRefSlots() { return 1; }

    @Override public int instanceDataBytes() { return 8; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.ARRAY.get(ordinal)) {
            case "size" -> Ref.ofInt(size(call.space(), self));
            case "get" -> keep(call, get(call, self, intArg(call, args, 0)));
            case "set" -> set(call, self, intArg(call, args, 0), arg(call, args, 1));
            case "add" -> add(call, self, arg(call, args, 0));
            case "removeLast" -> removeLast(call, self);
            case "clear" -> clear(call, self);
            default -> throw call.error("array has no method #" + ordinal);
        };
    }

    /** The hot methods bound per call site: the same code as invoke's, without boxes (get lends its element). */
    private final DirectMethod[] direct = directTable();

    private static DirectMethod[] directTable() {
        DirectMethod[] d = new DirectMethod[CoreClasses.ARRAY.size()];
        d[CoreClasses.ARRAY.indexOf("size")] = DirectMethod.of("()I", (c, self, a0, a1) -> size(c.space(), self));
        d[CoreClasses.ARRAY.indexOf("get")] = DirectMethod.borrowing("(I)O", (c, self, a0, a1) -> get(c, self, a0));
        d[CoreClasses.ARRAY.indexOf("set")] = DirectMethod.of("(IO)V", ArrayClass::set);
        d[CoreClasses.ARRAY.indexOf("add")] = DirectMethod.of("(O)V", (c, self, a0, a1) -> add(c, self, a0));
        d[CoreClasses.ARRAY.indexOf("removeLast")] = DirectMethod.of("()O", (c, self, a0, a1) -> removeLast(c, self));
        d[CoreClasses.ARRAY.indexOf("clear")] = DirectMethod.of("()V", (c, self, a0, a1) -> clear(c, self));
        return d;
    }

    @Override public DirectMethod direct(int ordinal) { return ordinal >= 0 && ordinal < direct.length ? direct[ordinal] : null; }

    private static int size(ObjectSpace s, long self) { return (int) s.getLong(self, SIZE); }

    private static int index(NativeCall call, long self, long i) {
        int size = size(call.space(), self);
        if (i < 0 || i >= size) throw call.error("index " + i + " out of bounds for size " + size);
        return (int) i;
    }

    /** The element at {@code i}, not counted for the caller. */
    private static long get(NativeCall call, long self, long i) {
        ObjectSpace s = call.space();
        return s.getRef(s.getRef(self, BACKING), index(call, self, i));
    }

    private static long set(NativeCall call, long self, long i, long value) {
        ObjectSpace s = call.space();
        s.setRef(s.getRef(self, BACKING), index(call, self, i), value);
        return Ref.NULL;
    }

    private static long add(NativeCall call, long self, long value) {
        ObjectSpace s = call.space();
        int size = size(s, self);
        if (size >= call.maxArrayLength()) throw call.error("array is at its limit of " + call.maxArrayLength() + " elements");
        long backing = s.getRef(self, BACKING);
        if (backing == Ref.NULL || size == s.refSlots(backing)) backing = grow(call, self, backing, size);
        s.setRef(backing, size, value);
        s.setLong(self, SIZE, size + 1);
        return Ref.NULL;
    }

    private static long removeLast(NativeCall call, long self) {
        ObjectSpace s = call.space();
        int size = size(s, self);
        if (size == 0) throw call.error("removeLast of an empty array");
        long v = s.exchangeRef(s.getRef(self, BACKING), size - 1, Ref.NULL);
        s.setLong(self, SIZE, size - 1);
        return v;
    }

    private static long clear(NativeCall call, long self) {
        ObjectSpace s = call.space();
        int size = size(s, self);
        long backing = s.getRef(self, BACKING);
        for (int i = 0; i < size; i++) s.setRef(backing, i, Ref.NULL);
        s.setLong(self, SIZE, 0);
        return Ref.NULL;
    }

    private static long grow(NativeCall call, long self, long backing, int size) {
        ObjectSpace s = call.space();
        long bigger = s.allocate(call.classNamed("backing"), (int) Math.min(call.maxArrayLength(), Math.max(8L, size * 2L)), 0);
        for (int i = 0; i < size; i++) s.exchangeRef(bigger, i, s.exchangeRef(backing, i, Ref.NULL));
        s.setRef(self, BACKING, bigger);
        s.release(bigger);
        return bigger;
    }

    @Override protected String toString(NativeCall call, long self) {
        return "array[" + call.space().getLong(self, SIZE) + "]";
    }
}
