package phantom.classes.conditions;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * A condition variable used with a {@code mutex}. await(mutex) lets go of the mutex and waits
 * for a signal, then takes the mutex back; signal and signalAll wake every waiter (waiters must
 * re-check what they wait for, as with any condition variable). All state is in the space: the
 * condition's signal count, and in the waiting thread the count it saw and its hold depth, so a
 * thread waiting on a condition still waits after a restart, and its await is issued again.
 */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=condition")
public final class ConditionClass extends AbstractInternalClass {
    static final int SIGNALS = 0; // reference slot: the signal count as an immediate int
    // layouts this class works with (docs/bytecode.md): the mutex and the thread
    static final int MUTEX_OWNER = 0, MUTEX_COUNT = 0; // reference slot, data offset
    static final int THREAD_ID = 0, THREAD_TICKET = 24, THREAD_DEPTH = 32;

    public ConditionClass() { super("condition", 1, CoreClasses.CONDITION); }

    @Override public int instanceRefSlots() { return 1; }

    private static long signals(ObjectSpace s, long self) {
        long v = s.getRef(self, SIGNALS);
        return Ref.isInt(v) ? Ref.intValue(v) : 0;
    }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        ObjectSpace s = call.space();
        if (!call.className(self).equals("condition")) throw call.error("not a condition");
        long thread = call.thread();
        long me = Ref.ofInt(s.getLong(thread, THREAD_ID));
        return switch (CoreClasses.CONDITION.get(ordinal)) {
            case "await" -> {
                long m = arg(call, args, 0);
                if (!call.className(m).equals("mutex")) throw call.error("await needs a mutex");
                long ticket = s.getLong(thread, THREAD_TICKET);
                if (ticket == 0) {
                    if (s.getRef(m, MUTEX_OWNER) != me) throw call.error("await on a mutex this thread does not hold");
                    s.setLong(thread, THREAD_TICKET, signals(s, self) + 1);
                    s.setLong(thread, THREAD_DEPTH, s.getLong(m, MUTEX_COUNT));
                    s.setLong(m, MUTEX_COUNT, 0);
                    s.setRef(m, MUTEX_OWNER, Ref.NULL);
                    call.retryLater(1);
                } else if (signals(s, self) >= ticket && s.compareAndSetRef(m, MUTEX_OWNER, Ref.NULL, me)) {
                    s.setLong(m, MUTEX_COUNT, s.getLong(thread, THREAD_DEPTH));
                    s.setLong(thread, THREAD_TICKET, 0);
                    s.setLong(thread, THREAD_DEPTH, 0);
                } else {
                    call.retryLater(1); // not signalled yet, or the mutex is taken
                }
                yield Ref.NULL;
            }
            case "signal", "signalAll" -> {
                // a counter in a reference slot, bumped by compare-and-set: signals from two carriers both count
                while (true) {
                    long old = s.getRef(self, SIGNALS);
                    if (s.compareAndSetRef(self, SIGNALS, old, Ref.ofInt(Ref.isInt(old) ? Ref.intValue(old) + 1 : 1))) break;
                }
                yield Ref.NULL;
            }
            default -> throw call.error("condition has no method #" + ordinal);
        };
    }
}
