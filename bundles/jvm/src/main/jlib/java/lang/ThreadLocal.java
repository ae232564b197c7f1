package java.lang;

import java.util.HashMap;
import java.util.function.Supplier;

/**
 * A variable with one value per thread. Each Thread keeps its values in a map of its own, keyed by
 * the ThreadLocal object (identity: ThreadLocal does not override equals/hashCode); only the
 * owning thread reads or writes it, so it needs no lock.
 */
public class ThreadLocal<T> {
    public ThreadLocal() {}

    protected T initialValue() { return null; }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) throw new NullPointerException();
        return new SuppliedThreadLocal<>(supplier);
    }

    /** The map of the current thread this variable lives in (InheritableThreadLocal: the inherited one). */
    HashMap<ThreadLocal<?>, Object> mapOf(Thread t, boolean create) {
        HashMap<ThreadLocal<?>, Object> m = t.threadLocals;
        if (m == null && create) t.threadLocals = m = new HashMap<>();
        return m;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        HashMap<ThreadLocal<?>, Object> m = mapOf(t, false);
        if (m != null && m.containsKey(this)) return (T) m.get(this);
        T v = initialValue();
        mapOf(t, true).put(this, v);
        return v;
    }

    public void set(T value) {
        mapOf(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        HashMap<ThreadLocal<?>, Object> m = mapOf(Thread.currentThread(), false);
        if (m != null) m.remove(this);
    }

    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) { this.supplier = supplier; }

        protected T initialValue() { return supplier.get(); }
    }
}
