package java.util.concurrent.atomic;

/** A boolean updated atomically: every method holds this object's monitor. */
public class AtomicBoolean {
    private boolean value;

    public AtomicBoolean(boolean initialValue) { value = initialValue; }

    public AtomicBoolean() {}

    public final synchronized boolean get() { return value; }

    public final synchronized boolean compareAndSet(boolean expectedValue, boolean newValue) {
        if (value != expectedValue) return false;
        value = newValue;
        return true;
    }

    public boolean weakCompareAndSet(boolean expectedValue, boolean newValue) { return compareAndSet(expectedValue, newValue); }

    public final synchronized void set(boolean newValue) { value = newValue; }

    public final synchronized void lazySet(boolean newValue) { value = newValue; }

    public final synchronized boolean getAndSet(boolean newValue) {
        boolean prev = value;
        value = newValue;
        return prev;
    }

    public final boolean getPlain() { return get(); }

    public final void setPlain(boolean newValue) { set(newValue); }

    public String toString() { return Boolean.toString(get()); }
}
