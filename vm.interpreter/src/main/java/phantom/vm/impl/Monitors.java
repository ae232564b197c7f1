package phantom.vm.impl;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

/**
 * Object monitors (menter/mexit), kept in the space so that a monitor held, and a thread
 * waiting for it, are still so after a restart. The table (root {@link Roots#MONITORS}) is one
 * data object: a count, then per held monitor the object's address and incarnation (so a freed
 * and reused address is not mistaken for the old object), the owner's thread id and the depth.
 * Few monitors are held at once, so a linear scan is enough. A thread in Object.wait is an entry
 * too: owner the negated thread id, depth the hold depth it gets back, negated once it is
 * notified; it becomes the holder again when it retakes the monitor.
 */
final class Monitors {
    private static final int COUNT = 0, ENTRIES = 8, ENTRY = 32;
    private static final int E_OBJ = 0, E_INC = 8, E_OWNER = 16, E_DEPTH = 24;

    private final ObjectSpace s;
    private final long tableClass;

    Monitors(ObjectSpace s, long tableClass) {
        this.s = s;
        this.tableClass = tableClass;
    }

    private long table() {
        long t = s.root(Roots.MONITORS);
        if (t == Ref.NULL) {
            t = s.allocate(tableClass, 0, ENTRIES + 8 * ENTRY);
            s.setRoot(Roots.MONITORS, t);
            s.release(t);
        }
        return t;
    }

    private static long at(int i, int field) { return ENTRIES + (long) i * ENTRY + field; }

    /** Index of the live entry for {@code obj}, dropping stale ones on the way; -1 if none. */
    private int find(long t, long obj) {
        int n = (int) s.getLong(t, COUNT);
        for (int i = 0; i < n; i++) {
            if (s.getLong(t, (int) at(i, E_OBJ)) != obj || s.getLong(t, (int) at(i, E_OWNER)) < 0) continue;
            if (s.getLong(t, (int) at(i, E_INC)) == s.incarnation(obj)) return i;
            remove(t, i); // the object died and its address was reused
            return -1;
        }
        return -1;
    }

    private void remove(long t, int i) {
        int n = (int) s.getLong(t, COUNT);
        long[] last = new long[4];
        s.readLongs(t, (int) at(n - 1, 0), last, 0, 4);
        s.writeLongs(t, (int) at(i, 0), last, 0, 4);
        s.setLong(t, COUNT, n - 1);
    }

    /** Takes the monitor of {@code obj} for thread {@code id}; false if another thread holds it. */
    synchronized boolean enter(long obj, long id) {
        long t = table();
        int i = find(t, obj);
        if (i >= 0) {
            if (s.getLong(t, (int) at(i, E_OWNER)) != id) return false;
            s.setLong(t, (int) at(i, E_DEPTH), s.getLong(t, (int) at(i, E_DEPTH)) + 1);
            return true;
        }
        int n = (int) s.getLong(t, COUNT);
        if (ENTRIES + (long) (n + 1) * ENTRY > s.dataBytes(t)) t = grow(t, n);
        s.writeLongs(t, (int) at(n, 0), new long[] { obj, s.incarnation(obj), id, 1 }, 0, 4);
        s.setLong(t, COUNT, n + 1);
        return true;
    }

    /** Releases one level; false if thread {@code id} does not hold the monitor. */
    synchronized boolean exit(long obj, long id) {
        long t = table();
        int i = find(t, obj);
        if (i < 0 || s.getLong(t, (int) at(i, E_OWNER)) != id) return false;
        long depth = s.getLong(t, (int) at(i, E_DEPTH)) - 1;
        if (depth == 0) remove(t, i);
        else s.setLong(t, (int) at(i, E_DEPTH), depth);
        return true;
    }

    /** A thread that ends lets go of every monitor it still holds, and of every wait. */
    synchronized void releaseAll(long id) {
        long t = s.root(Roots.MONITORS);
        if (t == Ref.NULL) return;
        for (int i = (int) s.getLong(t, COUNT) - 1; i >= 0; i--) {
            long owner = s.getLong(t, (int) at(i, E_OWNER));
            if (owner == id || owner == -id) remove(t, i);
        }
    }

    private int findWaiter(long t, long obj, long id) {
        int n = (int) s.getLong(t, COUNT);
        for (int i = 0; i < n; i++) {
            if (s.getLong(t, (int) at(i, E_OBJ)) == obj && s.getLong(t, (int) at(i, E_OWNER)) == -id) return i;
        }
        return -1;
    }

    /** 0 when thread {@code id} is not waiting on {@code obj}; 1 while it waits; -1 once it is notified. */
    synchronized int waitState(long obj, long id) {
        long t = table();
        int i = findWaiter(t, obj, id);
        return i < 0 ? 0 : s.getLong(t, (int) at(i, E_DEPTH)) > 0 ? 1 : -1;
    }

    /** Object.wait's first half: the holder lets go of the monitor and waits; false if it does not hold it. */
    synchronized boolean startWait(long obj, long id) {
        long t = table();
        int i = find(t, obj);
        if (i < 0 || s.getLong(t, (int) at(i, E_OWNER)) != id) return false;
        s.setLong(t, (int) at(i, E_OWNER), -id);
        return true;
    }

    /** Object.wait's second half: retakes the monitor at the depth it had; false while another thread holds it. */
    synchronized boolean endWait(long obj, long id) {
        long t = table();
        if (find(t, obj) >= 0) return false;
        int i = findWaiter(t, obj, id);
        if (i < 0) return false;
        s.setLong(t, (int) at(i, E_OWNER), id);
        s.setLong(t, (int) at(i, E_DEPTH), Math.abs(s.getLong(t, (int) at(i, E_DEPTH))));
        return true;
    }

    /**
     * Object.notify (one waiter) or notifyAll: marks waiters of {@code obj} notified and hands
     * their ids to {@code woken}; false if thread {@code id} does not hold the monitor.
     */
    synchronized boolean notify(long obj, long id, boolean all, java.util.function.LongConsumer woken) {
        long t = table();
        int i = find(t, obj);
        if (i < 0 || s.getLong(t, (int) at(i, E_OWNER)) != id) return false;
        int n = (int) s.getLong(t, COUNT);
        for (int k = 0; k < n; k++) {
            long owner = s.getLong(t, (int) at(k, E_OWNER)), depth = s.getLong(t, (int) at(k, E_DEPTH));
            if (owner >= 0 || depth < 0 || s.getLong(t, (int) at(k, E_OBJ)) != obj) continue;
            s.setLong(t, (int) at(k, E_DEPTH), -depth);
            woken.accept(-owner);
            if (!all) break;
        }
        return true;
    }

    private long grow(long t, int n) {
        long bigger = s.allocate(tableClass, 0, ENTRIES + 2 * Math.max(8, n) * ENTRY);
        long[] all = new long[1 + 4 * n];
        s.readLongs(t, 0, all, 0, all.length);
        s.writeLongs(bigger, 0, all, 0, all.length);
        s.setRoot(Roots.MONITORS, bigger);
        s.release(bigger);
        return bigger;
    }
}
