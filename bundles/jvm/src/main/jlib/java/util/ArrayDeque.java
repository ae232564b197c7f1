package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A deque in a growable circular array; null elements are refused, as the JDK's are. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable {
    transient Object[] elements;
    /** The index of the first element. */
    transient int head;
    transient int size;

    public ArrayDeque() { elements = new Object[16]; }

    public ArrayDeque(int numElements) { elements = new Object[numElements < 1 ? 1 : numElements]; }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size() + 1);
        for (E e : c) addLast(e);
    }

    private int slot(int i) {
        int j = head + i;
        int n = elements.length;
        return j >= n ? j - n : j;
    }

    @SuppressWarnings("unchecked")
    private E at(int i) { return (E) elements[slot(i)]; }

    private void grow() {
        int n = elements.length;
        Object[] a = new Object[n < 64 ? n * 2 + 2 : n + (n >> 1)];
        for (int i = 0; i < size; i++) a[i] = elements[slot(i)];
        elements = a;
        head = 0;
    }

    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        if (size == elements.length) grow();
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        size++;
    }

    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        if (size == elements.length) grow();
        elements[slot(size)] = e;
        size++;
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        for (int i = 0; i < a.length; i++) {
            @SuppressWarnings("unchecked") E e = (E) a[i];
            addLast(e);
        }
        return a.length > 0;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (size == 0) return null;
        E e = (E) elements[head];
        elements[head] = null;
        head = slot(1);
        size--;
        if (size == 0) head = 0;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (size == 0) return null;
        int s = slot(size - 1);
        E e = (E) elements[s];
        elements[s] = null;
        size--;
        return e;
    }

    public E getFirst() {
        if (size == 0) throw new NoSuchElementException();
        return at(0);
    }

    public E getLast() {
        if (size == 0) throw new NoSuchElementException();
        return at(size - 1);
    }

    public E peekFirst() { return size == 0 ? null : at(0); }

    public E peekLast() { return size == 0 ? null : at(size - 1); }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at logical position i, closing the gap. */
    void delete(int i) {
        for (int k = i; k < size - 1; k++) elements[slot(k)] = elements[slot(k + 1)];
        elements[slot(size - 1)] = null;
        size--;
        if (size == 0) head = 0;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) { return offerLast(e); }

    public E remove() { return removeFirst(); }

    public E poll() { return pollFirst(); }

    public E element() { return getFirst(); }

    public E peek() { return peekFirst(); }

    public void push(E e) { addFirst(e); }

    public E pop() { return removeFirst(); }

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    public Iterator<E> iterator() { return new DeqIterator(false); }

    public Iterator<E> descendingIterator() { return new DeqIterator(true); }

    private class DeqIterator implements Iterator<E> {
        final boolean descending;
        int cursor;
        int lastRet = -1;
        int expectedSize = size;

        DeqIterator(boolean descending) {
            this.descending = descending;
            cursor = descending ? size - 1 : 0;
        }

        public boolean hasNext() { return descending ? cursor >= 0 : cursor < size; }

        public E next() {
            if (!hasNext()) throw new NoSuchElementException();
            if (size != expectedSize) throw new ConcurrentModificationException();
            E e = at(cursor);
            lastRet = cursor;
            cursor += descending ? -1 : 1;
            return e;
        }

        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            delete(lastRet);
            if (!descending) cursor = lastRet;
            lastRet = -1;
            expectedSize = size;
        }
    }

    public boolean contains(Object o) {
        if (o != null) for (int i = 0; i < size; i++) if (o.equals(at(i))) return true;
        return false;
    }

    public boolean remove(Object o) { return removeFirstOccurrence(o); }

    public void clear() {
        for (int i = 0; i < elements.length; i++) elements[i] = null;
        head = 0;
        size = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[size];
        for (int i = 0; i < size; i++) a[i] = elements[slot(i)];
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size) a = (T[]) PhantomArrays.like(a, size);
        for (int i = 0; i < size; i++) a[i] = (T) elements[slot(i)];
        if (a.length > size) a[size] = null;
        return a;
    }

    public void forEach(Consumer<? super E> action) {
        if (action == null) throw new NullPointerException();
        for (int i = 0; i < size; i++) action.accept(at(i));
    }

    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) throw new NullPointerException();
        Object[] kept = new Object[elements.length];
        int n = 0;
        for (int i = 0; i < size; i++) {
            E e = at(i);
            if (!filter.test(e)) kept[n++] = e;
        }
        boolean removed = n != size;
        elements = kept;
        head = 0;
        size = n;
        return removed;
    }

    public ArrayDeque<E> clone() { return new ArrayDeque<>(this); }
}
