package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** A reference updated atomically: every method holds this object's monitor. */
public class AtomicReference<V> {
    private V value;

    public AtomicReference(V initialValue) { value = initialValue; }

    public AtomicReference() {}

    public final synchronized V get() { return value; }

    public final synchronized void set(V newValue) { value = newValue; }

    public final synchronized void lazySet(V newValue) { value = newValue; }

    public final synchronized boolean compareAndSet(V expectedValue, V newValue) {
        if (value != expectedValue) return false;
        value = newValue;
        return true;
    }

    public final boolean weakCompareAndSet(V expectedValue, V newValue) { return compareAndSet(expectedValue, newValue); }

    public final synchronized V getAndSet(V newValue) {
        V prev = value;
        value = newValue;
        return prev;
    }

    public final synchronized V getAndUpdate(UnaryOperator<V> updateFunction) {
        V prev = value;
        value = updateFunction.apply(prev);
        return prev;
    }

    public final synchronized V updateAndGet(UnaryOperator<V> updateFunction) {
        return value = updateFunction.apply(value);
    }

    public final synchronized V getAndAccumulate(V x, BinaryOperator<V> accumulatorFunction) {
        V prev = value;
        value = accumulatorFunction.apply(prev, x);
        return prev;
    }

    public final synchronized V accumulateAndGet(V x, BinaryOperator<V> accumulatorFunction) {
        return value = accumulatorFunction.apply(value, x);
    }

    public final V getPlain() { return get(); }

    public final void setPlain(V newValue) { set(newValue); }

    public String toString() { return String.valueOf(get()); }
}
