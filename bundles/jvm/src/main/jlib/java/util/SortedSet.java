package java.util;

public interface SortedSet<E> extends Set<E>, SequencedCollection<E> {
    Comparator<? super E> comparator();
    SortedSet<E> subSet(E fromElement, E toElement);
    SortedSet<E> headSet(E toElement);
    SortedSet<E> tailSet(E fromElement);
    E first();
    E last();

    default E getFirst() { return this.first(); }
    default E getLast() { return this.last(); }

    default E removeFirst() {
        E e = this.first();
        this.remove(e);
        return e;
    }

    default E removeLast() {
        E e = this.last();
        this.remove(e);
        return e;
    }
}
