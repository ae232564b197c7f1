package java.util;

/**
 * A set of enum constants, iterated in ordinal order. Members sit in a slot per ordinal. The
 * factories that need every constant of the type (allOf, complementOf, range) take them from
 * the enum's Class, where Enum's constructor registers each constant as it is created.
 */
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable {
    final Class<E> elementType;

    EnumSet(Class<E> elementType) { this.elementType = elementType; }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        if (elementType == null) throw new NullPointerException();
        return new Slots<>(elementType);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        E[] all = elementType.getEnumConstants();
        if (all != null) for (int i = 0; i < all.length; i++) result.add(all[i]);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) { return s.clone(); }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) return ((EnumSet<E>) c).clone();
        if (c.isEmpty()) throw new IllegalArgumentException("Collection is empty");
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) result.add(i.next());
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = noneOf(s.elementType);
        E[] all = s.elementType.getEnumConstants();
        if (all != null) for (int i = 0; i < all.length; i++) if (!s.contains(all[i])) result.add(all[i]);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = of(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = of(e1, e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = of(e1, e2, e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = of(e1, e2, e3, e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = of(first);
        for (E e : rest) result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        E[] all = from.getDeclaringClass().getEnumConstants();
        if (all != null) for (int i = from.ordinal(); i <= to.ordinal() && i < all.length; i++) result.add(all[i]);
        result.add(from);
        result.add(to);
        return result;
    }

    public abstract EnumSet<E> clone();

    static final class Slots<E extends Enum<E>> extends EnumSet<E> {
        private Enum<?>[] slots = new Enum<?>[8];
        private int size;
        private int modCount;

        Slots(Class<E> elementType) { super(elementType); }

        public int size() { return size; }

        public boolean contains(Object o) {
            if (!(o instanceof Enum)) return false;
            int i = ((Enum<?>) o).ordinal();
            return i < slots.length && slots[i] == o;
        }

        public boolean add(E e) {
            if (e == null) throw new NullPointerException();
            int o = e.ordinal();
            if (o >= slots.length) {
                int n = slots.length;
                while (n <= o) n *= 2;
                Enum<?>[] s = new Enum<?>[n];
                for (int i = 0; i < slots.length; i++) s[i] = slots[i];
                slots = s;
            }
            if (slots[o] != null) return false;
            slots[o] = e;
            size++;
            modCount++;
            return true;
        }

        public boolean remove(Object o) {
            if (!contains(o)) return false;
            slots[((Enum<?>) o).ordinal()] = null;
            size--;
            modCount++;
            return true;
        }

        public void clear() {
            for (int i = 0; i < slots.length; i++) slots[i] = null;
            size = 0;
            modCount++;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int index = 0;
                int lastReturned = -1;
                int expectedModCount = modCount;

                public boolean hasNext() {
                    while (index < slots.length && slots[index] == null) index++;
                    return index < slots.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (modCount != expectedModCount) throw new ConcurrentModificationException();
                    if (!hasNext()) throw new NoSuchElementException();
                    lastReturned = index++;
                    return (E) slots[lastReturned];
                }

                public void remove() {
                    if (lastReturned < 0) throw new IllegalStateException();
                    if (slots[lastReturned] != null) {
                        slots[lastReturned] = null;
                        size--;
                        modCount++;
                    }
                    lastReturned = -1;
                    expectedModCount = modCount;
                }
            };
        }

        public EnumSet<E> clone() {
            Slots<E> c = new Slots<>(elementType);
            c.slots = new Enum<?>[slots.length];
            for (int i = 0; i < slots.length; i++) c.slots[i] = slots[i];
            c.size = size;
            return c;
        }
    }
}
