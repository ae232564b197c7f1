package java.lang;

public interface Iterable<T> {
    java.util.Iterator<T> iterator();

    default void forEach(java.util.function.Consumer<? super T> action) {
        if (action == null) throw new NullPointerException();
        java.util.Iterator<T> it = iterator();
        while (it.hasNext()) action.accept(it.next());
    }

    default java.util.Spliterator<T> spliterator() { return java.util.Spliterators.spliteratorUnknownSize(iterator(), 0); }
}
