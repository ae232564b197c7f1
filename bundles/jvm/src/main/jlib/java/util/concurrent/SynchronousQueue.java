package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A queue without capacity: an element is only handed from a putter to a waiting taker. Takers
 * inside take/poll are either still waiting (unmatched) or matched to an element in handed; an
 * offer succeeds only while an unmatched taker waits. put waits for one.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E> {
    private int unmatched;
    private final ArrayList<E> handed = new ArrayList<>();

    public SynchronousQueue() {}

    public SynchronousQueue(boolean fair) {}

    private void hand(E e) {
        unmatched--;
        handed.add(e);
        notifyAll();
    }

    public synchronized boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        if (unmatched == 0) return false;
        hand(e);
        return true;
    }

    public synchronized void put(E e) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        while (unmatched == 0) wait();
        hand(e);
    }

    public synchronized boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (unmatched == 0) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            wait(RingBlockingQueue.millisFor(left));
        }
        hand(e);
        return true;
    }

    public synchronized E take() throws InterruptedException {
        unmatched++;
        notifyAll();
        try {
            while (handed.isEmpty()) wait();
        } catch (InterruptedException ie) {
            if (handed.isEmpty()) {
                unmatched--;
                throw ie;
            }
            Thread.currentThread().interrupt();
        }
        return handed.remove(0);
    }

    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        unmatched++;
        notifyAll();
        try {
            while (handed.isEmpty()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    unmatched--;
                    return null;
                }
                wait(RingBlockingQueue.millisFor(left));
            }
        } catch (InterruptedException ie) {
            if (handed.isEmpty()) {
                unmatched--;
                throw ie;
            }
            Thread.currentThread().interrupt();
        }
        return handed.remove(0);
    }

    public E poll() { return null; }

    public E peek() { return null; }

    public boolean isEmpty() { return true; }

    public int size() { return 0; }

    public int remainingCapacity() { return 0; }

    public void clear() {}

    public boolean contains(Object o) { return false; }

    public boolean remove(Object o) { return false; }

    public Object[] toArray() { return new Object[0]; }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            public boolean hasNext() { return false; }
            public E next() { throw new NoSuchElementException(); }
        };
    }

    public int drainTo(Collection<? super E> c) {
        if (c == null) throw new NullPointerException();
        if (c == this) throw new IllegalArgumentException();
        return 0;
    }

    public int drainTo(Collection<? super E> c, int maxElements) { return drainTo(c); }

    public String toString() { return "[]"; }
}
