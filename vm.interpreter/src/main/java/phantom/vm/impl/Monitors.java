package phantom.vm.impl;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

/**
 * Object monitors (menter/mexit), kept in the space so that a monitor held, and a thread
 * waiting for it, are still so after a restart. The table (root {@link Roots#MONITORS}) is one
 * data object: a count, then per held monitor the object's address and incarnation (so a freed
 * and reused address is not mistaken for the old object), the owner's thread id and the depth.
 * Few monitors are held at once, so a linear scan is enough.
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
            if (s.getLong(t, (int) at(i, E_OBJ)) != obj) continue;
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

    /** A thread that ends lets go of every monitor it still holds. */
    synchronized void releaseAll(long id) {
        long t = s.root(Roots.MONITORS);
        if (t == Ref.NULL) return;
        for (int i = (int) s.getLong(t, COUNT) - 1; i >= 0; i--) {
            if (s.getLong(t, (int) at(i, E_OWNER)) == id) remove(t, i);
        }
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
