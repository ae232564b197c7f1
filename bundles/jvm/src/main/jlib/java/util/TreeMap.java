package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A red-black tree (the textbook algorithm of Cormen, Leiserson and Rivest) ordered by its
 * comparator or the keys' natural order. The views (key set, values, entries, sub maps,
 * descending maps) write through and their iterators are fail-fast.
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable {
    private final Comparator<? super K> comparator;
    transient Entry<K, V> root;
    transient int size = 0;
    transient int modCount = 0;

    private static final boolean RED = false;
    private static final boolean BLACK = true;

    public TreeMap() { comparator = null; }

    public TreeMap(Comparator<? super K> comparator) { this.comparator = comparator; }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    public int size() { return size; }

    public boolean containsKey(Object key) { return getEntry(key) != null; }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) if (valEquals(value, e.value)) return true;
        return false;
    }

    public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return (p == null ? null : p.value);
    }

    public Comparator<? super K> comparator() { return comparator; }

    public K firstKey() { return key(getFirstEntry()); }

    public K lastKey() { return key(getLastEntry()); }

    public void putAll(Map<? extends K, ? extends V> map) {
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) put(e.getKey(), e.getValue());
    }

    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        return comparator == null ? ((Comparable<? super K>) k1).compareTo((K) k2) : comparator.compare((K) k1, (K) k2);
    }

    static boolean valEquals(Object o1, Object o2) { return (o1 == null ? o2 == null : o1.equals(o2)); }

    final Entry<K, V> getEntry(Object key) {
        if (key == null && comparator == null) throw new NullPointerException();
        Entry<K, V> p = root;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0) p = p.left;
            else if (cmp > 0) p = p.right;
            else return p;
        }
        return null;
    }

    /** The least entry with a key >= key (or > key when strict), or null. */
    final Entry<K, V> getCeilingEntry(Object key, boolean strict) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0 || (cmp == 0 && !strict)) {
                if (cmp == 0) return p;
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The greatest entry with a key <= key (or < key when strict), or null. */
    final Entry<K, V> getFloorEntry(Object key, boolean strict) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp > 0 || (cmp == 0 && !strict)) {
                if (cmp == 0) return p;
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Entry<K, V> getCeilingEntry(Object key) { return getCeilingEntry(key, false); }
    final Entry<K, V> getHigherEntry(Object key) { return getCeilingEntry(key, true); }
    final Entry<K, V> getFloorEntry(Object key) { return getFloorEntry(key, false); }
    final Entry<K, V> getLowerEntry(Object key) { return getFloorEntry(key, true); }

    public V put(K key, V value) { return put(key, value, true); }

    public V putIfAbsent(K key, V value) { return put(key, value, false); }

    private V put(K key, V value, boolean replaceOld) {
        Entry<K, V> t = root;
        if (t == null) {
            if (key == null && comparator == null) throw new NullPointerException();
            compare(key, key);
            root = new Entry<>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        if (key == null && comparator == null) throw new NullPointerException();
        int cmp;
        Entry<K, V> parent;
        do {
            parent = t;
            cmp = compare(key, t.key);
            if (cmp < 0) t = t.left;
            else if (cmp > 0) t = t.right;
            else {
                V oldValue = t.value;
                if (replaceOld || oldValue == null) t.value = value;
                return oldValue;
            }
        } while (t != null);
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (cmp < 0) parent.left = e;
        else parent.right = e;
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) return null;
        V oldValue = p.value;
        deleteEntry(p);
        return oldValue;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    public Object clone() {
        TreeMap<K, V> clone = new TreeMap<>(comparator);
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) clone.put(e.key, e.value);
        return clone;
    }

    // ---- the Map defaults that would otherwise look a key up twice keep their contract

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null || value == null) throw new NullPointerException();
        Entry<K, V> e = getEntry(key);
        if (e == null) {
            put(key, value);
            return value;
        }
        V oldValue = e.value;
        V newValue = oldValue == null ? value : remappingFunction.apply(oldValue, value);
        if (newValue == null) deleteEntry(e);
        else e.value = newValue;
        return newValue;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expectedModCount != modCount) throw new ConcurrentModificationException();
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            if (expectedModCount != modCount) throw new ConcurrentModificationException();
        }
    }

    // ---- navigation

    public Map.Entry<K, V> firstEntry() { return exportEntry(getFirstEntry()); }
    public Map.Entry<K, V> lastEntry() { return exportEntry(getLastEntry()); }

    public Map.Entry<K, V> pollFirstEntry() {
        Entry<K, V> p = getFirstEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) deleteEntry(p);
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Entry<K, V> p = getLastEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) deleteEntry(p);
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) { return exportEntry(getLowerEntry(key)); }
    public K lowerKey(K key) { return keyOrNull(getLowerEntry(key)); }
    public Map.Entry<K, V> floorEntry(K key) { return exportEntry(getFloorEntry(key)); }
    public K floorKey(K key) { return keyOrNull(getFloorEntry(key)); }
    public Map.Entry<K, V> ceilingEntry(K key) { return exportEntry(getCeilingEntry(key)); }
    public K ceilingKey(K key) { return keyOrNull(getCeilingEntry(key)); }
    public Map.Entry<K, V> higherEntry(K key) { return exportEntry(getHigherEntry(key)); }
    public K higherKey(K key) { return keyOrNull(getHigherEntry(key)); }

    public V putFirst(K k, V v) { throw new UnsupportedOperationException(); }
    public V putLast(K k, V v) { throw new UnsupportedOperationException(); }

    // ---- views

    private transient EntrySetView entrySet;
    private transient KeySet<K> navigableKeySet;
    private transient NavigableMap<K, V> descendingMap;

    public Set<K> keySet() { return navigableKeySet(); }

    public NavigableSet<K> navigableKeySet() {
        KeySet<K> nks = navigableKeySet;
        return (nks != null) ? nks : (navigableKeySet = new KeySet<>(this));
    }

    public NavigableSet<K> descendingKeySet() { return descendingMap().navigableKeySet(); }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() { return new ValueIterator<>(TreeMap.this.entryIterator()); }
            public int size() { return TreeMap.this.size(); }
            public boolean contains(Object o) { return TreeMap.this.containsValue(o); }
            public boolean remove(Object o) {
                for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
                    if (valEquals(e.getValue(), o)) {
                        deleteEntry(e);
                        return true;
                    }
                }
                return false;
            }
            public void clear() { TreeMap.this.clear(); }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView es = entrySet;
        return (es != null) ? es : (entrySet = new EntrySetView());
    }

    class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() { return entryIterator(); }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Entry<K, V> p = getEntry(entry.getKey());
            return p != null && valEquals(p.getValue(), entry.getValue());
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Entry<K, V> p = getEntry(entry.getKey());
            if (p != null && valEquals(p.getValue(), entry.getValue())) {
                deleteEntry(p);
                return true;
            }
            return false;
        }

        public int size() { return TreeMap.this.size(); }

        public void clear() { TreeMap.this.clear(); }
    }

    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> km = descendingMap;
        return (km != null) ? km : (descendingMap = new SubMap<>(this, true, null, true, true, null, true, true));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new SubMap<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new SubMap<>(this, true, null, true, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new SubMap<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }
    public SortedMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
    public SortedMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }

    Iterator<Map.Entry<K, V>> entryIterator() { return new EntryIterator<>(this, getFirstEntry(), UNBOUNDED, false); }

    Iterator<K> keyIterator() { return new KeyIterator<>(entryIterator()); }

    Iterator<K> descendingKeyIterator() { return new KeyIterator<>(new EntryIterator<>(this, getLastEntry(), UNBOUNDED, true)); }

    /** The fence of an iteration that runs to the end of the tree. */
    static final Object UNBOUNDED = new Object();

    /** Entries from first, stepping up (or down when descending) until the entry whose key is fenceKey. */
    static final class EntryIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        final TreeMap<K, V> m;
        Entry<K, V> next;
        Entry<K, V> lastReturned;
        int expectedModCount;
        final Object fenceKey;
        final boolean descending;

        EntryIterator(TreeMap<K, V> m, Entry<K, V> first, Object fenceKey, boolean descending) {
            this.m = m;
            this.expectedModCount = m.modCount;
            this.lastReturned = null;
            this.next = first;
            this.fenceKey = fenceKey;
            this.descending = descending;
        }

        public final boolean hasNext() { return next != null && next.key != fenceKey; }

        public Map.Entry<K, V> next() {
            Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) throw new NoSuchElementException();
            if (m.modCount != expectedModCount) throw new ConcurrentModificationException();
            next = descending ? predecessor(e) : successor(e);
            lastReturned = e;
            return e;
        }

        public void remove() {
            if (lastReturned == null) throw new IllegalStateException();
            if (m.modCount != expectedModCount) throw new ConcurrentModificationException();
            // deleting an entry with two children moves its successor's contents into it
            if (!descending && lastReturned.left != null && lastReturned.right != null) next = lastReturned;
            m.deleteEntry(lastReturned);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }

    static final class KeyIterator<K, V> implements Iterator<K> {
        final Iterator<Map.Entry<K, V>> i;

        KeyIterator(Iterator<Map.Entry<K, V>> i) { this.i = i; }

        public boolean hasNext() { return i.hasNext(); }
        public K next() { return i.next().getKey(); }
        public void remove() { i.remove(); }
    }

    static final class ValueIterator<K, V> implements Iterator<V> {
        final Iterator<Map.Entry<K, V>> i;

        ValueIterator(Iterator<Map.Entry<K, V>> i) { this.i = i; }

        public boolean hasNext() { return i.hasNext(); }
        public V next() { return i.next().getValue(); }
        public void remove() { i.remove(); }
    }

    /** The key set of a TreeMap or of one of its sub maps: a NavigableSet view. */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> map) { m = map; }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Iterator<E> iterator() {
            if (m instanceof TreeMap) return ((TreeMap<E, ?>) m).keyIterator();
            return ((SubMap) m).keyIterator();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Iterator<E> descendingIterator() {
            if (m instanceof TreeMap) return ((TreeMap<E, ?>) m).descendingKeyIterator();
            return ((SubMap) m).descendingKeyIterator();
        }

        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean contains(Object o) { return m.containsKey(o); }
        public void clear() { m.clear(); }
        public E lower(E e) { return m.lowerKey(e); }
        public E floor(E e) { return m.floorKey(e); }
        public E ceiling(E e) { return m.ceilingKey(e); }
        public E higher(E e) { return m.higherKey(e); }
        public E first() { return m.firstKey(); }
        public E last() { return m.lastKey(); }
        public Comparator<? super E> comparator() { return m.comparator(); }

        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        public boolean remove(Object o) {
            int oldSize = size();
            m.remove(o);
            return size() != oldSize;
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) { return new KeySet<>(m.headMap(toElement, inclusive)); }
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) { return new KeySet<>(m.tailMap(fromElement, inclusive)); }
        public SortedSet<E> subSet(E fromElement, E toElement) { return subSet(fromElement, true, toElement, false); }
        public SortedSet<E> headSet(E toElement) { return headSet(toElement, false); }
        public SortedSet<E> tailSet(E fromElement) { return tailSet(fromElement, true); }
        public NavigableSet<E> descendingSet() { return new KeySet<>(m.descendingMap()); }
    }

    /**
     * A range of a TreeMap, ascending or descending. The bounds lo and hi are in the tree's own
     * (ascending) order whatever the direction of the view.
     */
    static final class SubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
        final TreeMap<K, V> m;
        final K lo, hi;
        final boolean fromStart, toEnd;
        final boolean loInclusive, hiInclusive;
        final boolean descending;

        SubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
            if (!fromStart && !toEnd) {
                if (m.compare(lo, hi) > 0) throw new IllegalArgumentException("fromKey > toKey");
            } else {
                if (!fromStart) m.compare(lo, lo);
                if (!toEnd) m.compare(hi, hi);
            }
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                if (c < 0 || (c == 0 && !loInclusive)) return true;
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                if (c > 0 || (c == 0 && !hiInclusive)) return true;
            }
            return false;
        }

        final boolean inRange(Object key) { return !tooLow(key) && !tooHigh(key); }

        final boolean inClosedRange(Object key) {
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        final boolean inRange(Object key, boolean inclusive) { return inclusive ? inRange(key) : inClosedRange(key); }

        final TreeMap.Entry<K, V> absLowest() {
            TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry() : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo));
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absHighest() {
            TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry() : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi));
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absCeiling(K key) {
            if (tooLow(key)) return absLowest();
            TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absHigher(K key) {
            if (tooLow(key)) return absLowest();
            TreeMap.Entry<K, V> e = m.getHigherEntry(key);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absFloor(K key) {
            if (tooHigh(key)) return absHighest();
            TreeMap.Entry<K, V> e = m.getFloorEntry(key);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absLower(K key) {
            if (tooHigh(key)) return absHighest();
            TreeMap.Entry<K, V> e = m.getLowerEntry(key);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        /** The key just past the high end (ascending iteration stops there). */
        final Object absHighFence() {
            if (toEnd) return UNBOUNDED;
            TreeMap.Entry<K, V> e = hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi);
            return e == null ? UNBOUNDED : e.key;
        }

        final Object absLowFence() {
            if (fromStart) return UNBOUNDED;
            TreeMap.Entry<K, V> e = loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo);
            return e == null ? UNBOUNDED : e.key;
        }

        final TreeMap.Entry<K, V> lowest() { return descending ? absHighest() : absLowest(); }
        final TreeMap.Entry<K, V> highest() { return descending ? absLowest() : absHighest(); }

        Iterator<Map.Entry<K, V>> entryIterator() {
            return descending ? new EntryIterator<>(m, absHighest(), absLowFence(), true) : new EntryIterator<>(m, absLowest(), absHighFence(), false);
        }

        Iterator<Map.Entry<K, V>> descendingEntryIterator() {
            return descending ? new EntryIterator<>(m, absLowest(), absHighFence(), false) : new EntryIterator<>(m, absHighest(), absLowFence(), true);
        }

        Iterator<K> keyIterator() { return new KeyIterator<>(entryIterator()); }

        Iterator<K> descendingKeyIterator() { return new KeyIterator<>(descendingEntryIterator()); }

        public boolean isEmpty() { return (fromStart && toEnd) ? m.isEmpty() : absLowest() == null; }

        public int size() {
            if (fromStart && toEnd) return m.size();
            int n = 0;
            for (Iterator<Map.Entry<K, V>> i = entryIterator(); i.hasNext(); i.next()) n++;
            return n;
        }

        public boolean containsKey(Object key) { return inRange(key) && m.containsKey(key); }

        public V put(K key, V value) {
            if (!inRange(key)) throw new IllegalArgumentException("key out of range");
            return m.put(key, value);
        }

        public V get(Object key) { return !inRange(key) ? null : m.get(key); }

        public V remove(Object key) { return !inRange(key) ? null : m.remove(key); }

        public void clear() {
            for (Iterator<Map.Entry<K, V>> i = entryIterator(); i.hasNext(); ) {
                i.next();
                i.remove();
            }
        }

        public Comparator<? super K> comparator() {
            return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
        }

        public Map.Entry<K, V> ceilingEntry(K key) { return exportEntry(descending ? absFloor(key) : absCeiling(key)); }
        public K ceilingKey(K key) { return keyOrNull(descending ? absFloor(key) : absCeiling(key)); }
        public Map.Entry<K, V> higherEntry(K key) { return exportEntry(descending ? absLower(key) : absHigher(key)); }
        public K higherKey(K key) { return keyOrNull(descending ? absLower(key) : absHigher(key)); }
        public Map.Entry<K, V> floorEntry(K key) { return exportEntry(descending ? absCeiling(key) : absFloor(key)); }
        public K floorKey(K key) { return keyOrNull(descending ? absCeiling(key) : absFloor(key)); }
        public Map.Entry<K, V> lowerEntry(K key) { return exportEntry(descending ? absHigher(key) : absLower(key)); }
        public K lowerKey(K key) { return keyOrNull(descending ? absHigher(key) : absLower(key)); }
        public K firstKey() { return key(lowest()); }
        public K lastKey() { return key(highest()); }
        public Map.Entry<K, V> firstEntry() { return exportEntry(lowest()); }
        public Map.Entry<K, V> lastEntry() { return exportEntry(highest()); }

        public Map.Entry<K, V> pollFirstEntry() {
            TreeMap.Entry<K, V> e = lowest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) m.deleteEntry(e);
            return result;
        }

        public Map.Entry<K, V> pollLastEntry() {
            TreeMap.Entry<K, V> e = highest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) m.deleteEntry(e);
            return result;
        }

        public V putFirst(K k, V v) { throw new UnsupportedOperationException(); }
        public V putLast(K k, V v) { throw new UnsupportedOperationException(); }

        public NavigableSet<K> navigableKeySet() { return new KeySet<>(this); }
        public Set<K> keySet() { return navigableKeySet(); }
        public NavigableSet<K> descendingKeySet() { return descendingMap().navigableKeySet(); }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() { return entryIterator(); }
                public int size() { return SubMap.this.size(); }
                public boolean isEmpty() { return SubMap.this.isEmpty(); }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Object key = entry.getKey();
                    if (!inRange(key)) return false;
                    TreeMap.Entry<?, ?> node = m.getEntry(key);
                    return node != null && valEquals(node.getValue(), entry.getValue());
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Object key = entry.getKey();
                    if (!inRange(key)) return false;
                    TreeMap.Entry<K, V> node = m.getEntry(key);
                    if (node != null && valEquals(node.getValue(), entry.getValue())) {
                        m.deleteEntry(node);
                        return true;
                    }
                    return false;
                }
            };
        }

        public NavigableMap<K, V> descendingMap() {
            return new SubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive)) throw new IllegalArgumentException("fromKey out of range");
            if (!inRange(toKey, toInclusive)) throw new IllegalArgumentException("toKey out of range");
            if (descending) return new SubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
            return new SubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive)) throw new IllegalArgumentException("toKey out of range");
            if (descending) return new SubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
            return new SubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive)) throw new IllegalArgumentException("fromKey out of range");
            if (descending) return new SubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
            return new SubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
        }

        public SortedMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }
        public SortedMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
        public SortedMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }
    }

    // ---- the tree

    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean color = BLACK;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() { return key; }
        public V getValue() { return value; }

        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return valEquals(key, e.getKey()) && valEquals(value, e.getValue());
        }

        public int hashCode() {
            int keyHash = (key == null ? 0 : key.hashCode());
            int valueHash = (value == null ? 0 : value.hashCode());
            return keyHash ^ valueHash;
        }

        public String toString() { return key + "=" + value; }
    }

    final Entry<K, V> getFirstEntry() {
        Entry<K, V> p = root;
        if (p != null) while (p.left != null) p = p.left;
        return p;
    }

    final Entry<K, V> getLastEntry() {
        Entry<K, V> p = root;
        if (p != null) while (p.right != null) p = p.right;
        return p;
    }

    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) return null;
        if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) p = p.left;
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) return null;
        if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) p = p.right;
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Map.Entry<K, V> exportEntry(TreeMap.Entry<K, V> e) {
        return (e == null) ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    static <K, V> K keyOrNull(TreeMap.Entry<K, V> e) { return (e == null) ? null : e.key; }

    static <K> K key(Entry<K, ?> e) {
        if (e == null) throw new NoSuchElementException();
        return e.key;
    }

    private static <K, V> boolean colorOf(Entry<K, V> p) { return (p == null ? BLACK : p.color); }
    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) { return (p == null ? null : p.parent); }
    private static <K, V> void setColor(Entry<K, V> p, boolean c) { if (p != null) p.color = c; }
    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) { return (p == null) ? null : p.left; }
    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) { return (p == null) ? null : p.right; }

    private void rotateLeft(Entry<K, V> p) {
        if (p == null) return;
        Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) r.left.parent = p;
        r.parent = p.parent;
        if (p.parent == null) root = r;
        else if (p.parent.left == p) p.parent.left = r;
        else p.parent.right = r;
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Entry<K, V> p) {
        if (p == null) return;
        Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) l.right.parent = p;
        l.parent = p.parent;
        if (p.parent == null) root = l;
        else if (p.parent.right == p) p.parent.right = l;
        else p.parent.left = l;
        l.right = p;
        p.parent = l;
    }

    private void fixAfterInsertion(Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            if (parentOf(x) == leftOf(parentOf(parentOf(x)))) {
                Entry<K, V> y = rightOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> y = leftOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
    }

    /** Unlinks p; when p has two children its successor's key and value move into p instead. */
    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = (p.left != null ? p.left : p.right);
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) root = replacement;
            else if (p == p.parent.left) p.parent.left = replacement;
            else p.parent.right = replacement;
            p.left = p.right = p.parent = null;
            if (p.color == BLACK) fixAfterDeletion(replacement);
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.color == BLACK) fixAfterDeletion(p);
            if (p.parent != null) {
                if (p == p.parent.left) p.parent.left = null;
                else if (p == p.parent.right) p.parent.right = null;
                p.parent = null;
            }
        }
    }

    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }
}
