package phantom.classes.times;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** Wall-clock time and sleeping. A sleep is a deadline kept in the thread, so it survives a restart. */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=time")
public final class TimeClass extends AbstractInternalClass {
    public TimeClass() { super("time", 1, CoreClasses.TIME); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.TIME.get(ordinal)) {
            case "now" -> Ref.ofInt(call.clock().wallMillis());
            case "sleep" -> {
                long ms = intArg(call, args, 0);
                if (ms < 0) throw call.error("negative sleep " + ms);
                call.sleepUntil(call.clock().wallMillis() + ms);
                yield Ref.NULL;
            }
            case "nanos" -> Ref.ofInt(call.clock().monotonicNanos());
            default -> throw call.error("time has no method #" + ordinal);
        };
    }
}
