package java.util;

public class LinkedHashSet<E> extends HashSet<E> implements SequencedCollection<E>, Set<E> {
    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    public LinkedHashSet(int initialCapacity) {
        super(initialCapacity, .75f, true);
    }

    public LinkedHashSet() {
        super(16, .75f, true);
    }

    public LinkedHashSet(Collection<? extends E> c) {
        super(HashMap.calculateHashMapCapacity(Math.max(c.size(), 12)), .75f, true);
        addAll(c);
    }

    public static <T> LinkedHashSet<T> newLinkedHashSet(int numElements) {
        if (numElements < 0) throw new IllegalArgumentException("Negative number of elements: " + numElements);
        return new LinkedHashSet<>(HashMap.calculateHashMapCapacity(numElements));
    }

    private LinkedHashMap<E, Object> lmap() { return (LinkedHashMap<E, Object>) map; }

    public E getFirst() {
        Map.Entry<E, Object> e = lmap().firstEntry();
        if (e == null) throw new NoSuchElementException();
        return e.getKey();
    }

    public E getLast() {
        Map.Entry<E, Object> e = lmap().lastEntry();
        if (e == null) throw new NoSuchElementException();
        return e.getKey();
    }

    public E removeFirst() {
        Map.Entry<E, Object> e = lmap().pollFirstEntry();
        if (e == null) throw new NoSuchElementException();
        return e.getKey();
    }

    public E removeLast() {
        Map.Entry<E, Object> e = lmap().pollLastEntry();
        if (e == null) throw new NoSuchElementException();
        return e.getKey();
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        LinkedHashSet<E> s = new LinkedHashSet<>();
        s.addAll(this);
        return s;
    }
}
