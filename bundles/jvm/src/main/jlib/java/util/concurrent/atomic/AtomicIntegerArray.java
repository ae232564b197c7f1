package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** An int array whose elements are updated atomically: every method holds this object's monitor. */
public class AtomicIntegerArray {
    private final int[] array;

    public AtomicIntegerArray(int length) { array = new int[length]; }

    public AtomicIntegerArray(int[] array) { this.array = array.clone(); }

    public final int length() { return array.length; }

    public final synchronized int get(int i) { return array[i]; }

    public final synchronized void set(int i, int newValue) { array[i] = newValue; }

    public final synchronized void lazySet(int i, int newValue) { array[i] = newValue; }

    public final synchronized int getAndSet(int i, int newValue) { int old = array[i]; array[i] = newValue; return old; }

    public final synchronized boolean compareAndSet(int i, int expectedValue, int newValue) {
        if (array[i] != expectedValue) return false;
        array[i] = newValue;
        return true;
    }

    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) { return compareAndSet(i, expectedValue, newValue); }

    public final synchronized int getAndIncrement(int i) { return array[i]++; }

    public final synchronized int getAndDecrement(int i) { return array[i]--; }

    public final synchronized int getAndAdd(int i, int delta) { int old = array[i]; array[i] += delta; return old; }

    public final synchronized int incrementAndGet(int i) { return ++array[i]; }

    public final synchronized int decrementAndGet(int i) { return --array[i]; }

    public final synchronized int addAndGet(int i, int delta) { return array[i] += delta; }

    public final synchronized int getAndUpdate(int i, IntUnaryOperator f) { int prev = array[i]; array[i] = f.applyAsInt(prev); return prev; }

    public final synchronized int updateAndGet(int i, IntUnaryOperator f) { return array[i] = f.applyAsInt(array[i]); }

    public final synchronized int getAndAccumulate(int i, int x, IntBinaryOperator f) { int prev = array[i]; array[i] = f.applyAsInt(prev, x); return prev; }

    public final synchronized int accumulateAndGet(int i, int x, IntBinaryOperator f) { return array[i] = f.applyAsInt(array[i], x); }

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
