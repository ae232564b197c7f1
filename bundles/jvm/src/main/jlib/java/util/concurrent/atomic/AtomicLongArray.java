package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** A long array whose elements are updated atomically: every method holds this object's monitor. */
public class AtomicLongArray {
    private final long[] array;

    public AtomicLongArray(int length) { array = new long[length]; }

    public AtomicLongArray(long[] array) { this.array = array.clone(); }

    public final int length() { return array.length; }

    public final synchronized long get(int i) { return array[i]; }

    public final synchronized void set(int i, long newValue) { array[i] = newValue; }

    public final synchronized void lazySet(int i, long newValue) { array[i] = newValue; }

    public final synchronized long getAndSet(int i, long newValue) { long old = array[i]; array[i] = newValue; return old; }

    public final synchronized boolean compareAndSet(int i, long expectedValue, long newValue) {
        if (array[i] != expectedValue) return false;
        array[i] = newValue;
        return true;
    }

    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) { return compareAndSet(i, expectedValue, newValue); }

    public final synchronized long getAndIncrement(int i) { return array[i]++; }

    public final synchronized long getAndDecrement(int i) { return array[i]--; }

    public final synchronized long getAndAdd(int i, long delta) { long old = array[i]; array[i] += delta; return old; }

    public final synchronized long incrementAndGet(int i) { return ++array[i]; }

    public final synchronized long decrementAndGet(int i) { return --array[i]; }

    public final synchronized long addAndGet(int i, long delta) { return array[i] += delta; }

    public final synchronized long getAndUpdate(int i, LongUnaryOperator f) { long prev = array[i]; array[i] = f.applyAsLong(prev); return prev; }

    public final synchronized long updateAndGet(int i, LongUnaryOperator f) { return array[i] = f.applyAsLong(array[i]); }

    public final synchronized long getAndAccumulate(int i, long x, LongBinaryOperator f) { long prev = array[i]; array[i] = f.applyAsLong(prev, x); return prev; }

    public final synchronized long accumulateAndGet(int i, long x, LongBinaryOperator f) { return array[i] = f.applyAsLong(array[i], x); }

    public synchronized String toString() {
        int iMax = array.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; ; i++) {
            b.append(array[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(',').append(' ');
        }
    }
}
