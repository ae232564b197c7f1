package java.lang;

import java.util.HashMap;

/** A ThreadLocal whose values a new Thread starts with: childValue of its creator's, taken when the Thread is constructed. */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {}

    protected T childValue(T parentValue) { return parentValue; }

    HashMap<ThreadLocal<?>, Object> mapOf(Thread t, boolean create) {
        HashMap<ThreadLocal<?>, Object> m = t.inheritableThreadLocals;
        if (m == null && create) t.inheritableThreadLocals = m = new HashMap<>();
        return m;
    }

    /** The child's map: each variable's childValue of the parent's value. */
    @SuppressWarnings("unchecked")
    static HashMap<ThreadLocal<?>, Object> inherit(HashMap<ThreadLocal<?>, Object> parent) {
        HashMap<ThreadLocal<?>, Object> child = new HashMap<>();
        for (java.util.Map.Entry<ThreadLocal<?>, Object> e : parent.entrySet()) {
            InheritableThreadLocal<Object> key = (InheritableThreadLocal<Object>) e.getKey();
            child.put(key, key.childValue(e.getValue()));
        }
        return child;
    }
}
