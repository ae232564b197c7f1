package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The blocking queues' common part: a FIFO ring buffer (grown on demand up to the capacity) under
 * this object's monitor; waiting takers and putters wait on it and every change notifies all.
 * Iterators work on a snapshot (weakly consistent, as the JDK's are), their remove() removes that
 * very element if it is still queued.
 */
abstract class RingBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E> {
    final int capacity;
    private Object[] items;
    private int head, count;

    RingBlockingQueue(int capacity, int initial) {
        this.capacity = capacity;
        items = new Object[Math.max(1, Math.min(capacity, initial))];
    }

    static long millisFor(long nanos) {
        long ms = nanos / 1000000L;
        return ms * 1000000L < nanos ? ms + 1 : ms;
    }

    private void enqueue(E e) {
        if (count == items.length) {
            int n = (int) Math.min((long) capacity, Math.max(8L, 2L * items.length));
            Object[] a = new Object[n];
            for (int i = 0; i < count; i++) a[i] = items[(head + i) % items.length];
            items = a;
            head = 0;
        }
        items[(head + count) % items.length] = e;
        count++;
        notifyAll();
    }

    @SuppressWarnings("unchecked")
    private E dequeue() {
        E e = (E) items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notifyAll();
        return e;
    }

    @SuppressWarnings("unchecked")
    private E at(int i) { return (E) items[(head + i) % items.length]; }

    private void removeAt(int i) {
        for (int k = i; k < count - 1; k++) items[(head + k) % items.length] = items[(head + k + 1) % items.length];
        items[(head + count - 1) % items.length] = null;
        count--;
        notifyAll();
    }

    public synchronized boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        if (count >= capacity) return false;
        enqueue(e);
        return true;
    }

    public synchronized void put(E e) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        while (count >= capacity) wait();
        enqueue(e);
    }

    public synchronized boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (count >= capacity) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            wait(millisFor(left));
        }
        enqueue(e);
        return true;
    }

    public synchronized E poll() { return count == 0 ? null : dequeue(); }

    public synchronized E take() throws InterruptedException {
        while (count == 0) wait();
        return dequeue();
    }

    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (count == 0) {
            long left = end - System.nanoTime();
            if (left <= 0) return null;
            wait(millisFor(left));
        }
        return dequeue();
    }

    public synchronized E peek() { return count == 0 ? null : at(0); }

    public synchronized int size() { return count; }

    public synchronized boolean isEmpty() { return count == 0; }

    public synchronized int remainingCapacity() { return capacity - count; }

    public synchronized boolean remove(Object o) {
        if (o == null) return false;
        for (int i = 0; i < count; i++) {
            if (o.equals(at(i))) { removeAt(i); return true; }
        }
        return false;
    }

    synchronized boolean removeIdentical(Object o) {
        for (int i = 0; i < count; i++) {
            if (at(i) == o) { removeAt(i); return true; }
        }
        return false;
    }

    public synchronized boolean contains(Object o) {
        if (o == null) return false;
        for (int i = 0; i < count; i++) if (o.equals(at(i))) return true;
        return false;
    }

    public synchronized void clear() {
        while (count > 0) {
            items[head] = null;
            head = (head + 1) % items.length;
            count--;
        }
        notifyAll();
    }

    public synchronized Object[] toArray() {
        Object[] a = new Object[count];
        for (int i = 0; i < count; i++) a[i] = at(i);
        return a;
    }

    public int drainTo(Collection<? super E> c) { return drainTo(c, Integer.MAX_VALUE); }

    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == null) throw new NullPointerException();
        if (c == this) throw new IllegalArgumentException();
        int n = 0;
        synchronized (this) {
            while (n < maxElements && count > 0) {
                c.add(dequeue());
                n++;
            }
        }
        return n;
    }

    public Iterator<E> iterator() {
        final Object[] snapshot = toArray();
        return new Iterator<E>() {
            int next;
            int last = -1;

            public boolean hasNext() { return next < snapshot.length; }

            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= snapshot.length) throw new NoSuchElementException();
                last = next;
                return (E) snapshot[next++];
            }

            public void remove() {
                if (last < 0) throw new IllegalStateException();
                removeIdentical(snapshot[last]);
                last = -1;
            }
        };
    }
}
