package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A hash map for concurrent use, every operation under this map's monitor. Its table follows the
 * JDK's ConcurrentHashMap so that iteration orders match: power-of-two tables indexed by
 * (h ^ h >>> 16) & 0x7fffffff, tail insertion, a resize as soon as the count reaches 3/4 of the
 * table (and, as untreeified, a presize when a bin reaches 8 nodes in a table under 64), and the
 * JDK's bin split on resize (the run of nodes at a bin's end that go the same way keep their
 * order, the nodes before it are prepended in turn). Iterators walk a snapshot taken when they
 * are made (weakly consistent); their remove and their entries' setValue write through.
 * Null keys and values are refused.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V> {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int MIN_TREEIFY_CAPACITY = 64;
    static final int HASH_BITS = 0x7fffffff;

    static final class Node<K, V> {
        final int hash;
        final K key;
        V val;
        Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }
    }

    private Node<K, V>[] table;
    /** Before the table exists: its initial size (0: default); after: the count at which to resize. */
    private int sizeCtl;
    private int count;

    private KeySetView<K, V> keySetView;
    private Collection<V> valuesView;
    private Set<Map.Entry<K, V>> entrySetView;

    static final int spread(int h) { return (h ^ (h >>> 16)) & HASH_BITS; }

    private static int tableSizeFor(int c) {
        int n = 1;
        while (n < c && n < MAXIMUM_CAPACITY) n <<= 1;
        return n;
    }

    public ConcurrentHashMap() {}

    public ConcurrentHashMap(int initialCapacity) { this(initialCapacity, 0.75f, 1); }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) { this(initialCapacity, loadFactor, 1); }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) throw new IllegalArgumentException();
        if (initialCapacity < concurrencyLevel) initialCapacity = concurrencyLevel;
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        sizeCtl = size >= (long) MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    // ---- table

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        int n = sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY;
        table = (Node<K, V>[]) new Node<?, ?>[n];
        sizeCtl = n - (n >>> 2);
        return table;
    }

    @SuppressWarnings("unchecked")
    private void transfer() {
        Node<K, V>[] tab = table;
        int n = tab.length;
        Node<K, V>[] nt = (Node<K, V>[]) new Node<?, ?>[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) continue;
            int runBit = f.hash & n;
            Node<K, V> lastRun = f;
            for (Node<K, V> p = f.next; p != null; p = p.next) {
                int b = p.hash & n;
                if (b != runBit) {
                    runBit = b;
                    lastRun = p;
                }
            }
            Node<K, V> ln, hn;
            if (runBit == 0) {
                ln = lastRun;
                hn = null;
            } else {
                hn = lastRun;
                ln = null;
            }
            for (Node<K, V> p = f; p != lastRun; p = p.next) {
                if ((p.hash & n) == 0) ln = new Node<>(p.hash, p.key, p.val, ln);
                else hn = new Node<>(p.hash, p.key, p.val, hn);
            }
            nt[i] = ln;
            nt[i + n] = hn;
        }
        table = nt;
        n <<= 1;
        sizeCtl = n - (n >>> 2);
    }

    private void tryPresize(int size) {
        int c = size >= (MAXIMUM_CAPACITY >>> 1) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        while (true) {
            int sc = sizeCtl;
            if (table == null) {
                int n = Math.max(sc, c);
                sizeCtl = n;
                initTable();
            } else if (c <= sc || table.length >= MAXIMUM_CAPACITY) {
                break;
            } else {
                transfer();
            }
        }
    }

    /** After adding a node to a bin of binCount earlier nodes. */
    private void added(int binCount) {
        count++;
        if (binCount >= TREEIFY_THRESHOLD && table.length < MIN_TREEIFY_CAPACITY) tryPresize(table.length << 1);
        while (count >= sizeCtl && table.length < MAXIMUM_CAPACITY) transfer();
    }

    private Node<K, V> find(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int h = spread(key.hashCode());
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) return e;
        }
        return null;
    }

    /** The node for key (added with value from make if missing, if make is not null); binCount in out[0]. */
    private V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) throw new NullPointerException();
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        if (f == null) {
            tab[i] = new Node<>(h, key, value, null);
            added(0);
            return null;
        }
        int binCount = 1;
        for (Node<K, V> e = f; ; ++binCount) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                V old = e.val;
                if (!onlyIfAbsent) e.val = value;
                return old;
            }
            if (e.next == null) {
                e.next = new Node<>(h, key, value, null);
                break;
            }
            e = e.next;
        }
        added(binCount);
        return null;
    }

    /** Adds a node for a key known to be absent. */
    private void addNew(K key, V value) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table == null ? initTable() : table;
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        if (f == null) {
            tab[i] = new Node<>(h, key, value, null);
            added(0);
            return;
        }
        int binCount = 1;
        Node<K, V> e = f;
        while (e.next != null) {
            e = e.next;
            binCount++;
        }
        e.next = new Node<>(h, key, value, null);
        added(binCount);
    }

    /** Removes key's node if cv is null or matches its value (then replacing it with v if v is not null). */
    private V replaceNode(Object key, V v, Object cv) {
        if (key == null) throw new NullPointerException();
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int h = spread(key.hashCode());
        int i = (tab.length - 1) & h;
        for (Node<K, V> e = tab[i], pred = null; e != null; pred = e, e = e.next) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                V ev = e.val;
                if (cv != null && cv != ev && !cv.equals(ev)) return null;
                if (v != null) e.val = v;
                else {
                    if (pred == null) tab[i] = e.next;
                    else pred.next = e.next;
                    count--;
                }
                return ev;
            }
        }
        return null;
    }

    // ---- Map

    public synchronized int size() { return count; }

    public synchronized boolean isEmpty() { return count == 0; }

    public long mappingCount() { return size(); }

    public synchronized V get(Object key) {
        Node<K, V> e = find(key);
        return e == null ? null : e.val;
    }

    public synchronized V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = find(key);
        return e == null ? defaultValue : e.val;
    }

    public synchronized boolean containsKey(Object key) { return find(key) != null; }

    public synchronized boolean containsValue(Object value) {
        if (value == null) throw new NullPointerException();
        if (table != null) {
            for (Node<K, V> f : table) {
                for (Node<K, V> e = f; e != null; e = e.next) if (e.val == value || value.equals(e.val)) return true;
            }
        }
        return false;
    }

    public boolean contains(Object value) { return containsValue(value); }

    public synchronized V put(K key, V value) { return putVal(key, value, false); }

    public synchronized V putIfAbsent(K key, V value) { return putVal(key, value, true); }

    public synchronized void putAll(Map<? extends K, ? extends V> m) {
        tryPresize(m.size());
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) putVal(e.getKey(), e.getValue(), false);
    }

    public synchronized V remove(Object key) { return replaceNode(key, null, null); }

    public synchronized boolean remove(Object key, Object value) {
        if (key == null) throw new NullPointerException();
        return value != null && replaceNode(key, null, value) != null;
    }

    public synchronized boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) throw new NullPointerException();
        return replaceNode(key, newValue, oldValue) != null;
    }

    public synchronized V replace(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return replaceNode(key, value, null);
    }

    public synchronized void clear() {
        if (table != null) {
            for (int i = 0; i < table.length; i++) table[i] = null;
        }
        count = 0;
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) throw new NullPointerException();
        Node<K, V> e = find(key);
        if (e != null) return e.val;
        V v = mappingFunction.apply(key);
        if (v != null) addNew(key, v);
        return v;
    }

    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = find(key);
        if (e == null) return null;
        V v = remappingFunction.apply(key, e.val);
        if (v != null) e.val = v;
        else replaceNode(key, null, null);
        return v;
    }

    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = find(key);
        V v = remappingFunction.apply(key, e == null ? null : e.val);
        if (e != null) {
            if (v != null) e.val = v;
            else replaceNode(key, null, null);
        } else if (v != null) {
            addNew(key, v);
        }
        return v;
    }

    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = find(key);
        if (e == null) {
            addNew(key, value);
            return value;
        }
        V v = remappingFunction.apply(e.val, value);
        if (v != null) e.val = v;
        else replaceNode(key, null, null);
        return v;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        for (Object o : snapshot()) {
            Node<K, V> n = cast(o);
            action.accept(n.key, n.val);
        }
    }

    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        if (table == null) return;
        for (Node<K, V> f : table) {
            for (Node<K, V> e = f; e != null; e = e.next) {
                V v = function.apply(e.key, e.val);
                if (v == null) throw new NullPointerException();
                e.val = v;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Node<K, V> cast(Object o) { return (Node<K, V>) o; }

    /** Copies of the nodes (key and value) in table order. */
    private synchronized Object[] snapshot() {
        Object[] a = new Object[count];
        int k = 0;
        if (table != null) {
            for (Node<K, V> f : table) {
                for (Node<K, V> e = f; e != null; e = e.next) a[k++] = new Node<K, V>(e.hash, e.key, e.val, null);
            }
        }
        return a;
    }

    /** 0: keys, 1: values, 2: entries. */
    private final class Itr<T> implements Iterator<T> {
        final Object[] nodes = snapshot();
        final int kind;
        int next;
        Node<K, V> last;

        Itr(int kind) { this.kind = kind; }

        public boolean hasNext() { return next < nodes.length; }

        @SuppressWarnings("unchecked")
        public T next() {
            if (next >= nodes.length) throw new NoSuchElementException();
            Node<K, V> n = cast(nodes[next++]);
            last = n;
            if (kind == 0) return (T) n.key;
            if (kind == 1) return (T) n.val;
            return (T) new MapEntry<K, V>(n.key, n.val, ConcurrentHashMap.this);
        }

        public void remove() {
            if (last == null) throw new IllegalStateException();
            ConcurrentHashMap.this.remove(last.key);
            last = null;
        }
    }

    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        public K getKey() { return key; }

        public V getValue() { return val; }

        public int hashCode() { return key.hashCode() ^ val.hashCode(); }

        public String toString() { return key + "=" + val; }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Object k = e.getKey(), v = e.getValue();
            return k != null && v != null && (k == key || k.equals(key)) && (v == val || v.equals(val));
        }

        public V setValue(V value) {
            if (value == null) throw new NullPointerException();
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySetView;
        return ks != null ? ks : (keySetView = new KeySetView<K, V>(this, null));
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) throw new NullPointerException();
        return new KeySetView<K, V>(this, mappedValue);
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    public Collection<V> values() {
        Collection<V> vs = valuesView;
        if (vs == null) {
            vs = valuesView = new AbstractCollection<V>() {
                public Iterator<V> iterator() { return new Itr<V>(1); }
                public int size() { return ConcurrentHashMap.this.size(); }
                public boolean contains(Object o) { return o != null && containsValue(o); }
                public void clear() { ConcurrentHashMap.this.clear(); }
                public boolean add(V v) { throw new UnsupportedOperationException(); }
            };
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        if (es == null) {
            es = entrySetView = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() { return new Itr<Map.Entry<K, V>>(2); }
                public int size() { return ConcurrentHashMap.this.size(); }
                public void clear() { ConcurrentHashMap.this.clear(); }
                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey(), v = e.getValue();
                    if (k == null || v == null) return false;
                    V mine = get(k);
                    return mine != null && (mine == v || v.equals(mine));
                }
                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey(), v = e.getValue();
                    return k != null && v != null && ConcurrentHashMap.this.remove(k, v);
                }
            };
        }
        return es;
    }

    public String toString() {
        Object[] nodes = snapshot();
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < nodes.length; i++) {
            Node<K, V> n = cast(nodes[i]);
            if (i > 0) sb.append(", ");
            sb.append(n.key == this ? "(this Map)" : String.valueOf(n.key)).append('=').append(n.val == this ? "(this Map)" : String.valueOf(n.val));
        }
        return sb.append('}').toString();
    }

    public int hashCode() {
        int h = 0;
        for (Object o : snapshot()) {
            Node<K, V> n = cast(o);
            h += n.key.hashCode() ^ n.val.hashCode();
        }
        return h;
    }

    /** A view of a ConcurrentHashMap's keys; with a mapped value, add puts keys with it. */
    public static final class KeySetView<K, V> extends AbstractSet<K> implements Set<K> {
        private final ConcurrentHashMap<K, V> map;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }

        public ConcurrentHashMap<K, V> getMap() { return map; }

        public V getMappedValue() { return value; }

        public boolean contains(Object o) { return map.containsKey(o); }

        public boolean remove(Object o) { return map.remove(o) != null; }

        public Iterator<K> iterator() { return map.new Itr<K>(0); }

        public int size() { return map.size(); }

        public boolean isEmpty() { return map.isEmpty(); }

        public void clear() { map.clear(); }

        public boolean add(K e) {
            if (value == null) throw new UnsupportedOperationException();
            return map.putIfAbsent(e, value) == null;
        }

        public boolean addAll(Collection<? extends K> c) {
            if (value == null) throw new UnsupportedOperationException();
            boolean added = false;
            for (K e : c) if (map.putIfAbsent(e, value) == null) added = true;
            return added;
        }
    }
}
