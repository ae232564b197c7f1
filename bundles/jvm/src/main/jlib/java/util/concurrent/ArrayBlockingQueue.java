package java.util.concurrent;

import java.util.Collection;

/** A bounded blocking FIFO queue of a fixed capacity. */
public class ArrayBlockingQueue<E> extends RingBlockingQueue<E> {
    public ArrayBlockingQueue(int capacity) { this(capacity, false); }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        super(check(capacity), capacity);
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (!offer(e)) throw new IllegalArgumentException();
        }
    }

    private static int check(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        return capacity;
    }
}
