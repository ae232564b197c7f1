package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A binary min-heap in an array, sifted up and down exactly as the JDK's documented
 * algorithm does, so that the array order (iteration, toString, toArray) is HotSpot's.
 */
public class PriorityQueue<E> extends AbstractQueue<E> {
    transient Object[] queue;
    int size;
    private final Comparator<? super E> comparator;
    transient int modCount;

    public PriorityQueue() { this(11, null); }

    public PriorityQueue(int initialCapacity) { this(initialCapacity, null); }

    public PriorityQueue(Comparator<? super E> comparator) { this(11, comparator); }

    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) throw new IllegalArgumentException();
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(Collection<? extends E> c) {
        if (c instanceof SortedSet<?>) {
            SortedSet<? extends E> ss = (SortedSet<? extends E>) c;
            this.comparator = (Comparator<? super E>) ss.comparator();
            initElementsFromCollection(ss);
        } else if (c instanceof PriorityQueue<?>) {
            PriorityQueue<? extends E> pq = (PriorityQueue<? extends E>) c;
            this.comparator = (Comparator<? super E>) pq.comparator();
            initElementsFromCollection(pq);
        } else {
            this.comparator = null;
            initElementsFromCollection(c);
            heapify();
        }
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(PriorityQueue<? extends E> c) {
        this.comparator = (Comparator<? super E>) c.comparator();
        initElementsFromCollection(c);
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(SortedSet<? extends E> c) {
        this.comparator = (Comparator<? super E>) c.comparator();
        initElementsFromCollection(c);
    }

    private void initElementsFromCollection(Collection<? extends E> c) {
        Object[] es = c.toArray();
        int len = es.length;
        for (int i = 0; i < len; i++) if (es[i] == null) throw new NullPointerException();
        this.queue = new Object[len < 1 ? 1 : len];
        for (int i = 0; i < len; i++) queue[i] = es[i];
        this.size = len;
    }

    private void grow(int minCapacity) {
        int oldCapacity = queue.length;
        int newCapacity = oldCapacity + (oldCapacity < 64 ? oldCapacity + 2 : oldCapacity >> 1);
        if (newCapacity < minCapacity) newCapacity = minCapacity;
        Object[] q = new Object[newCapacity];
        for (int i = 0; i < size; i++) q[i] = queue[i];
        queue = q;
    }

    public boolean add(E e) { return offer(e); }

    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        modCount++;
        int i = size;
        if (i >= queue.length) grow(i + 1);
        siftUp(i, e);
        size = i + 1;
        return true;
    }

    @SuppressWarnings("unchecked")
    public E peek() { return (E) queue[0]; }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0, n = size; i < n; i++) if (o.equals(queue[i])) return i;
        }
        return -1;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i == -1) return false;
        removeAt(i);
        return true;
    }

    void removeEq(Object o) {
        for (int i = 0, n = size; i < n; i++) {
            if (o == queue[i]) {
                removeAt(i);
                break;
            }
        }
    }

    public boolean contains(Object o) { return indexOf(o) >= 0; }

    public Object[] toArray() {
        Object[] r = new Object[size];
        for (int i = 0; i < size; i++) r[i] = queue[i];
        return r;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size) a = (T[]) PhantomArrays.like(a, size);
        for (int i = 0; i < size; i++) a[i] = (T) queue[i];
        if (a.length > size) a[size] = null;
        return a;
    }

    public Iterator<E> iterator() { return new Itr(); }

    private final class Itr implements Iterator<E> {
        private int cursor;
        private int lastRet = -1;
        /** Elements moved from the unvisited part to the visited part by a removal. */
        private ArrayDeque<E> forgetMeNot;
        private E lastRetElt;
        private int expectedModCount = modCount;

        public boolean hasNext() { return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty()); }

        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) throw new ConcurrentModificationException();
            if (cursor < size) return (E) queue[lastRet = cursor++];
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) return lastRetElt;
            }
            throw new NoSuchElementException();
        }

        public void remove() {
            if (expectedModCount != modCount) throw new ConcurrentModificationException();
            if (lastRet != -1) {
                E moved = PriorityQueue.this.removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) forgetMeNot = new ArrayDeque<>();
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                PriorityQueue.this.removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }

    public int size() { return size; }

    public void clear() {
        modCount++;
        for (int i = 0, n = size; i < n; i++) queue[i] = null;
        size = 0;
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        final Object[] es = queue;
        final E result = (E) es[0];
        if (result != null) {
            modCount++;
            final int n = --size;
            final E x = (E) es[n];
            es[n] = null;
            if (n > 0) siftDown(0, x);
        }
        return result;
    }

    /**
     * Removes the i-th element; returns the element that moved from the end to before i
     * (which an iterator has then to visit later), or null.
     */
    @SuppressWarnings("unchecked")
    E removeAt(int i) {
        final Object[] es = queue;
        modCount++;
        int s = --size;
        if (s == i) {
            es[i] = null;
        } else {
            E moved = (E) es[s];
            es[s] = null;
            siftDown(i, moved);
            if (es[i] == moved) {
                siftUp(i, moved);
                if (es[i] != moved) return moved;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private int cmp(Object a, Object b) {
        return comparator == null ? ((Comparable<? super E>) a).compareTo((E) b) : comparator.compare((E) a, (E) b);
    }

    private void siftUp(int k, E x) {
        Object[] es = queue;
        if (comparator == null) {
            Comparable<?> key = (Comparable<?>) x;
        }
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = es[parent];
            if (cmp(x, e) >= 0) break;
            es[k] = e;
            k = parent;
        }
        es[k] = x;
    }

    private void siftDown(int k, E x) {
        Object[] es = queue;
        int n = size;
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = es[child];
            int right = child + 1;
            if (right < n && cmp(c, es[right]) > 0) c = es[child = right];
            if (cmp(x, c) <= 0) break;
            es[k] = c;
            k = child;
        }
        es[k] = x;
    }

    @SuppressWarnings("unchecked")
    private void heapify() {
        final Object[] es = queue;
        int n = size, i = (n >>> 1) - 1;
        for (; i >= 0; i--) siftDown(i, (E) es[i]);
    }

    public Comparator<? super E> comparator() { return comparator; }

    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) throw new NullPointerException();
        return bulkRemove(filter);
    }

    public boolean removeAll(Collection<?> c) {
        if (c == null) throw new NullPointerException();
        return bulkRemove(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        if (c == null) throw new NullPointerException();
        return bulkRemove(e -> !c.contains(e));
    }

    /** Keeps the survivors in array order, then restores the heap. */
    @SuppressWarnings("unchecked")
    private boolean bulkRemove(Predicate<? super E> filter) {
        final int expectedModCount = ++modCount;
        final Object[] es = queue;
        final int end = size;
        boolean[] dead = new boolean[end];
        int deaths = 0;
        for (int i = 0; i < end; i++) {
            if (filter.test((E) es[i])) {
                dead[i] = true;
                deaths++;
            }
        }
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        if (deaths == 0) return false;
        int w = 0;
        for (int i = 0; i < end; i++) if (!dead[i]) es[w++] = es[i];
        for (int i = w; i < end; i++) es[i] = null;
        size = w;
        heapify();
        return true;
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        if (action == null) throw new NullPointerException();
        final int expectedModCount = modCount;
        final Object[] es = queue;
        for (int i = 0, n = size; i < n; i++) action.accept((E) es[i]);
        if (expectedModCount != modCount) throw new ConcurrentModificationException();
    }
}
