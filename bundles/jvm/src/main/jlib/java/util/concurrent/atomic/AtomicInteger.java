package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** An int updated atomically: every method holds this object's monitor. */
public class AtomicInteger extends Number {
    private int value;

    public AtomicInteger(int initialValue) { value = initialValue; }

    public AtomicInteger() {}

    public final synchronized int get() { return value; }

    public final synchronized void set(int newValue) { value = newValue; }

    public final synchronized void lazySet(int newValue) { value = newValue; }

    public final synchronized int getAndSet(int newValue) {
        int old = value;
        value = newValue;
        return old;
    }

    public final synchronized boolean compareAndSet(int expectedValue, int newValue) {
        if (value != expectedValue) return false;
        value = newValue;
        return true;
    }

    public final boolean weakCompareAndSet(int expectedValue, int newValue) { return compareAndSet(expectedValue, newValue); }

    public final synchronized int getAndIncrement() { return value++; }

    public final synchronized int getAndDecrement() { return value--; }

    public final synchronized int getAndAdd(int delta) {
        int old = value;
        value += delta;
        return old;
    }

    public final synchronized int incrementAndGet() { return ++value; }

    public final synchronized int decrementAndGet() { return --value; }

    public final synchronized int addAndGet(int delta) { return value += delta; }

    public final synchronized int getAndUpdate(IntUnaryOperator updateFunction) {
        int prev = value;
        value = updateFunction.applyAsInt(prev);
        return prev;
    }

    public final synchronized int updateAndGet(IntUnaryOperator updateFunction) {
        return value = updateFunction.applyAsInt(value);
    }

    public final synchronized int getAndAccumulate(int x, IntBinaryOperator accumulatorFunction) {
        int prev = value;
        value = accumulatorFunction.applyAsInt(prev, x);
        return prev;
    }

    public final synchronized int accumulateAndGet(int x, IntBinaryOperator accumulatorFunction) {
        return value = accumulatorFunction.applyAsInt(value, x);
    }

    public String toString() { return Integer.toString(get()); }

    public int intValue() { return get(); }

    public long longValue() { return (long) get(); }

    public float floatValue() { return (float) get(); }

    public double doubleValue() { return (double) get(); }

    public final int getPlain() { return get(); }

    public final void setPlain(int newValue) { set(newValue); }
}
