package phantom.classes.mutexes;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * A reentrant mutual-exclusion lock whose whole state is in the object: reference slot 0 holds
 * the owner's thread id as an immediate int (null when free), data word 0 the hold count. The
 * owner slot changes only by compare-and-set, so carriers need no Java lock, and `condition`
 * can hand the mutex over the same way. A thread that finds it held waits (its lock call is
 * issued again a moment later), so it is still waiting for it after a restart.
 */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=mutex")
public final class MutexClass extends AbstractInternalClass {
    static final int OWNER = 0;     // reference slot
    static final int COUNT = 0;     // data offset
    static final int THREAD_ID = 0; // data offset of a thread's id (docs/bytecode.md)

    public MutexClass() { super("mutex", 1, CoreClasses.MUTEX); }

    @Override public int instanceRefSlots() { return 1; }

    @Override public int instanceDataBytes() { return 8; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        ObjectSpace s = call.space();
        if (!call.className(self).equals("mutex")) throw call.error("not a mutex");
        long me = Ref.ofInt(s.getLong(call.thread(), THREAD_ID));
        return switch (CoreClasses.MUTEX.get(ordinal)) {
            case "lock" -> {
                if (s.getRef(self, OWNER) == me) {
                    s.setLong(self, COUNT, s.getLong(self, COUNT) + 1);
                } else if (s.compareAndSetRef(self, OWNER, Ref.NULL, me)) {
                    s.setLong(self, COUNT, 1);
                } else {
                    call.retryLater(1);
                }
                yield Ref.NULL;
            }
            case "unlock" -> {
                if (s.getRef(self, OWNER) != me) throw call.error("unlock of a mutex this thread does not hold");
                long c = s.getLong(self, COUNT) - 1;
                s.setLong(self, COUNT, c);
                if (c == 0) s.setRef(self, OWNER, Ref.NULL);
                yield Ref.NULL;
            }
            case "isLocked" -> Ref.ofInt(s.getRef(self, OWNER) == Ref.NULL ? 0 : 1);
            default -> throw call.error("mutex has no method #" + ordinal);
        };
    }
}
