package phantom.classes.doubles;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** Double-precision numbers: 8 data bytes. */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=double")
public final class DoubleClass extends AbstractInternalClass {
    public DoubleClass() { super("double", 1, CoreClasses.DOUBLE); }

    @Override public int instanceDataBytes() { return 8; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.DOUBLE.get(ordinal)) {
            case "value" -> keep(call, self);
            case "parse" -> {
                String t = call.stringValue(arg(call, args, 0)).trim();
                try {
                    yield make(call, Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    throw call.error("not a double: '" + t + "'");
                }
            }
            case "sqrt" -> make(call, Math.sqrt(value(call, arg(call, args, 0))));
            default -> throw call.error("double has no method #" + ordinal);
        };
    }

    static long make(NativeCall call, double v) {
        long o = call.newInstance("double");
        call.space().setDouble(o, 0, v);
        return o;
    }

    static double value(NativeCall call, long ref) {
        if (Ref.isInt(ref)) return Ref.intValue(ref);
        if (call.className(ref).equals("double")) return call.space().getDouble(ref, 0);
        throw call.error("not a number: " + call.className(ref));
    }

    @Override protected boolean isEqual(NativeCall call, long self, long other) {
        return call.className(other).equals("double") && call.space().getDouble(self, 0) == call.space().getDouble(other, 0);
    }
}
