package phantom.classes.threads;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** VM threads as seen by programs: their id and name (thread layout: docs/bytecode.md). */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=thread")
public final class ThreadClass extends AbstractInternalClass {
    static final int NAME = 1, ID = 0, PRIORITY = 12;

    public ThreadClass() { super("thread", 1, CoreClasses.THREAD); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        long t = self == Ref.NULL ? call.thread() : self;
        return switch (CoreClasses.THREAD.get(ordinal)) {
            case "id" -> Ref.ofInt(call.space().getLong(t, ID));
            case "name" -> keep(call, call.space().getRef(t, NAME));
            case "current" -> keep(call, call.thread());
            case "priority" -> Ref.ofInt(call.space().getInt(t, PRIORITY));
            case "setPriority" -> {
                long p = intArg(call, args, 0);
                if (p < 0 || p > 2) throw call.error("priority must be 0 (normal), 1 (real-time) or 2 (idle), not " + p);
                // real-time runs before every normal thread: only the threads the system admits
                if (p == 1 && !call.admitRealtime(t)) throw call.error("real-time priority not granted (the VM admits a limited number of real-time threads)");
                call.space().setInt(t, PRIORITY, (int) p);
                yield Ref.NULL;
            }
            default -> throw call.error("thread has no method #" + ordinal);
        };
    }
}
