package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The static algorithms and wrappers programs use, with the JDK's results and messages. */
public final class Collections {
    private Collections() {}

    @SuppressWarnings("unchecked")
    public static <T extends Comparable<? super T>> void sort(List<T> list) { list.sort(null); }

    public static <T> void sort(List<T> list, Comparator<? super T> c) { list.sort(c); }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void reverse(List<?> list) {
        List l = list;
        int size = l.size();
        for (int i = 0, mid = size >> 1, j = size - 1; i < mid; i++, j--) l.set(i, l.set(j, l.get(i)));
    }

    private static Random r;

    public static void shuffle(List<?> list) {
        if (r == null) r = new Random();
        shuffle(list, r);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void shuffle(List<?> list, Random rnd) {
        int size = list.size();
        if (size < 5 || list instanceof RandomAccess) {
            for (int i = size; i > 1; i--) swap(list, i - 1, rnd.nextInt(i));
        } else {
            Object[] arr = list.toArray();
            for (int i = size; i > 1; i--) {
                int j = rnd.nextInt(i);
                Object t = arr[i - 1];
                arr[i - 1] = arr[j];
                arr[j] = t;
            }
            ListIterator it = list.listIterator();
            for (int i = 0; i < arr.length; i++) {
                it.next();
                it.set(arr[i]);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void swap(List<?> list, int i, int j) {
        final List l = list;
        l.set(i, l.set(j, l.get(i)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static <T> void fill(List<? super T> list, T obj) {
        ListIterator<? super T> itr = list.listIterator();
        for (int i = 0, n = list.size(); i < n; i++) {
            itr.next();
            itr.set(obj);
        }
    }

    public static <T> void copy(List<? super T> dest, List<? extends T> src) {
        int srcSize = src.size();
        if (srcSize > dest.size()) throw new IndexOutOfBoundsException("Source does not fit in dest");
        for (int i = 0; i < srcSize; i++) dest.set(i, src.get(i));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void rotate(List<?> list, int distance) {
        int size = list.size();
        if (size == 0) return;
        distance = distance % size;
        if (distance < 0) distance += size;
        if (distance == 0) return;
        Object[] a = list.toArray();
        List l = list;
        for (int i = 0; i < size; i++) l.set((i + distance) % size, a[i]);
    }

    @SuppressWarnings("unchecked")
    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (next.compareTo(candidate) < 0) candidate = next;
        }
        return candidate;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) return (T) min((Collection) coll);
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (comp.compare(next, candidate) < 0) candidate = next;
        }
        return candidate;
    }

    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (next.compareTo(candidate) > 0) candidate = next;
        }
        return candidate;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) return (T) max((Collection) coll);
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (comp.compare(next, candidate) > 0) candidate = next;
        }
        return candidate;
    }

    public static int frequency(Collection<?> c, Object o) {
        int result = 0;
        if (o == null) {
            for (Object e : c) if (e == null) result++;
        } else {
            for (Object e : c) if (o.equals(e)) result++;
        }
        return result;
    }

    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
        Collection<?> contains = c2;
        Collection<?> iterate = c1;
        if (c1 instanceof Set) {
            iterate = c2;
            contains = c1;
        } else if (!(c2 instanceof Set)) {
            if (c1.size() > c2.size()) {
                iterate = c2;
                contains = c1;
            }
        }
        for (Object e : iterate) if (contains.contains(e)) return false;
        return true;
    }

    public static int indexOfSubList(List<?> source, List<?> target) {
        int sourceSize = source.size();
        int targetSize = target.size();
        int maxCandidate = sourceSize - targetSize;
        nextCand:
        for (int candidate = 0; candidate <= maxCandidate; candidate++) {
            for (int i = 0, j = candidate; i < targetSize; i++, j++)
                if (!Objects.equals(target.get(i), source.get(j))) continue nextCand;
            return candidate;
        }
        return -1;
    }

    public static int lastIndexOfSubList(List<?> source, List<?> target) {
        int sourceSize = source.size();
        int targetSize = target.size();
        int maxCandidate = sourceSize - targetSize;
        nextCand:
        for (int candidate = maxCandidate; candidate >= 0; candidate--) {
            for (int i = 0, j = candidate; i < targetSize; i++, j++)
                if (!Objects.equals(target.get(i), source.get(j))) continue nextCand;
            return candidate;
        }
        return -1;
    }

    @SafeVarargs
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean result = false;
        for (T element : elements) result |= c.add(element);
        return result;
    }

    public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Comparable<? super T> midVal = list.get(mid);
            int cmp = midVal.compareTo(key);
            if (cmp < 0) low = mid + 1;
            else if (cmp > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
        if (c == null) return binarySearch((List) list, key);
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            T midVal = list.get(mid);
            int cmp = c.compare(midVal, key);
            if (cmp < 0) low = mid + 1;
            else if (cmp > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) throw new IllegalArgumentException("List length = " + n);
        return new CopiesList<>(n, o);
    }

    static final class CopiesList<E> extends AbstractList<E> implements RandomAccess {
        final int n;
        final E element;

        CopiesList(int n, E e) {
            this.n = n;
            this.element = e;
        }

        public int size() { return n; }

        public boolean contains(Object obj) { return n != 0 && Objects.equals(obj, element); }

        public int indexOf(Object o) { return contains(o) ? 0 : -1; }

        public int lastIndexOf(Object o) { return contains(o) ? n - 1 : -1; }

        public E get(int index) {
            checkIndex(index, n);
            return element;
        }

        public Object[] toArray() {
            Object[] a = new Object[n];
            for (int i = 0; i < n; i++) a[i] = element;
            return a;
        }
    }

    // ---- empty and singleton collections

    @SuppressWarnings("rawtypes")
    public static final List EMPTY_LIST = new EmptyList<>();
    @SuppressWarnings("rawtypes")
    public static final Set EMPTY_SET = new EmptySet<>();
    @SuppressWarnings("rawtypes")
    public static final Map EMPTY_MAP = new EmptyMap<>();

    @SuppressWarnings("unchecked")
    public static final <T> List<T> emptyList() { return (List<T>) EMPTY_LIST; }

    @SuppressWarnings("unchecked")
    public static final <T> Set<T> emptySet() { return (Set<T>) EMPTY_SET; }

    @SuppressWarnings("unchecked")
    public static final <K, V> Map<K, V> emptyMap() { return (Map<K, V>) EMPTY_MAP; }

    public static <T> Iterator<T> emptyIterator() { return new ArrayList<T>(0).iterator(); }

    static final class EmptyList<E> extends AbstractList<E> implements RandomAccess {
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public boolean contains(Object obj) { return false; }
        public E get(int index) { throw new IndexOutOfBoundsException("Index: " + index); }
        public Object[] toArray() { return new Object[0]; }
        public boolean equals(Object o) { return (o instanceof List) && ((List<?>) o).isEmpty(); }
        public int hashCode() { return 1; }
        public boolean removeIf(Predicate<? super E> filter) {
            if (filter == null) throw new NullPointerException();
            return false;
        }
        public void forEach(Consumer<? super E> action) {
            if (action == null) throw new NullPointerException();
        }
        public void sort(Comparator<? super E> c) {}
        public void replaceAll(UnaryOperator<E> operator) {
            if (operator == null) throw new NullPointerException();
        }
    }

    static final class EmptySet<E> extends AbstractSet<E> {
        public Iterator<E> iterator() { return emptyIterator(); }
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public boolean contains(Object obj) { return false; }
        public Object[] toArray() { return new Object[0]; }
        public int hashCode() { return 0; }
    }

    static final class EmptyMap<K, V> extends AbstractMap<K, V> {
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public boolean containsKey(Object key) { return false; }
        public boolean containsValue(Object value) { return false; }
        public V get(Object key) { return null; }
        public V getOrDefault(Object k, V defaultValue) { return defaultValue; }
        public Set<K> keySet() { return emptySet(); }
        public Collection<V> values() { return emptySet(); }
        public Set<Map.Entry<K, V>> entrySet() { return emptySet(); }
        public boolean equals(Object o) { return (o instanceof Map) && ((Map<?, ?>) o).isEmpty(); }
        public int hashCode() { return 0; }
        public V putIfAbsent(K key, V value) { throw new UnsupportedOperationException(); }
    }

    public static <T> Set<T> singleton(T o) { return new SingletonSet<>(o); }

    public static <T> List<T> singletonList(T o) { return new SingletonList<>(o); }

    public static <K, V> Map<K, V> singletonMap(K key, V value) { return new SingletonMap<>(key, value); }

    static <E> Iterator<E> singletonIterator(final E e) {
        return new Iterator<E>() {
            private boolean hasNext = true;

            public boolean hasNext() { return hasNext; }

            public E next() {
                if (hasNext) {
                    hasNext = false;
                    return e;
                }
                throw new NoSuchElementException();
            }
        };
    }

    static final class SingletonSet<E> extends AbstractSet<E> {
        private final E element;

        SingletonSet(E e) { element = e; }

        public Iterator<E> iterator() { return singletonIterator(element); }
        public int size() { return 1; }
        public boolean contains(Object o) { return Objects.equals(o, element); }
        public boolean removeIf(Predicate<? super E> filter) { throw new UnsupportedOperationException(); }
        public int hashCode() { return Objects.hashCode(element); }
    }

    static final class SingletonList<E> extends AbstractList<E> implements RandomAccess {
        private final E element;

        SingletonList(E obj) { element = obj; }

        public Iterator<E> iterator() { return singletonIterator(element); }
        public int size() { return 1; }
        public boolean contains(Object obj) { return Objects.equals(obj, element); }
        public E get(int index) {
            if (index != 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
            return element;
        }
        public boolean removeIf(Predicate<? super E> filter) { throw new UnsupportedOperationException(); }
        public void replaceAll(UnaryOperator<E> operator) { throw new UnsupportedOperationException(); }
        public void sort(Comparator<? super E> c) {}
        public int hashCode() { return 31 + Objects.hashCode(element); }
    }

    static final class SingletonMap<K, V> extends AbstractMap<K, V> {
        private final K k;
        private final V v;

        SingletonMap(K key, V value) {
            k = key;
            v = value;
        }

        public int size() { return 1; }
        public boolean isEmpty() { return false; }
        public boolean containsKey(Object key) { return Objects.equals(key, k); }
        public boolean containsValue(Object value) { return Objects.equals(value, v); }
        public V get(Object key) { return Objects.equals(key, k) ? v : null; }
        public Set<K> keySet() { return singleton(k); }
        public Collection<V> values() { return singletonList(v); }
        public Set<Map.Entry<K, V>> entrySet() {
            return Collections.<Map.Entry<K, V>>singleton(new AbstractMap.SimpleImmutableEntry<>(k, v));
        }
        public int hashCode() { return Objects.hashCode(k) ^ Objects.hashCode(v); }
    }

    // ---- unmodifiable and synchronized wrappers

    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        if (c == null) throw new NullPointerException();
        return new UnmodifiableCollection<>(c);
    }

    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        if (s == null) throw new NullPointerException();
        return new UnmodifiableSet<>(s);
    }

    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        if (list == null) throw new NullPointerException();
        if (list instanceof UnmodifiableList) {
            @SuppressWarnings("unchecked") List<T> l = (List<T>) list;
            return l;
        }
        return new UnmodifiableList<>(list);
    }

    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        if (m == null) throw new NullPointerException();
        return new UnmodifiableMap<>(m);
    }

    static <E> Iterator<E> unmodifiableIterator(final Iterator<? extends E> i) {
        return new Iterator<E>() {
            public boolean hasNext() { return i.hasNext(); }
            public E next() { return i.next(); }
            public void remove() { throw new UnsupportedOperationException(); }
        };
    }

    static class UnmodifiableCollection<E> implements Collection<E> {
        final Collection<? extends E> c;

        UnmodifiableCollection(Collection<? extends E> c) { this.c = c; }

        public int size() { return c.size(); }
        public boolean isEmpty() { return c.isEmpty(); }
        public boolean contains(Object o) { return c.contains(o); }
        public Object[] toArray() { return c.toArray(); }
        public <T> T[] toArray(T[] a) { return c.toArray(a); }
        public String toString() { return c.toString(); }
        public Iterator<E> iterator() { return unmodifiableIterator(c.iterator()); }
        public boolean add(E e) { throw new UnsupportedOperationException(); }
        public boolean remove(Object o) { throw new UnsupportedOperationException(); }
        public boolean containsAll(Collection<?> coll) { return c.containsAll(coll); }
        public boolean addAll(Collection<? extends E> coll) { throw new UnsupportedOperationException(); }
        public boolean removeAll(Collection<?> coll) { throw new UnsupportedOperationException(); }
        public boolean retainAll(Collection<?> coll) { throw new UnsupportedOperationException(); }
        public void clear() { throw new UnsupportedOperationException(); }
        public boolean removeIf(Predicate<? super E> filter) { throw new UnsupportedOperationException(); }
        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super E> action) { ((Collection<E>) c).forEach(action); }
    }

    static class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E> {
        UnmodifiableSet(Set<? extends E> s) { super(s); }

        public boolean equals(Object o) { return o == this || c.equals(o); }
        public int hashCode() { return c.hashCode(); }
    }

    static class UnmodifiableList<E> extends AbstractList<E> implements RandomAccess {
        final List<? extends E> list;

        UnmodifiableList(List<? extends E> list) { this.list = list; }

        public E get(int index) { return list.get(index); }
        public int size() { return list.size(); }
        public boolean contains(Object o) { return list.contains(o); }
        public int indexOf(Object o) { return list.indexOf(o); }
        public int lastIndexOf(Object o) { return list.lastIndexOf(o); }
        public Object[] toArray() { return list.toArray(); }
        public boolean equals(Object o) { return o == this || list.equals(o); }
        public int hashCode() { return list.hashCode(); }
        public String toString() { return list.toString(); }
        public boolean add(E e) { throw new UnsupportedOperationException(); }
        public boolean remove(Object o) { throw new UnsupportedOperationException(); }
        public boolean addAll(Collection<? extends E> coll) { throw new UnsupportedOperationException(); }
        public boolean addAll(int index, Collection<? extends E> coll) { throw new UnsupportedOperationException(); }
        public boolean removeAll(Collection<?> coll) { throw new UnsupportedOperationException(); }
        public boolean retainAll(Collection<?> coll) { throw new UnsupportedOperationException(); }
        public void clear() { throw new UnsupportedOperationException(); }
        public boolean removeIf(Predicate<? super E> filter) { throw new UnsupportedOperationException(); }
        public void replaceAll(UnaryOperator<E> operator) { throw new UnsupportedOperationException(); }
        public void sort(Comparator<? super E> c) { throw new UnsupportedOperationException(); }
        public List<E> subList(int fromIndex, int toIndex) { return new UnmodifiableList<>(list.subList(fromIndex, toIndex)); }
        public Iterator<E> iterator() { return listIterator(0); }
        public ListIterator<E> listIterator() { return listIterator(0); }

        public ListIterator<E> listIterator(final int index) {
            final ListIterator<? extends E> i = list.listIterator(index);
            return new ListIterator<E>() {
                public boolean hasNext() { return i.hasNext(); }
                public E next() { return i.next(); }
                public boolean hasPrevious() { return i.hasPrevious(); }
                public E previous() { return i.previous(); }
                public int nextIndex() { return i.nextIndex(); }
                public int previousIndex() { return i.previousIndex(); }
                public void remove() { throw new UnsupportedOperationException(); }
                public void set(E e) { throw new UnsupportedOperationException(); }
                public void add(E e) { throw new UnsupportedOperationException(); }
            };
        }
    }

    static class UnmodifiableMap<K, V> implements Map<K, V> {
        private final Map<? extends K, ? extends V> m;

        UnmodifiableMap(Map<? extends K, ? extends V> m) { this.m = m; }

        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean containsKey(Object key) { return m.containsKey(key); }
        public boolean containsValue(Object val) { return m.containsValue(val); }
        public V get(Object key) { return m.get(key); }
        public V put(K key, V value) { throw new UnsupportedOperationException(); }
        public V remove(Object key) { throw new UnsupportedOperationException(); }
        public void putAll(Map<? extends K, ? extends V> map) { throw new UnsupportedOperationException(); }
        public void clear() { throw new UnsupportedOperationException(); }
        public Set<K> keySet() { return unmodifiableSet(m.keySet()); }
        public Collection<V> values() { return unmodifiableCollection(m.values()); }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Set<Map.Entry<K, V>> entrySet() {
            final Set<Map.Entry<K, V>> es = (Set) m.entrySet();
            return new UnmodifiableSet<Map.Entry<K, V>>(es) {
                public Iterator<Map.Entry<K, V>> iterator() {
                    final Iterator<Map.Entry<K, V>> i = es.iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() { return i.hasNext(); }
                        public Map.Entry<K, V> next() {
                            Map.Entry<K, V> e = i.next();
                            return new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue());
                        }
                        public void remove() { throw new UnsupportedOperationException(); }
                    };
                }
            };
        }

        @SuppressWarnings("unchecked")
        public V getOrDefault(Object k, V defaultValue) { return ((Map<K, V>) m).getOrDefault(k, defaultValue); }
        public V putIfAbsent(K key, V value) { throw new UnsupportedOperationException(); }
        public boolean equals(Object o) { return o == this || m.equals(o); }
        public int hashCode() { return m.hashCode(); }
        public String toString() { return m.toString(); }
    }

    /** Wrappers whose every method holds the wrapper's monitor (VM threads are real threads). */
    public static <T> List<T> synchronizedList(List<T> list) {
        if (list == null) throw new NullPointerException();
        return SynchronizedCollections.list(list);
    }

    public static <T> Set<T> synchronizedSet(Set<T> s) {
        if (s == null) throw new NullPointerException();
        return SynchronizedCollections.set(s);
    }

    public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) {
        if (m == null) throw new NullPointerException();
        return SynchronizedCollections.map(m);
    }

    public static <T> Collection<T> synchronizedCollection(Collection<T> c) {
        if (c == null) throw new NullPointerException();
        return SynchronizedCollections.collection(c);
    }

    static final class NaturalOrder implements Comparator<Comparable<Object>> {
        static final NaturalOrder INSTANCE = new NaturalOrder();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) { return c1.compareTo(c2); }

        public Comparator<Comparable<Object>> reversed() { return Collections.reverseOrder(); }
    }

    static final class ReverseComparator implements Comparator<Comparable<Object>> {
        static final ReverseComparator REVERSE_ORDER = new ReverseComparator();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) { return c2.compareTo(c1); }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Comparator<Comparable<Object>> reversed() { return (Comparator) NaturalOrder.INSTANCE; }
    }

    static final class ReverseComparator2<T> implements Comparator<T> {
        final Comparator<T> cmp;

        ReverseComparator2(Comparator<T> cmp) { this.cmp = cmp; }

        public int compare(T t1, T t2) { return cmp.compare(t2, t1); }

        public boolean equals(Object o) {
            return (o == this) || (o instanceof ReverseComparator2 && cmp.equals(((ReverseComparator2<?>) o).cmp));
        }

        public int hashCode() { return cmp.hashCode() ^ Integer.MIN_VALUE; }

        public Comparator<T> reversed() { return cmp; }
    }

    static final class NullComparator<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) return (b == null) ? 0 : (nullFirst ? -1 : 1);
            else if (b == null) return nullFirst ? 1 : -1;
            else return (real == null) ? 0 : real.compare(a, b);
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            if (other == null) throw new NullPointerException();
            return new NullComparator<>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new NullComparator<>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
    }

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        if (cmp == null) return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        if (cmp == ReverseComparator.REVERSE_ORDER) return (Comparator<T>) NaturalOrder.INSTANCE;
        if (cmp == NaturalOrder.INSTANCE) return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        if (cmp instanceof ReverseComparator2) return ((ReverseComparator2<T>) cmp).cmp;
        return new ReverseComparator2<>(cmp);
    }
}
