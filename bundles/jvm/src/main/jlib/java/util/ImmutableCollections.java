package java.util;

/**
 * List.of, Set.of and Map.of: immutable, null-hostile. Set.of and Map.of iterate in insertion
 * order (the JDK's order is randomized per run, so any order is faithful).
 */
final class ImmutableCollections {
    private ImmutableCollections() {}

    static UnsupportedOperationException uoe() { return new UnsupportedOperationException(); }

    static <E> List<E> listOf(Object[] a) {
        for (int i = 0; i < a.length; i++) if (a[i] == null) throw new NullPointerException();
        return new ListN<>(a);
    }

    static <E> Set<E> setOf(Object[] a) {
        LinkedHashSet<Object> s = new LinkedHashSet<>();
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) throw new NullPointerException();
            if (!s.add(a[i])) throw new IllegalArgumentException("duplicate element: " + a[i]);
        }
        return new SetN<>(s);
    }

    static <K, V> Map<K, V> mapOf(Object[] kv) {
        LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i] == null || kv[i + 1] == null) throw new NullPointerException();
            if (m.put(kv[i], kv[i + 1]) != null) throw new IllegalArgumentException("duplicate key: " + kv[i]);
        }
        return new MapN<>(m);
    }

    static final class ListN<E> extends AbstractList<E> implements RandomAccess {
        final Object[] elements;

        ListN(Object[] elements) { this.elements = elements; }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            checkIndex(index, elements.length);
            return (E) elements[index];
        }

        public int size() { return elements.length; }

        public boolean contains(Object o) { return indexOf(o) >= 0; }

        public int indexOf(Object o) {
            if (o == null) throw new NullPointerException();
            for (int i = 0; i < elements.length; i++) if (o.equals(elements[i])) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            if (o == null) throw new NullPointerException();
            for (int i = elements.length - 1; i >= 0; i--) if (o.equals(elements[i])) return i;
            return -1;
        }

        public boolean add(E e) { throw uoe(); }
        public void add(int index, E e) { throw uoe(); }
        public boolean addAll(Collection<? extends E> c) { throw uoe(); }
        public boolean addAll(int index, Collection<? extends E> c) { throw uoe(); }
        public E set(int index, E e) { throw uoe(); }
        public E remove(int index) { throw uoe(); }
        public boolean remove(Object o) { throw uoe(); }
        public boolean removeAll(Collection<?> c) { throw uoe(); }
        public boolean retainAll(Collection<?> c) { throw uoe(); }
        public void clear() { throw uoe(); }
        public boolean removeIf(java.util.function.Predicate<? super E> filter) { throw uoe(); }
        public void replaceAll(java.util.function.UnaryOperator<E> op) { throw uoe(); }
        public void sort(Comparator<? super E> c) { throw uoe(); }

        public Iterator<E> iterator() { return new ListItr<>(this, 0); }
        public ListIterator<E> listIterator() { return new ListItr<>(this, 0); }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > elements.length) throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            return new ListItr<>(this, index);
        }
    }

    /** The iterator of an immutable list: every mutator throws UnsupportedOperationException. */
    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private int cursor;

        ListItr(List<E> list, int index) {
            this.list = list;
            this.size = list.size();
            this.cursor = index;
        }

        public boolean hasNext() { return cursor != size; }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() { throw uoe(); }
        public boolean hasPrevious() { return cursor != 0; }

        public E previous() {
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() { return cursor; }
        public int previousIndex() { return cursor - 1; }
        public void set(E e) { throw uoe(); }
        public void add(E e) { throw uoe(); }
    }

    static final class SetN<E> extends AbstractSet<E> {
        final LinkedHashSet<Object> set;

        SetN(LinkedHashSet<Object> set) { this.set = set; }

        @SuppressWarnings("unchecked")
        public Iterator<E> iterator() {
            final Iterator<Object> it = set.iterator();
            return new Iterator<E>() {
                public boolean hasNext() { return it.hasNext(); }
                public E next() { return (E) it.next(); }
            };
        }

        public int size() { return set.size(); }

        public boolean contains(Object o) {
            if (o == null) throw new NullPointerException();
            return set.contains(o);
        }

        public boolean add(E e) { throw uoe(); }
        public boolean addAll(Collection<? extends E> c) { throw uoe(); }
        public boolean remove(Object o) { throw uoe(); }
        public boolean removeAll(Collection<?> c) { throw uoe(); }
        public boolean retainAll(Collection<?> c) { throw uoe(); }
        public void clear() { throw uoe(); }
        public boolean removeIf(java.util.function.Predicate<? super E> filter) { throw uoe(); }
    }

    static final class MapN<K, V> extends AbstractMap<K, V> {
        final LinkedHashMap<Object, Object> map;

        MapN(LinkedHashMap<Object, Object> map) { this.map = map; }

        public int size() { return map.size(); }

        public boolean containsKey(Object o) {
            if (o == null) throw new NullPointerException();
            return map.containsKey(o);
        }

        public boolean containsValue(Object o) {
            if (o == null) throw new NullPointerException();
            return map.containsValue(o);
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (o == null) throw new NullPointerException();
            return (V) map.get(o);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() { return map.size(); }

                @SuppressWarnings("unchecked")
                public Iterator<Map.Entry<K, V>> iterator() {
                    final Iterator<Map.Entry<Object, Object>> it = map.entrySet().iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() { return it.hasNext(); }

                        public Map.Entry<K, V> next() {
                            Map.Entry<Object, Object> e = it.next();
                            return new KeyValueHolder<>((K) e.getKey(), (V) e.getValue());
                        }
                    };
                }
            };
        }

        public V put(K key, V value) { throw uoe(); }
        public V remove(Object key) { throw uoe(); }
        public void putAll(Map<? extends K, ? extends V> m) { throw uoe(); }
        public void clear() { throw uoe(); }
        public V putIfAbsent(K key, V value) { throw uoe(); }
        public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) { throw uoe(); }
        public V computeIfPresent(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
        public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
        public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) { throw uoe(); }
        public void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
    }
}
