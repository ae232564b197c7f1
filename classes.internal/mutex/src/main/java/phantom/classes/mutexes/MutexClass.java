package phantom.classes.mutexes;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * A reentrant mutual-exclusion lock whose whole state is in the object: the owner's thread id
 * and the hold count. A thread that finds it held waits (its lock call is issued again a
 * moment later), so a thread waiting for a mutex is still waiting for it after a restart.
 */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=mutex")
public final class MutexClass extends AbstractInternalClass {
    static final int OWNER = 0, COUNT = 8;
    static final int THREAD_ID = 0; // data offset of a thread's id (docs/bytecode.md)

    public MutexClass() { super("mutex", 1, CoreClasses.MUTEX); }

    @Override public int instanceDataBytes() { return 16; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        ObjectSpace s = call.space();
        if (!call.className(self).equals("mutex")) throw call.error("not a mutex");
        long me = s.getLong(call.thread(), THREAD_ID);
        // one VM thread runs on one carrier at a time, but two carriers may race here
        synchronized (this) {
            long owner = s.getLong(self, OWNER);
            return switch (CoreClasses.MUTEX.get(ordinal)) {
                case "lock" -> {
                    if (owner == 0 || owner == me) {
                        s.setLong(self, OWNER, me);
                        s.setLong(self, COUNT, s.getLong(self, COUNT) + 1);
                    } else {
                        call.retryLater(1);
                    }
                    yield Ref.NULL;
                }
                case "unlock" -> {
                    if (owner != me) throw call.error("unlock of a mutex this thread does not hold");
                    long c = s.getLong(self, COUNT) - 1;
                    s.setLong(self, COUNT, c);
                    if (c == 0) s.setLong(self, OWNER, 0);
                    yield Ref.NULL;
                }
                case "isLocked" -> Ref.ofInt(owner == 0 ? 0 : 1);
                default -> throw call.error("mutex has no method #" + ordinal);
            };
        }
    }
}
