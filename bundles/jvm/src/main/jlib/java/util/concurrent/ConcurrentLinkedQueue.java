package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.Queue;

/** An unbounded thread-safe FIFO queue: the blocking queues' ring under its monitor, without the blocking. */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements Queue<E> {
    private final LinkedBlockingQueue<E> q = new LinkedBlockingQueue<E>();

    public ConcurrentLinkedQueue() {}

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) add(e);
    }

    public boolean add(E e) { return offer(e); }

    public boolean offer(E e) { return q.offer(e); }

    public E poll() { return q.poll(); }

    public E peek() { return q.peek(); }

    public boolean isEmpty() { return q.isEmpty(); }

    public int size() { return q.size(); }

    public boolean contains(Object o) { return q.contains(o); }

    public boolean remove(Object o) { return q.remove(o); }

    public boolean addAll(Collection<? extends E> c) {
        if (c == this) throw new IllegalArgumentException();
        boolean changed = false;
        for (E e : c) changed |= offer(e);
        return changed;
    }

    public void clear() { q.clear(); }

    public Object[] toArray() { return q.toArray(); }

    public Iterator<E> iterator() { return q.iterator(); }
}
