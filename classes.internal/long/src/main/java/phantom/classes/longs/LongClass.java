package phantom.classes.longs;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** 64-bit integers that do not fit an immediate: 8 data bytes. */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=long")
public final class LongClass extends AbstractInternalClass {
    public LongClass() { super("long", 1, CoreClasses.LONG); }

    @Override public int instanceDataBytes() { return 8; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.LONG.get(ordinal)) {
            case "value" -> keep(call, self);
            case "parse" -> {
                String t = call.stringValue(arg(call, args, 0)).trim();
                long v;
                try {
                    v = Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw call.error("not a long: '" + t + "'");
                }
                if (Ref.fitsInt(v)) yield Ref.ofInt(v);
                long o = call.newInstance("long");
                call.space().setLong(o, 0, v);
                yield o;
            }
            default -> throw call.error("long has no method #" + ordinal);
        };
    }

    @Override protected boolean isEqual(NativeCall call, long self, long other) {
        return call.className(other).equals("long") && call.space().getLong(self, 0) == call.space().getLong(other, 0);
    }
}
