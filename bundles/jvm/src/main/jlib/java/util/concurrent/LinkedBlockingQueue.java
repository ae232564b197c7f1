package java.util.concurrent;

import java.util.Collection;

/** An optionally bounded blocking FIFO queue (unbounded: Integer.MAX_VALUE). */
public class LinkedBlockingQueue<E> extends RingBlockingQueue<E> {
    public LinkedBlockingQueue() { this(Integer.MAX_VALUE); }

    public LinkedBlockingQueue(int capacity) { super(check(capacity), 16); }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (!offer(e)) throw new IllegalStateException("Queue full");
        }
    }

    private static int check(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        return capacity;
    }
}
