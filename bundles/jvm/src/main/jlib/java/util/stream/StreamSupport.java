package java.util.stream;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;

/** Streams over spliterators (sequential whatever parallel says). */
public final class StreamSupport {
    private StreamSupport() { }

    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        java.util.Objects.requireNonNull(spliterator);
        RefStream<T> s = (RefStream<T>) RefStream.fromIterator(Spliterators.iterator(spliterator), spliterator.getExactSizeIfKnown());
        s.naturalSorted = spliterator.hasCharacteristics(Spliterator.SORTED) && spliterator.getComparator() == null;
        return s;
    }

    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel) {
        java.util.Objects.requireNonNull(supplier);
        return stream(supplier.get(), parallel);
    }
}
