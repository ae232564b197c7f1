package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A hash table with the JDK's exact layout, so that iteration orders match: power-of-two tables,
 * hash spreading h ^ (h >>> 16), tail insertion by put (head insertion by merge, compute and
 * computeIfAbsent), and order-preserving low/high splits on resize.
 * A bucket that grows long makes a small table grow, as in the JDK; buckets are never made trees
 * (in a table of 64 or more a JDK tree bucket reorders its keys: 8+ colliding keys are needed).
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable {
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public final K getKey() { return key; }
        public final V getValue() { return value; }
        public final String toString() { return key + "=" + value; }

        public final int hashCode() {
            return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
        }

        public final V setValue(V newValue) {
            V oldValue = value;
            value = newValue;
            return oldValue;
        }

        public final boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
    }

    static final int hash(Object key) {
        int h;
        return (key == null) ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    static final int tableSizeFor(int cap) {
        if (cap <= 1) return 1;
        if (cap >= MAXIMUM_CAPACITY) return MAXIMUM_CAPACITY;
        int n = 1;
        while (n < cap) n <<= 1;
        return n;
    }

    transient Node<K, V>[] table;
    transient Set<Map.Entry<K, V>> entrySet;
    transient int size;
    transient int modCount;
    int threshold;
    final float loadFactor;

    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        if (initialCapacity > MAXIMUM_CAPACITY) initialCapacity = MAXIMUM_CAPACITY;
        if (loadFactor <= 0 || loadFactor != loadFactor) throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(initialCapacity);
    }

    public HashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putMapEntries(m, false);
    }

    public static <K, V> HashMap<K, V> newHashMap(int numMappings) {
        if (numMappings < 0) throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        return new HashMap<>(calculateHashMapCapacity(numMappings));
    }

    static int calculateHashMapCapacity(int numMappings) {
        double c = (double) numMappings / (double) DEFAULT_LOAD_FACTOR;
        int ic = (int) c;
        if (ic < c) ic++;
        return ic;
    }

    final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                double dt = Math.ceil(s / (double) loadFactor);
                int t = ((dt < (double) MAXIMUM_CAPACITY) ? (int) dt : MAXIMUM_CAPACITY);
                if (t > threshold) threshold = tableSizeFor(t);
            } else {
                while (s > threshold && table.length < MAXIMUM_CAPACITY) resize();
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                putVal(hash(e.getKey()), e.getKey(), e.getValue(), false, evict);
            }
        }
    }

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    public V get(Object key) {
        Node<K, V> e;
        return (e = getNode(key)) == null ? null : e.value;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) return null;
        int hash = hash(key);
        Node<K, V> e = tab[(tab.length - 1) & hash];
        while (e != null) {
            if (e.hash == hash) {
                Object k = e.key;
                if (k == key || (key != null && key.equals(k))) return e;
            }
            e = e.next;
        }
        return null;
    }

    public boolean containsKey(Object key) { return getNode(key) != null; }

    public V put(K key, V value) { return putVal(hash(key), key, value, false, true); }

    @SuppressWarnings("unchecked")
    final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        int n;
        if (tab == null || (n = tab.length) == 0) n = (tab = resize()).length;
        int i = (n - 1) & hash;
        Node<K, V> p = tab[i];
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
        } else {
            Node<K, V> e = null;
            for (int binCount = 0; ; binCount++) {
                Object k = p.key;
                if (p.hash == hash && (k == key || (key != null && key.equals(k)))) {
                    e = p;
                    break;
                }
                if (p.next == null) {
                    p.next = newNode(hash, key, value, null);
                    if (binCount >= TREEIFY_THRESHOLD - 1) treeifyBin();
                    break;
                }
                p = p.next;
            }
            if (e != null) {
                V oldValue = e.value;
                if (!onlyIfAbsent || oldValue == null) e.value = value;
                afterNodeAccess(e);
                return oldValue;
            }
        }
        ++modCount;
        if (++size > threshold) resize();
        afterNodeInsertion(evict);
        return null;
    }

    @SuppressWarnings("unchecked")
    final Node<K, V>[] resize() {
        Node<K, V>[] oldTab = table;
        int oldCap = (oldTab == null) ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap, newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            } else if ((newCap = oldCap << 1) < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = (newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE);
        }
        threshold = newThr;
        Node<K, V>[] newTab = (Node<K, V>[]) new Node[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; ++j) {
                Node<K, V> e = oldTab[j];
                if (e == null) continue;
                oldTab[j] = null;
                if (e.next == null) {
                    newTab[e.hash & (newCap - 1)] = e;
                } else {
                    Node<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
                    Node<K, V> next;
                    do {
                        next = e.next;
                        if ((e.hash & oldCap) == 0) {
                            if (loTail == null) loHead = e; else loTail.next = e;
                            loTail = e;
                        } else {
                            if (hiTail == null) hiHead = e; else hiTail.next = e;
                            hiTail = e;
                        }
                    } while ((e = next) != null);
                    if (loTail != null) {
                        loTail.next = null;
                        newTab[j] = loHead;
                    }
                    if (hiTail != null) {
                        hiTail.next = null;
                        newTab[j + oldCap] = hiHead;
                    }
                }
            }
        }
        return newTab;
    }

    public void putAll(Map<? extends K, ? extends V> m) { putMapEntries(m, true); }

    public V remove(Object key) {
        Node<K, V> e;
        return (e = removeNode(hash(key), key, null, false, true)) == null ? null : e.value;
    }

    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue, boolean movable) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) return null;
        int index = (tab.length - 1) & hash;
        Node<K, V> p = tab[index], prev = null;
        while (p != null) {
            Object k = p.key;
            if (p.hash == hash && (k == key || (key != null && key.equals(k)))) break;
            prev = p;
            p = p.next;
        }
        if (p == null) return null;
        Object v = p.value;
        if (matchValue && !(v == value || (value != null && value.equals(v)))) return null;
        if (prev == null) tab[index] = p.next; else prev.next = p.next;
        ++modCount;
        --size;
        afterNodeRemoval(p);
        return p;
    }

    public void clear() {
        Node<K, V>[] tab = table;
        modCount++;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; ++i) tab[i] = null;
        }
    }

    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (int i = 0; i < tab.length; i++) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                    Object v = e.value;
                    if (v == value || (value != null && value.equals(v))) return true;
                }
            }
        }
        return false;
    }

    // ---- hooks for LinkedHashMap
    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) { return new Node<>(hash, key, value, next); }
    void afterNodeAccess(Node<K, V> p) {}
    void afterNodeInsertion(boolean evict) {}
    void afterNodeRemoval(Node<K, V> p) {}

    /** The nodes in iteration order; LinkedHashMap overrides. */
    NodeIterator nodeIterator() { return new HashIterator(); }

    abstract class NodeIterator {
        abstract boolean hasNext();
        abstract Node<K, V> nextNode();
        abstract void remove();
    }

    final class HashIterator extends NodeIterator {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;
        int index;

        HashIterator() {
            expectedModCount = modCount;
            Node<K, V>[] t = table;
            current = next = null;
            index = 0;
            if (t != null && size > 0) {
                while (index < t.length && (next = t[index++]) == null) ;
            }
        }

        boolean hasNext() { return next != null; }

        Node<K, V> nextNode() {
            Node<K, V>[] t;
            Node<K, V> e = next;
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            if (e == null) throw new NoSuchElementException();
            if ((next = (current = e).next) == null && (t = table) != null) {
                while (index < t.length && (next = t[index++]) == null) ;
            }
            return e;
        }

        void remove() {
            Node<K, V> p = current;
            if (p == null) throw new IllegalStateException();
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            current = null;
            removeNode(p.hash, p.key, null, false, false);
            expectedModCount = modCount;
        }
    }

    final class KeyIterator implements Iterator<K> {
        final NodeIterator it = nodeIterator();
        public boolean hasNext() { return it.hasNext(); }
        public K next() { return it.nextNode().key; }
        public void remove() { it.remove(); }
    }

    final class ValueIterator implements Iterator<V> {
        final NodeIterator it = nodeIterator();
        public boolean hasNext() { return it.hasNext(); }
        public V next() { return it.nextNode().value; }
        public void remove() { it.remove(); }
    }

    final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        final NodeIterator it = nodeIterator();
        public boolean hasNext() { return it.hasNext(); }
        public Map.Entry<K, V> next() { return it.nextNode(); }
        public void remove() { it.remove(); }
    }

    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new KeySet();
            keySet = ks;
        }
        return ks;
    }

    final class KeySet extends AbstractSet<K> {
        public final int size() { return size; }
        public final void clear() { HashMap.this.clear(); }
        public final Iterator<K> iterator() { return new KeyIterator(); }
        public final boolean contains(Object o) { return containsKey(o); }

        public final boolean remove(Object key) {
            return removeNode(hash(key), key, null, false, true) != null;
        }

        public final void forEach(Consumer<? super K> action) {
            if (action == null) throw new NullPointerException();
            int mc = modCount;
            NodeIterator it = nodeIterator();
            while (it.hasNext()) action.accept(it.nextNode().key);
            if (modCount != mc) throw new ConcurrentModificationException();
        }
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new Values();
            values = vs;
        }
        return vs;
    }

    final class Values extends AbstractCollection<V> {
        public final int size() { return size; }
        public final void clear() { HashMap.this.clear(); }
        public final Iterator<V> iterator() { return new ValueIterator(); }
        public final boolean contains(Object o) { return containsValue(o); }

        public final void forEach(Consumer<? super V> action) {
            if (action == null) throw new NullPointerException();
            int mc = modCount;
            NodeIterator it = nodeIterator();
            while (it.hasNext()) action.accept(it.nextNode().value);
            if (modCount != mc) throw new ConcurrentModificationException();
        }
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new EntrySet();
            entrySet = es;
        }
        return es;
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public final int size() { return size; }
        public final void clear() { HashMap.this.clear(); }
        public final Iterator<Map.Entry<K, V>> iterator() { return new EntryIterator(); }

        public final boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Object key = e.getKey();
            Node<K, V> candidate = getNode(key);
            return candidate != null && candidate.equals(e);
        }

        public final boolean remove(Object o) {
            if (o instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object key = e.getKey();
                Object value = e.getValue();
                return removeNode(hash(key), key, value, true, true) != null;
            }
            return false;
        }

        public final void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) throw new NullPointerException();
            int mc = modCount;
            NodeIterator it = nodeIterator();
            while (it.hasNext()) action.accept(it.nextNode());
            if (modCount != mc) throw new ConcurrentModificationException();
        }
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e;
        return (e = getNode(key)) == null ? defaultValue : e.value;
    }

    public V putIfAbsent(K key, V value) { return putVal(hash(key), key, value, true, true); }

    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true, true) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            afterNodeAccess(e);
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            V oldValue = e.value;
            e.value = value;
            afterNodeAccess(e);
            return oldValue;
        }
        return null;
    }

    /**
     * merge, compute and computeIfAbsent as the JDK's: the table grows first when the size is
     * over the threshold (they leave it there after an insertion), and a new key goes to the
     * head of its bucket, not the tail as put's does.
     */
    private void growBeforeCompute() {
        if (size > threshold || table == null || table.length == 0) resize();
    }

    private void insertHead(int hash, K key, V value) {
        Node<K, V>[] tab = table;
        int i = (tab.length - 1) & hash;
        int binCount = 0;
        for (Node<K, V> e = tab[i]; e != null; e = e.next) binCount++;
        tab[i] = newNode(hash, key, value, tab[i]);
        if (binCount >= TREEIFY_THRESHOLD - 1) treeifyBin();
        ++modCount;
        ++size;
        afterNodeInsertion(true);
    }

    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    /**
     * Where the JDK would make a long bucket a tree: a table smaller than MIN_TREEIFY_CAPACITY
     * grows instead, which this does too. Bigger tables keep the list (the JDK's tree bins
     * reorder their bucket, which is not reproduced).
     */
    private void treeifyBin() {
        if (table == null || table.length < MIN_TREEIFY_CAPACITY) resize();
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) throw new NullPointerException();
        growBeforeCompute();
        Node<K, V> old = getNode(key);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v == null) return null;
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertHead(hash(key), key, v);
        return v;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = getNode(key);
        if (e != null && e.value != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, e.value);
            if (mc != modCount) throw new ConcurrentModificationException();
            if (v == null) {
                removeNode(hash(key), key, null, false, true);
            } else {
                e.value = v;
                afterNodeAccess(e);
            }
            return v;
        }
        return null;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        growBeforeCompute();
        Node<K, V> old = getNode(key);
        V oldValue = (old == null) ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash(key), key, null, false, true);
            }
        } else if (v != null) {
            insertHead(hash(key), key, v);
        }
        return v;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) throw new NullPointerException();
        growBeforeCompute();
        Node<K, V> old = getNode(key);
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) throw new ConcurrentModificationException();
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash(key), key, null, false, true);
            }
            return v;
        }
        insertHead(hash(key), key, value);
        return value;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        int mc = modCount;
        NodeIterator it = nodeIterator();
        while (it.hasNext() && modCount == mc) {
            Node<K, V> e = it.nextNode();
            action.accept(e.key, e.value);
        }
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        int mc = modCount;
        NodeIterator it = nodeIterator();
        while (it.hasNext()) {
            Node<K, V> e = it.nextNode();
            e.value = function.apply(e.key, e.value);
        }
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    public Object clone() {
        HashMap<K, V> result = new HashMap<>(0, loadFactor);
        result.threshold = 0;
        result.putMapEntries(this, false);
        return result;
    }
}
