package java.util;

/** Minimal so far: reverse, unmodifiableList, reverseOrder and the comparators Comparator needs. */
public final class Collections {
    private Collections() {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void reverse(List<?> list) {
        List l = list;
        int size = l.size();
        for (int i = 0, mid = size >> 1, j = size - 1; i < mid; i++, j--) l.set(i, l.set(j, l.get(i)));
    }

    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        if (list == null) throw new NullPointerException();
        return new UnmodifiableList<>(list);
    }

    static class UnmodifiableList<E> extends AbstractList<E> implements RandomAccess {
        final List<? extends E> list;

        UnmodifiableList(List<? extends E> list) { this.list = list; }

        public E get(int index) { return list.get(index); }
        public int size() { return list.size(); }
        public boolean equals(Object o) { return o == this || list.equals(o); }
        public int hashCode() { return list.hashCode(); }
        public String toString() { return list.toString(); }
        public boolean add(E e) { throw new UnsupportedOperationException(); }
        public boolean remove(Object o) { throw new UnsupportedOperationException(); }
        public void clear() { throw new UnsupportedOperationException(); }
    }

    static final class NaturalOrder implements Comparator<Comparable<Object>> {
        static final NaturalOrder INSTANCE = new NaturalOrder();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) { return c1.compareTo(c2); }

        public Comparator<Comparable<Object>> reversed() { return Collections.reverseOrder(); }
    }

    static final class ReverseComparator implements Comparator<Comparable<Object>> {
        static final ReverseComparator REVERSE_ORDER = new ReverseComparator();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) { return c2.compareTo(c1); }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Comparator<Comparable<Object>> reversed() { return (Comparator) NaturalOrder.INSTANCE; }
    }

    static final class ReverseComparator2<T> implements Comparator<T> {
        final Comparator<T> cmp;

        ReverseComparator2(Comparator<T> cmp) { this.cmp = cmp; }

        public int compare(T t1, T t2) { return cmp.compare(t2, t1); }

        public boolean equals(Object o) {
            return (o == this) || (o instanceof ReverseComparator2 && cmp.equals(((ReverseComparator2<?>) o).cmp));
        }

        public int hashCode() { return cmp.hashCode() ^ Integer.MIN_VALUE; }

        public Comparator<T> reversed() { return cmp; }
    }

    static final class NullComparator<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) return (b == null) ? 0 : (nullFirst ? -1 : 1);
            else if (b == null) return nullFirst ? 1 : -1;
            else return (real == null) ? 0 : real.compare(a, b);
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            if (other == null) throw new NullPointerException();
            return new NullComparator<>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new NullComparator<>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
    }

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        if (cmp == null) return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        if (cmp == ReverseComparator.REVERSE_ORDER) return (Comparator<T>) NaturalOrder.INSTANCE;
        if (cmp == NaturalOrder.INSTANCE) return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        if (cmp instanceof ReverseComparator2) return ((ReverseComparator2<T>) cmp).cmp;
        return new ReverseComparator2<>(cmp);
    }
}
