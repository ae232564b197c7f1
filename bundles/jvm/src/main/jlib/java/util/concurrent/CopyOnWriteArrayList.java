package java.util.concurrent;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A list whose every change copies its array (under a lock), so reads and iterations need no lock:
 * an iterator walks the array of the moment it was made and does not support changes.
 */
public class CopyOnWriteArrayList<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable {
    private final Object lock = new Object();
    private volatile Object[] array;

    public CopyOnWriteArrayList() { array = new Object[0]; }

    public CopyOnWriteArrayList(Collection<? extends E> c) { array = c.toArray(); }

    public CopyOnWriteArrayList(E[] toCopyIn) {
        Object[] a = new Object[toCopyIn.length];
        for (int i = 0; i < a.length; i++) a[i] = toCopyIn[i];
        array = a;
    }

    private static Object[] copy(Object[] a, int len) {
        Object[] b = new Object[len];
        for (int i = 0; i < Math.min(len, a.length); i++) b[i] = a[i];
        return b;
    }

    private static String outOfBounds(int index, int length) { return "Index " + index + " out of bounds for length " + length; }

    public int size() { return array.length; }

    public boolean isEmpty() { return array.length == 0; }

    private static int indexOf(Object o, Object[] a, int from, int to) {
        for (int i = from; i < to; i++) if (o == null ? a[i] == null : o.equals(a[i])) return i;
        return -1;
    }

    public boolean contains(Object o) { Object[] a = array; return indexOf(o, a, 0, a.length) >= 0; }

    public int indexOf(Object o) { Object[] a = array; return indexOf(o, a, 0, a.length); }

    public int indexOf(E e, int index) { Object[] a = array; return indexOf(e, a, index, a.length); }

    public int lastIndexOf(Object o) {
        Object[] a = array;
        for (int i = a.length - 1; i >= 0; i--) if (o == null ? a[i] == null : o.equals(a[i])) return i;
        return -1;
    }

    public Object[] toArray() { Object[] a = array; return copy(a, a.length); }

    @SuppressWarnings("unchecked")
    public E get(int index) {
        Object[] a = array;
        if (index < 0 || index >= a.length) throw new IndexOutOfBoundsException(outOfBounds(index, a.length));
        return (E) a[index];
    }

    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        synchronized (lock) {
            Object[] a = array;
            if (index < 0 || index >= a.length) throw new IndexOutOfBoundsException(outOfBounds(index, a.length));
            E old = (E) a[index];
            if (old != element) {
                Object[] b = copy(a, a.length);
                b[index] = element;
                array = b;
            }
            return old;
        }
    }

    public boolean add(E e) {
        synchronized (lock) {
            Object[] a = array;
            Object[] b = copy(a, a.length + 1);
            b[a.length] = e;
            array = b;
            return true;
        }
    }

    public void add(int index, E element) {
        synchronized (lock) {
            Object[] a = array;
            if (index < 0 || index > a.length) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + a.length);
            Object[] b = new Object[a.length + 1];
            for (int i = 0; i < index; i++) b[i] = a[i];
            b[index] = element;
            for (int i = index; i < a.length; i++) b[i + 1] = a[i];
            array = b;
        }
    }

    @SuppressWarnings("unchecked")
    public E remove(int index) {
        synchronized (lock) {
            Object[] a = array;
            if (index < 0 || index >= a.length) throw new IndexOutOfBoundsException(outOfBounds(index, a.length));
            E old = (E) a[index];
            Object[] b = new Object[a.length - 1];
            for (int i = 0, k = 0; i < a.length; i++) if (i != index) b[k++] = a[i];
            array = b;
            return old;
        }
    }

    public boolean remove(Object o) {
        synchronized (lock) {
            int i = indexOf(o);
            if (i < 0) return false;
            remove(i);
            return true;
        }
    }

    public boolean addIfAbsent(E e) {
        synchronized (lock) {
            if (contains(e)) return false;
            return add(e);
        }
    }

    public int addAllAbsent(Collection<? extends E> c) {
        synchronized (lock) {
            int n = 0;
            for (E e : c) if (addIfAbsent(e)) n++;
            return n;
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] add = c.toArray();
        if (add.length == 0) return false;
        synchronized (lock) {
            Object[] a = array;
            Object[] b = copy(a, a.length + add.length);
            for (int i = 0; i < add.length; i++) b[a.length + i] = add[i];
            array = b;
            return true;
        }
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        Object[] add = c.toArray();
        synchronized (lock) {
            Object[] a = array;
            if (index < 0 || index > a.length) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + a.length);
            if (add.length == 0) return false;
            Object[] b = new Object[a.length + add.length];
            for (int i = 0; i < index; i++) b[i] = a[i];
            for (int i = 0; i < add.length; i++) b[index + i] = add[i];
            for (int i = index; i < a.length; i++) b[i + add.length] = a[i];
            array = b;
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) throw new NullPointerException();
        synchronized (lock) {
            Object[] a = array;
            Object[] b = new Object[a.length];
            int k = 0;
            for (Object o : a) if (!filter.test((E) o)) b[k++] = o;
            if (k == a.length) return false;
            array = copy(b, k);
            return true;
        }
    }

    public boolean removeAll(Collection<?> c) {
        if (c == null) throw new NullPointerException();
        return removeIf(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        if (c == null) throw new NullPointerException();
        return removeIf(e -> !c.contains(e));
    }

    public void clear() {
        synchronized (lock) { array = new Object[0]; }
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(UnaryOperator<E> operator) {
        if (operator == null) throw new NullPointerException();
        synchronized (lock) {
            Object[] b = copy(array, array.length);
            for (int i = 0; i < b.length; i++) b[i] = operator.apply((E) b[i]);
            array = b;
        }
    }

    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        synchronized (lock) {
            Object[] b = copy(array, array.length);
            // insertion sort: stable, as List.sort is
            for (int i = 1; i < b.length; i++) {
                Object x = b[i];
                int j = i - 1;
                while (j >= 0 && (c == null ? ((Comparable<Object>) b[j]).compareTo(x) : c.compare((E) b[j], (E) x)) > 0) {
                    b[j + 1] = b[j];
                    j--;
                }
                b[j + 1] = x;
            }
            array = b;
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        if (action == null) throw new NullPointerException();
        for (Object o : array) action.accept((E) o);
    }

    public Iterator<E> iterator() { return new COWIterator<E>(array, 0); }

    public ListIterator<E> listIterator() { return new COWIterator<E>(array, 0); }

    public ListIterator<E> listIterator(int index) {
        Object[] a = array;
        if (index < 0 || index > a.length) throw new IndexOutOfBoundsException("Index: " + index);
        return new COWIterator<E>(a, index);
    }

    public List<E> subList(int fromIndex, int toIndex) {
        Object[] a = array;
        if (fromIndex < 0 || toIndex > a.length || fromIndex > toIndex) throw new IndexOutOfBoundsException();
        return super.subList(fromIndex, toIndex);
    }

    public Object clone() { return new CopyOnWriteArrayList<E>(this); }

    static final class COWIterator<E> implements ListIterator<E> {
        private final Object[] snapshot;
        private int cursor;

        COWIterator(Object[] snapshot, int cursor) {
            this.snapshot = snapshot;
            this.cursor = cursor;
        }

        public boolean hasNext() { return cursor < snapshot.length; }

        public boolean hasPrevious() { return cursor > 0; }

        @SuppressWarnings("unchecked")
        public E next() {
            if (!hasNext()) throw new NoSuchElementException();
            return (E) snapshot[cursor++];
        }

        @SuppressWarnings("unchecked")
        public E previous() {
            if (!hasPrevious()) throw new NoSuchElementException();
            return (E) snapshot[--cursor];
        }

        public int nextIndex() { return cursor; }

        public int previousIndex() { return cursor - 1; }

        public void remove() { throw new UnsupportedOperationException(); }

        public void set(E e) { throw new UnsupportedOperationException(); }

        public void add(E e) { throw new UnsupportedOperationException(); }
    }
}
