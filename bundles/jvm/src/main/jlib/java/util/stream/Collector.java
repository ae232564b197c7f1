package java.util.stream;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/** A mutable reduction: a container made by supplier, filled by accumulator, turned into the result by finisher. */
public interface Collector<T, A, R> {
    Supplier<A> supplier();
    BiConsumer<A, T> accumulator();
    BinaryOperator<A> combiner();
    Function<A, R> finisher();
    Set<Characteristics> characteristics();

    enum Characteristics { CONCURRENT, UNORDERED, IDENTITY_FINISH }

    @SuppressWarnings("unchecked")
    static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator,
                                        BinaryOperator<R> combiner, Characteristics... characteristics) {
        if (supplier == null || accumulator == null || combiner == null) throw new NullPointerException();
        Set<Characteristics> cs = new HashSet<>();
        cs.add(Characteristics.IDENTITY_FINISH);
        for (Characteristics c : characteristics) cs.add(c);
        return new Collectors.CollectorImpl<>(supplier, accumulator, combiner, x -> x, Collections.unmodifiableSet(cs));
    }

    static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator,
                                           BinaryOperator<A> combiner, Function<A, R> finisher,
                                           Characteristics... characteristics) {
        if (supplier == null || accumulator == null || combiner == null || finisher == null) throw new NullPointerException();
        Set<Characteristics> cs = new HashSet<>();
        for (Characteristics c : characteristics) cs.add(c);
        return new Collectors.CollectorImpl<>(supplier, accumulator, combiner, finisher, Collections.unmodifiableSet(cs));
    }
}
