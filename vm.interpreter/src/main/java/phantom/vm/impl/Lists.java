package phantom.vm.impl;

import static phantom.vm.impl.Shapes.*;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** A growable list of references in the space (the array layout), for the VM's registries. */
final class Lists {
    private Lists() {}

    static long create(ObjectSpace s, long arrayClass, long backingClass) {
        long list = s.allocate(arrayClass, A_REFS, A_DATA);
        long backing = s.allocate(backingClass, 8, 0);
        s.exchangeRef(list, A_BACKING, backing);
        return list;
    }

    static int size(ObjectSpace s, long list) {
        return (int) s.getLong(list, A_SIZE);
    }

    static long get(ObjectSpace s, long list, int i) {
        return s.getRef(s.getRef(list, A_BACKING), i);
    }

    static void add(ObjectSpace s, long list, long value, long backingClass) {
        int n = size(s, list);
        long backing = s.getRef(list, A_BACKING);
        if (n == s.refSlots(backing)) {
            long bigger = s.allocate(backingClass, Math.max(8, n * 2), 0);
            for (int i = 0; i < n; i++) s.exchangeRef(bigger, i, s.exchangeRef(backing, i, Ref.NULL));
            s.setRef(list, A_BACKING, bigger);
            s.release(bigger);
            backing = bigger;
        }
        s.setRef(backing, n, value);
        s.setLong(list, A_SIZE, n + 1);
    }

    /** The last index of {@code value}, or -1. */
    static int lastIndexOf(ObjectSpace s, long list, long value) {
        long backing = s.getRef(list, A_BACKING);
        for (int i = size(s, list) - 1; i >= 0; i--) if (s.getRef(backing, i) == value) return i;
        return -1;
    }

    /** Replaces entry {@code i} (counted: the list retains the new value and releases the old). */
    static void set(ObjectSpace s, long list, int i, long value) {
        s.setRef(s.getRef(list, A_BACKING), i, value);
    }

    /** Removes the first occurrence of {@code value}, keeping order. */
    static boolean remove(ObjectSpace s, long list, long value) {
        int n = size(s, list);
        long backing = s.getRef(list, A_BACKING);
        for (int i = 0; i < n; i++) {
            if (s.getRef(backing, i) == value) {
                long removed = s.exchangeRef(backing, i, Ref.NULL);
                for (int j = i + 1; j < n; j++) s.exchangeRef(backing, j - 1, s.exchangeRef(backing, j, Ref.NULL));
                s.setLong(list, A_SIZE, n - 1);
                s.release(removed);
                return true;
            }
        }
        return false;
    }
}
