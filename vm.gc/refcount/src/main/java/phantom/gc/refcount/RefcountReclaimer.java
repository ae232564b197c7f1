package phantom.gc.refcount;

import java.util.concurrent.atomic.LongAdder;

import org.osgi.service.component.annotations.Component;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Reclaimer;
import phantom.api.space.Ref;

/**
 * GC tier one. When a count drops to zero the object is freed at once; each of its children
 * loses a count, and those that reach zero join an explicit work list, so a list of a million
 * elements is freed in a loop, not by a million nested Java calls.
 */
@Component(service = Reclaimer.class, property = "phantom.gc.tier=refcount")
public final class RefcountReclaimer implements Reclaimer {
    private final LongAdder freed = new LongAdder();

    @Override
    public void reclaim(ObjectSpace space, long obj) {
        long[] work = new long[16];
        int top = 0;
        work[top++] = obj;
        while (top > 0) {
            long o = work[--top];
            int slots = space.refSlots(o);
            for (int i = 0; i < slots; i++) {
                long child = space.getRef(o, i);
                if (Ref.isObject(child) && space.dropRef(child)) {
                    if (top == work.length) work = java.util.Arrays.copyOf(work, top * 2);
                    work[top++] = child;
                }
            }
            space.free(o);
            freed.increment();
        }
    }

    /** Objects this reclaimer has freed since it started. */
    public long freedCount() { return freed.sum(); }
}
