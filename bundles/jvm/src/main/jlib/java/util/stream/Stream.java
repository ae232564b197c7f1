package java.util.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/** A sequential, lazily evaluated sequence of elements (see RefStream for the implementation). */
public interface Stream<T> extends BaseStream<T, Stream<T>> {
    Stream<T> filter(Predicate<? super T> predicate);
    <R> Stream<R> map(Function<? super T, ? extends R> mapper);
    IntStream mapToInt(ToIntFunction<? super T> mapper);
    LongStream mapToLong(ToLongFunction<? super T> mapper);
    DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper);
    <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper);
    IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper);
    LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper);
    DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper);
    <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper);
    Stream<T> distinct();
    Stream<T> sorted();
    Stream<T> sorted(Comparator<? super T> comparator);
    Stream<T> peek(Consumer<? super T> action);
    Stream<T> limit(long maxSize);
    Stream<T> skip(long n);
    Stream<T> takeWhile(Predicate<? super T> predicate);
    Stream<T> dropWhile(Predicate<? super T> predicate);
    void forEach(Consumer<? super T> action);
    void forEachOrdered(Consumer<? super T> action);
    Object[] toArray();
    <A> A[] toArray(IntFunction<A[]> generator);
    T reduce(T identity, BinaryOperator<T> accumulator);
    Optional<T> reduce(BinaryOperator<T> accumulator);
    <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner);
    <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner);
    <R, A> R collect(Collector<? super T, A, R> collector);
    List<T> toList();
    Optional<T> min(Comparator<? super T> comparator);
    Optional<T> max(Comparator<? super T> comparator);
    long count();
    boolean anyMatch(Predicate<? super T> predicate);
    boolean allMatch(Predicate<? super T> predicate);
    boolean noneMatch(Predicate<? super T> predicate);
    Optional<T> findFirst();
    Optional<T> findAny();

    static <T> Builder<T> builder() { return new RefStream.ListBuilder<>(); }

    static <T> Stream<T> empty() { return RefStream.fromList(new ArrayList<>()); }

    static <T> Stream<T> of(T t) {
        List<T> l = new ArrayList<>();
        l.add(t);
        return RefStream.fromList(l);
    }

    static <T> Stream<T> ofNullable(T t) { return t == null ? empty() : of(t); }

    @SafeVarargs
    static <T> Stream<T> of(T... values) { return RefStream.ofArray(values, 0, values.length); }

    static <T> Stream<T> iterate(T seed, UnaryOperator<T> f) {
        if (f == null) throw new NullPointerException();
        return new RefStream<>(new Iterator<T>() {
            private boolean started;
            private T prev;
            public boolean hasNext() { return true; }
            public T next() {
                T t = started ? f.apply(prev) : seed;
                started = true;
                prev = t;
                return t;
            }
        }, -1);
    }

    static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        if (hasNext == null || next == null) throw new NullPointerException();
        return new RefStream<>(new RefStream.Lookahead<T>() {
            private boolean started;
            private boolean finished;
            private T prev;
            protected boolean advance() {
                if (finished) return false;
                T t;
                if (started) t = next.apply(prev);
                else { t = seed; started = true; }
                if (!hasNext.test(t)) { prev = null; finished = true; return false; }
                prev = t;
                item = t;
                return true;
            }
        }, -1);
    }

    static <T> Stream<T> generate(Supplier<? extends T> s) {
        if (s == null) throw new NullPointerException();
        return new RefStream<>(new Iterator<T>() {
            public boolean hasNext() { return true; }
            public T next() { return s.get(); }
        }, -1);
    }

    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        return RefStream.concat(a, b);
    }

    interface Builder<T> extends Consumer<T> {
        void accept(T t);
        default Builder<T> add(T t) { accept(t); return this; }
        Stream<T> build();
    }
}
