package java.util;

/**
 * A map with enum keys, iterated in ordinal order. The slots are indexed by ordinal and grow
 * as keys arrive (a key's class is initialised by then), so no list of constants is needed.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements Cloneable {
    private final Class<K> keyType;
    private Enum<?>[] keys;
    private Object[] vals;
    private int size = 0;
    private int modCount = 0;

    public EnumMap(Class<K> keyType) {
        if (keyType == null) throw new NullPointerException();
        this.keyType = keyType;
        keys = new Enum<?>[8];
        vals = new Object[8];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keys = new Enum<?>[m.keys.length];
        vals = new Object[m.keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = m.keys[i];
            vals[i] = m.vals[i];
        }
        size = m.size;
    }

    @SuppressWarnings("unchecked")
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keys = new Enum<?>[em.keys.length];
            vals = new Object[em.keys.length];
            putAll(em);
        } else {
            if (m.isEmpty()) throw new IllegalArgumentException("Specified map is empty");
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keys = new Enum<?>[8];
            vals = new Object[8];
            putAll(m);
        }
    }

    public int size() { return size; }

    private int slot(Object key) {
        if (!(key instanceof Enum)) return -1;
        int o = ((Enum<?>) key).ordinal();
        return o < keys.length && keys[o] == key ? o : -1;
    }

    public boolean containsValue(Object value) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != null && Objects.equals(value, vals[i])) return true;
        return false;
    }

    public boolean containsKey(Object key) { return slot(key) >= 0; }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = slot(key);
        return i < 0 ? null : (V) vals[i];
    }

    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        if (key == null) throw new NullPointerException();
        int o = key.ordinal();
        if (o >= keys.length) {
            int n = keys.length;
            while (n <= o) n *= 2;
            Enum<?>[] k = new Enum<?>[n];
            Object[] v = new Object[n];
            for (int i = 0; i < keys.length; i++) {
                k[i] = keys[i];
                v[i] = vals[i];
            }
            keys = k;
            vals = v;
        }
        V old = (V) vals[o];
        vals[o] = value;
        if (keys[o] == null) {
            keys[o] = key;
            size++;
            modCount++;
        }
        return old;
    }

    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = slot(key);
        if (i < 0) return null;
        V old = (V) vals[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        keys[i] = null;
        vals[i] = null;
        size--;
        modCount++;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    public void clear() {
        for (int i = 0; i < keys.length; i++) {
            keys[i] = null;
            vals[i] = null;
        }
        size = 0;
        modCount++;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() { return new EntryIterator(); }
            public int size() { return size; }
            public void clear() { EnumMap.this.clear(); }
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                int i = slot(e.getKey());
                return i >= 0 && Objects.equals(vals[i], e.getValue());
            }
            public boolean remove(Object o) {
                if (!contains(o)) return false;
                removeAt(slot(((Map.Entry<?, ?>) o).getKey()));
                return true;
            }
        };
    }

    private class EntryIterator implements Iterator<Map.Entry<K, V>> {
        int index = 0;
        int lastReturned = -1;
        int expectedModCount = modCount;

        public boolean hasNext() {
            while (index < keys.length && keys[index] == null) index++;
            return index < keys.length;
        }

        public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            if (!hasNext()) throw new NoSuchElementException();
            lastReturned = index++;
            return new Entry(lastReturned);
        }

        public void remove() {
            if (lastReturned < 0) throw new IllegalStateException();
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            if (keys[lastReturned] != null) removeAt(lastReturned);
            lastReturned = -1;
            expectedModCount = modCount;
        }
    }

    private class Entry implements Map.Entry<K, V> {
        private final int index;

        Entry(int index) { this.index = index; }

        @SuppressWarnings("unchecked")
        public K getKey() { return (K) keys[index]; }

        @SuppressWarnings("unchecked")
        public V getValue() { return (V) vals[index]; }

        @SuppressWarnings("unchecked")
        public V setValue(V value) {
            V old = (V) vals[index];
            vals[index] = value;
            return old;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return keys[index] == e.getKey() && Objects.equals(vals[index], e.getValue());
        }

        public int hashCode() { return keys[index].hashCode() ^ Objects.hashCode(vals[index]); }

        public String toString() { return keys[index] + "=" + vals[index]; }
    }

    public EnumMap<K, V> clone() { return new EnumMap<>(this); }
}
