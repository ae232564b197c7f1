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
        String name = CoreClasses.DOUBLE.get(ordinal);
        return switch (name) {
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
            case "atan2", "pow", "hypot" -> make(call, math2(name, value(call, arg(call, args, 0)), value(call, arg(call, args, 1))));
            default -> {
                if (!MATH1.contains(name)) throw call.error("double has no method #" + ordinal);
                yield make(call, math1(name, value(call, arg(call, args, 0))));
            }
        };
    }

    private static final java.util.Set<String> MATH1 = java.util.Set.of("sin", "cos", "tan", "asin", "acos", "atan", "exp",
        "log", "log10", "cbrt", "floor", "ceil", "rint");

    /** java.lang.Math's function of one argument. */
    private static double math1(String name, double a) {
        return switch (name) {
            case "sin" -> Math.sin(a);
            case "cos" -> Math.cos(a);
            case "tan" -> Math.tan(a);
            case "asin" -> Math.asin(a);
            case "acos" -> Math.acos(a);
            case "atan" -> Math.atan(a);
            case "exp" -> Math.exp(a);
            case "log" -> Math.log(a);
            case "log10" -> Math.log10(a);
            case "cbrt" -> Math.cbrt(a);
            case "floor" -> Math.floor(a);
            case "ceil" -> Math.ceil(a);
            case "rint" -> Math.rint(a);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** java.lang.Math's function of two arguments. */
    private static double math2(String name, double a, double b) {
        return switch (name) {
            case "atan2" -> Math.atan2(a, b);
            case "pow" -> Math.pow(a, b);
            default -> Math.hypot(a, b);
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
