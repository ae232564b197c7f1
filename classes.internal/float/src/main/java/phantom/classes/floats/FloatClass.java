package phantom.classes.floats;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** Single-precision numbers, kept as doubles when boxed (the VM boxes F and D alike). */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=float")
public final class FloatClass extends AbstractInternalClass {
    public FloatClass() { super("float", 1, CoreClasses.FLOAT); }

    @Override public int instanceDataBytes() { return 8; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.FLOAT.get(ordinal)) {
            case "value" -> keep(call, self);
            case "parse" -> {
                String t = call.stringValue(arg(call, args, 0)).trim();
                try {
                    long o = call.newInstance("double");
                    call.space().setDouble(o, 0, Float.parseFloat(t));
                    yield o;
                } catch (NumberFormatException e) {
                    throw call.error("not a float: '" + t + "'");
                }
            }
            default -> throw call.error("float has no method #" + ordinal);
        };
    }
}
