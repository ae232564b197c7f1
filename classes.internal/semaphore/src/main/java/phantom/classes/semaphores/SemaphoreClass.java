package phantom.classes.semaphores;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * A counting semaphore whose permits are in the object. acquire waits (its call is issued
 * again a moment later) while there is none, so a waiting thread still waits after a restart.
 */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=semaphore")
public final class SemaphoreClass extends AbstractInternalClass {
    static final int PERMITS = 0;

    public SemaphoreClass() { super("semaphore", 1, CoreClasses.SEMAPHORE); }

    @Override public int instanceDataBytes() { return 8; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        ObjectSpace s = call.space();
        if (!call.className(self).equals("semaphore")) throw call.error("not a semaphore");
        synchronized (this) {
            long permits = s.getLong(self, PERMITS);
            return switch (CoreClasses.SEMAPHORE.get(ordinal)) {
                case "acquire" -> {
                    if (permits > 0) s.setLong(self, PERMITS, permits - 1);
                    else call.retryLater(1);
                    yield Ref.NULL;
                }
                case "release" -> {
                    s.setLong(self, PERMITS, permits + 1);
                    yield Ref.NULL;
                }
                case "available" -> Ref.ofInt(permits);
                case "setPermits" -> {
                    long n = intArg(call, args, 0);
                    if (n < 0) throw call.error("negative permits " + n);
                    s.setLong(self, PERMITS, n);
                    yield Ref.NULL;
                }
                default -> throw call.error("semaphore has no method #" + ordinal);
            };
        }
    }
}
