package phantom.classes.ints;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** Immediate integers: the class of every tagged small integer. */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=int")
public final class IntClass extends AbstractInternalClass {
    public IntClass() { super("int", 1, CoreClasses.INT); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.INT.get(ordinal)) {
            case "parse" -> {
                String t = call.stringValue(arg(call, args, 0)).trim();
                try {
                    yield Ref.ofInt(Integer.parseInt(t));
                } catch (NumberFormatException e) {
                    throw call.error("not an int: '" + t + "'");
                }
            }
            case "max" -> Ref.ofInt(Math.max(intArg(call, args, 0), intArg(call, args, 1)));
            case "min" -> Ref.ofInt(Math.min(intArg(call, args, 0), intArg(call, args, 1)));
            case "abs" -> Ref.ofInt(Math.abs(intArg(call, args, 0)));
            default -> throw call.error("int has no method #" + ordinal);
        };
    }

    @Override protected boolean isEqual(NativeCall call, long self, long other) { return self == other; }
}
