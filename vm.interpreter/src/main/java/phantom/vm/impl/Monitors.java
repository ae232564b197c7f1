package phantom.vm.impl;

import java.util.HashMap;
import java.util.Map;

/**
 * Object monitors: owner thread and recursion count per locked object. Kept on the Java side
 * for now: a snapshot taken while a monitor is held does not record it (issue 6 moves monitor
 * state into the space with the scheduler's mutexes).
 */
final class Monitors {
    private static final class Entry {
        long owner;
        int count;
    }

    private final Map<Long, Entry> held = new HashMap<>();

    /** Takes the monitor of {@code obj} for {@code thread}; false if another thread holds it. */
    synchronized boolean enter(long obj, long thread) {
        Entry e = held.get(obj);
        if (e == null) {
            e = new Entry();
            e.owner = thread;
            held.put(obj, e);
        } else if (e.owner != thread) {
            return false;
        }
        e.count++;
        return true;
    }

    /** Releases one level; false if {@code thread} does not hold the monitor. */
    synchronized boolean exit(long obj, long thread) {
        Entry e = held.get(obj);
        if (e == null || e.owner != thread) return false;
        if (--e.count == 0) held.remove(obj);
        return true;
    }
}
