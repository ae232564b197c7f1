package phantom.classes.arrays;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
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
        ObjectSpace s = call.space();
        int size = (int) s.getLong(self, SIZE);
        return switch (CoreClasses.ARRAY.get(ordinal)) {
            case "size" -> Ref.ofInt(size);
            case "get" -> keep(call, s.getRef(s.getRef(self, BACKING), indexArg(call, args, 0, size)));
            case "set" -> {
                s.setRef(s.getRef(self, BACKING), indexArg(call, args, 0, size), arg(call, args, 1));
                yield Ref.NULL;
            }
            case "add" -> {
                if (size >= call.maxArrayLength()) throw call.error("array is at its limit of " + call.maxArrayLength() + " elements");
                long backing = s.getRef(self, BACKING);
                if (backing == Ref.NULL || size == s.refSlots(backing)) backing = grow(call, self, backing, size);
                s.setRef(backing, size, arg(call, args, 0));
                s.setLong(self, SIZE, size + 1);
                yield Ref.NULL;
            }
            case "removeLast" -> {
                if (size == 0) throw call.error("removeLast of an empty array");
                long v = s.exchangeRef(s.getRef(self, BACKING), size - 1, Ref.NULL);
                s.setLong(self, SIZE, size - 1);
                yield v;
            }
            case "clear" -> {
                long backing = s.getRef(self, BACKING);
                for (int i = 0; i < size; i++) s.setRef(backing, i, Ref.NULL);
                s.setLong(self, SIZE, 0);
                yield Ref.NULL;
            }
            default -> throw call.error("array has no method #" + ordinal);
        };
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
