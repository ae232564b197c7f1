package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class ArrayList<E> extends AbstractList<E> implements List<E>, RandomAccess {
    transient Object[] elementData;
    private int size;

    public ArrayList(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        elementData = new Object[initialCapacity];
    }

    public ArrayList() {
        elementData = new Object[10];
    }

    public ArrayList(Collection<? extends E> c) {
        Object[] a = c.toArray();
        elementData = new Object[a.length < 10 ? 10 : a.length];
        for (int i = 0; i < a.length; i++) elementData[i] = a[i];
        size = a.length;
    }

    public void trimToSize() { modCount++; }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elementData.length) {
            modCount++;
            grow(minCapacity);
        }
    }

    private void grow(int minCapacity) {
        int n = elementData.length + (elementData.length >> 1) + 1;
        if (n < minCapacity) n = minCapacity;
        Object[] d = new Object[n];
        for (int i = 0; i < size; i++) d[i] = elementData[i];
        elementData = d;
    }

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    public boolean contains(Object o) { return indexOf(o) >= 0; }

    public int indexOf(Object o) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = 0; i < size; i++) if (es[i] == null) return i;
        } else {
            for (int i = 0; i < size; i++) if (o.equals(es[i])) return i;
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = size - 1; i >= 0; i--) if (es[i] == null) return i;
        } else {
            for (int i = size - 1; i >= 0; i--) if (o.equals(es[i])) return i;
        }
        return -1;
    }

    public Object clone() {
        return new ArrayList<E>(this);
    }

    public Object[] toArray() {
        Object[] r = new Object[size];
        for (int i = 0; i < size; i++) r[i] = elementData[i];
        return r;
    }

    /** When a is too small the result is an Object[] (no reflection to make one of a's runtime type). */
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size) a = (T[]) PhantomArrays.like(a, size);
        for (int i = 0; i < size; i++) a[i] = (T) elementData[i];
        if (a.length > size) a[size] = null;
        return a;
    }

    @SuppressWarnings("unchecked")
    E elementData(int index) { return (E) elementData[index]; }

    public E get(int index) {
        checkIndex(index, size);
        return elementData(index);
    }

    public E getFirst() {
        if (size == 0) throw new NoSuchElementException();
        return elementData(0);
    }

    public E getLast() {
        if (size == 0) throw new NoSuchElementException();
        return elementData(size - 1);
    }

    public E set(int index, E element) {
        checkIndex(index, size);
        E oldValue = elementData(index);
        elementData[index] = element;
        return oldValue;
    }

    public boolean add(E e) {
        modCount++;
        if (size == elementData.length) grow(size + 1);
        elementData[size++] = e;
        return true;
    }

    public void add(int index, E element) {
        rangeCheckForAdd(index);
        modCount++;
        if (size == elementData.length) grow(size + 1);
        for (int i = size; i > index; i--) elementData[i] = elementData[i - 1];
        elementData[index] = element;
        size++;
    }

    public void addFirst(E element) { add(0, element); }

    public void addLast(E element) { add(element); }

    public E remove(int index) {
        checkIndex(index, size);
        E oldValue = elementData(index);
        fastRemove(index);
        return oldValue;
    }

    public E removeFirst() {
        if (size == 0) throw new NoSuchElementException();
        E oldValue = elementData(0);
        fastRemove(0);
        return oldValue;
    }

    public E removeLast() {
        if (size == 0) throw new NoSuchElementException();
        int last = size - 1;
        E oldValue = elementData(last);
        fastRemove(last);
        return oldValue;
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        int expectedModCount = modCount;
        boolean equal;
        if (o instanceof ArrayList) {
            ArrayList<?> other = (ArrayList<?>) o;
            equal = other.size == size;
            for (int i = 0; equal && i < size; i++) {
                if (!Objects.equals(elementData[i], other.elementData[i])) equal = false;
            }
        } else {
            equal = super.equals(o);
        }
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        return equal;
    }

    public int hashCode() {
        int expectedModCount = modCount;
        int hash = 1;
        for (int i = 0; i < size; i++) {
            Object e = elementData[i];
            hash = 31 * hash + (e == null ? 0 : e.hashCode());
        }
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        return hash;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        fastRemove(i);
        return true;
    }

    private void fastRemove(int i) {
        modCount++;
        int newSize = size - 1;
        for (int k = i; k < newSize; k++) elementData[k] = elementData[k + 1];
        elementData[size = newSize] = null;
    }

    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) elementData[i] = null;
        size = 0;
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        int numNew = a.length;
        if (numNew == 0) return false;
        if (numNew > elementData.length - size) grow(size + numNew);
        for (int i = 0; i < numNew; i++) elementData[size + i] = a[i];
        size += numNew;
        return true;
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index);
        Object[] a = c.toArray();
        modCount++;
        int numNew = a.length;
        if (numNew == 0) return false;
        if (numNew > elementData.length - size) grow(size + numNew);
        for (int i = size - 1; i >= index; i--) elementData[i + numNew] = elementData[i];
        for (int i = 0; i < numNew; i++) elementData[index + i] = a[i];
        size += numNew;
        return true;
    }

    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex) throw new IndexOutOfBoundsException("From Index: " + fromIndex + " > To Index: " + toIndex);
        modCount++;
        int n = toIndex - fromIndex;
        for (int i = toIndex; i < size; i++) elementData[i - n] = elementData[i];
        for (int i = size - n; i < size; i++) elementData[i] = null;
        size -= n;
    }

    private void rangeCheckForAdd(int index) {
        if (index > size || index < 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }

    public boolean removeAll(Collection<?> c) { return batchRemove(c, false); }

    public boolean retainAll(Collection<?> c) { return batchRemove(c, true); }

    private boolean batchRemove(Collection<?> c, boolean complement) {
        if (c == null) throw new NullPointerException();
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (c.contains(elementData[r]) == complement) elementData[w++] = elementData[r];
        }
        if (w == size) return false;
        modCount += size - w;
        for (int i = w; i < size; i++) elementData[i] = null;
        size = w;
        return true;
    }

    public ListIterator<E> listIterator(int index) {
        rangeCheckForAdd(index);
        return new ListItr(index);
    }

    public ListIterator<E> listIterator() { return new ListItr(0); }

    public Iterator<E> iterator() { return new Itr(); }

    private class Itr implements Iterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = modCount;

        public boolean hasNext() { return cursor != size; }

        @SuppressWarnings("unchecked")
        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= size) throw new NoSuchElementException();
            Object[] ed = ArrayList.this.elementData;
            if (i >= ed.length) throw new ConcurrentModificationException();
            cursor = i + 1;
            return (E) ed[lastRet = i];
        }

        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            checkForComodification();
            try {
                ArrayList.this.remove(lastRet);
                cursor = lastRet;
                lastRet = -1;
                expectedModCount = modCount;
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            if (action == null) throw new NullPointerException();
            int i = cursor;
            if (i < size) {
                Object[] es = elementData;
                for (; i < size && modCount == expectedModCount; i++) action.accept((E) es[i]);
                cursor = i;
                lastRet = i - 1;
                checkForComodification();
            }
        }

        final void checkForComodification() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
        }
    }

    private class ListItr extends Itr implements ListIterator<E> {
        ListItr(int index) { cursor = index; }

        public boolean hasPrevious() { return cursor != 0; }

        public int nextIndex() { return cursor; }

        public int previousIndex() { return cursor - 1; }

        @SuppressWarnings("unchecked")
        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            if (i < 0) throw new NoSuchElementException();
            Object[] ed = ArrayList.this.elementData;
            if (i >= ed.length) throw new ConcurrentModificationException();
            cursor = i;
            return (E) ed[lastRet = i];
        }

        public void set(E e) {
            if (lastRet < 0) throw new IllegalStateException();
            checkForComodification();
            try {
                ArrayList.this.set(lastRet, e);
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }

        public void add(E e) {
            checkForComodification();
            try {
                int i = cursor;
                ArrayList.this.add(i, e);
                cursor = i + 1;
                lastRet = -1;
                expectedModCount = modCount;
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        if (action == null) throw new NullPointerException();
        int expectedModCount = modCount;
        Object[] es = elementData;
        int size = this.size;
        for (int i = 0; modCount == expectedModCount && i < size; i++) action.accept((E) es[i]);
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
    }

    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) throw new NullPointerException();
        int expectedModCount = modCount;
        boolean[] dead = new boolean[size];
        int n = 0;
        for (int i = 0; modCount == expectedModCount && i < size; i++) {
            if (filter.test((E) elementData[i])) { dead[i] = true; n++; }
        }
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        if (n == 0) return false;
        int w = 0;
        for (int r = 0; r < size; r++) if (!dead[r]) elementData[w++] = elementData[r];
        for (int i = w; i < size; i++) elementData[i] = null;
        size = w;
        modCount++;
        return true;
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(UnaryOperator<E> operator) {
        if (operator == null) throw new NullPointerException();
        int expectedModCount = modCount;
        for (int i = 0; modCount == expectedModCount && i < size; i++) elementData[i] = operator.apply((E) elementData[i]);
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        modCount++;
    }

    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        int expectedModCount = modCount;
        Arrays.sort((E[]) elementData, 0, size, c);
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        modCount++;
    }
}
