package phantom.vm.impl;

import static phantom.vm.impl.Shapes.C_SINGLETON;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/**
 * The space's one string of each text that was interned: every class's string literals and
 * whatever {@code string.intern} was asked for, so equal literals of any two classes are one
 * object (Java's {@code "a" == "a"} across classes, {@code s.intern() == "a"}). It lives in the
 * space, in the internal string class object's otherwise unused singleton slot, so it survives
 * restarts with the strings: an open-addressing table of string references ({@code backing}
 * object, a power of two of slots, linear probing by a hash of the UTF-8 bytes; data: the
 * number of entries).
 *
 * <p>Weak in effect: at a safepoint (no register holds an uncounted reference then), an entry
 * whose string has no count but the table's own is dropped, when the table grew enough since
 * the last time to be worth a pass. Inside a slice a table that fills up grows and keeps every
 * entry: a string only a register holds would otherwise lose its identity.
 */
final class InternTable {
    private static final int FIRST_CAPACITY = 256;

    private final ObjectSpace space;
    private final long stringClass, backingClass;
    private final Object lock = new Object();
    /** Entries after the last pruning pass: the next pass waits until the table holds twice as many. */
    private int prunedAt;

    InternTable(ObjectSpace space, long stringClass, long backingClass) {
        this.space = space;
        this.stringClass = stringClass;
        this.backingClass = backingClass;
    }

    /** False in a space whose string class object predates the slot: interning gives the string itself. */
    private boolean available() {
        return space.refSlots(stringClass) > C_SINGLETON;
    }

    /** The interned string equal to {@code str} (a string object), counted for the caller. */
    long intern(long str) {
        if (!available()) {
            space.retain(str);
            return str;
        }
        byte[] text = bytes(str);
        synchronized (lock) {
            long found = find(text);
            if (found != Ref.NULL) {
                space.retain(found);
                return found;
            }
            insert(str, text);
            space.retain(str);
            return str;
        }
    }

    /** The interned string of {@code text}, made now if there is none; counted for the caller. */
    long intern(String text, java.util.function.Function<String, Long> newString) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        synchronized (lock) {
            if (available()) {
                long found = find(b);
                if (found != Ref.NULL) {
                    space.retain(found);
                    return found;
                }
            }
            long s = newString.apply(text);
            if (available()) {
                try {
                    insert(s, b);
                } catch (RuntimeException e) {
                    space.release(s);
                    throw e;
                }
            }
            return s;
        }
    }

    /** How many strings the table holds. */
    int size() {
        synchronized (lock) {
            long t = table();
            return t == Ref.NULL ? 0 : space.getInt(t, 0);
        }
    }

    /**
     * At a safepoint only: drops the entries nothing else counts, once the table doubled since the
     * last pass. Returns how many went.
     */
    int pruneAtSafepoint() {
        synchronized (lock) {
            long t = table();
            if (t == Ref.NULL) return 0;
            int n = space.getInt(t, 0);
            if (n < Math.max(64, 2 * prunedAt)) return 0;
            int dropped = 0;
            long[] kept = new long[n];
            int k = 0;
            for (int i = 0, cap = space.refSlots(t); i < cap; i++) {
                long s = space.getRef(t, i);
                if (s == Ref.NULL) continue;
                if (space.refCount(s) <= 1) dropped++;
                else kept[k++] = s;
            }
            if (dropped > 0) rebuild(capacityFor(k), Arrays.copyOf(kept, k));
            prunedAt = k;
            return dropped;
        }
    }

    // ------------------------------------------------------------------ the table

    private long table() {
        return available() ? space.getRef(stringClass, C_SINGLETON) : Ref.NULL;
    }

    private byte[] bytes(long str) {
        byte[] b = new byte[space.dataBytes(str)];
        space.readBytes(str, 0, b, 0, b.length);
        return b;
    }

    private static int hash(byte[] b) {
        int h = Arrays.hashCode(b);
        return h ^ (h >>> 16);
    }

    private long find(byte[] text) {
        long t = table();
        if (t == Ref.NULL) return Ref.NULL;
        int mask = space.refSlots(t) - 1;
        for (int i = hash(text) & mask; ; i = (i + 1) & mask) {
            long s = space.getRef(t, i);
            if (s == Ref.NULL) return Ref.NULL;
            if (space.dataBytes(s) == text.length && Arrays.equals(bytes(s), text)) return s;
        }
    }

    /** Adds a string not in the table; grows it first past half full (a full space leaves it as it was). */
    private void insert(long str, byte[] text) {
        long t = table();
        int n = t == Ref.NULL ? 0 : space.getInt(t, 0);
        if (t == Ref.NULL || 2 * (n + 1) > space.refSlots(t)) {
            long[] all = new long[n];
            int k = 0;
            if (t != Ref.NULL) {
                for (int i = 0, cap = space.refSlots(t); i < cap; i++) {
                    long s = space.getRef(t, i);
                    if (s != Ref.NULL) all[k++] = s;
                }
            }
            t = rebuild(capacityFor(n + 1), all);
        }
        put(t, str, text);
        space.setInt(t, 0, space.getInt(t, 0) + 1);
    }

    private static int capacityFor(int entries) {
        int cap = FIRST_CAPACITY;
        while (cap < 2 * entries + 2) cap <<= 1;
        return cap;
    }

    /** A new table of {@code capacity} slots holding {@code strings}, put in place of the old one. */
    private long rebuild(int capacity, long[] strings) {
        long t = space.allocate(backingClass, capacity, 8);
        for (long s : strings) put(t, s, bytes(s));
        space.setInt(t, 0, strings.length);
        // the new table's slots count the strings before the old one lets go of them
        space.release(space.exchangeRef(stringClass, C_SINGLETON, t));
        return t;
    }

    private void put(long t, long str, byte[] text) {
        int mask = space.refSlots(t) - 1;
        int i = hash(text) & mask;
        while (space.getRef(t, i) != Ref.NULL) i = (i + 1) & mask;
        space.setRef(t, i, str);
    }
}
