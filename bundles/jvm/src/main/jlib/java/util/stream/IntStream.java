package java.util.stream;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** A sequential stream of ints (IntPipeline: a RefStream of Integers underneath). */
public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);
    IntStream map(IntUnaryOperator mapper);
    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);
    LongStream mapToLong(IntToLongFunction mapper);
    DoubleStream mapToDouble(IntToDoubleFunction mapper);
    IntStream flatMap(IntFunction<? extends IntStream> mapper);
    IntStream distinct();
    IntStream sorted();
    IntStream peek(IntConsumer action);
    IntStream limit(long maxSize);
    IntStream skip(long n);
    IntStream takeWhile(IntPredicate predicate);
    IntStream dropWhile(IntPredicate predicate);
    void forEach(IntConsumer action);
    void forEachOrdered(IntConsumer action);
    int[] toArray();
    int reduce(int identity, IntBinaryOperator op);
    OptionalInt reduce(IntBinaryOperator op);
    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);
    int sum();
    OptionalInt min();
    OptionalInt max();
    long count();
    OptionalDouble average();
    IntSummaryStatistics summaryStatistics();
    boolean anyMatch(IntPredicate predicate);
    boolean allMatch(IntPredicate predicate);
    boolean noneMatch(IntPredicate predicate);
    OptionalInt findFirst();
    OptionalInt findAny();
    LongStream asLongStream();
    DoubleStream asDoubleStream();
    Stream<Integer> boxed();
    PrimitiveIterator.OfInt iterator();

    static Builder builder() {
        List<Integer> list = new ArrayList<>();
        return new Builder() {
            private boolean built;
            public void accept(int t) {
                if (built) throw new IllegalStateException();
                list.add(t);
            }
            public IntStream build() {
                if (built) throw new IllegalStateException();
                built = true;
                return new IntPipeline(RefStream.fromList(list));
            }
        };
    }

    static IntStream empty() { return new IntPipeline(Stream.empty()); }

    static IntStream of(int t) { return new IntPipeline(Stream.of(t)); }

    static IntStream of(int... values) { return RefStream.ofArray(values, 0, values.length); }

    static IntStream iterate(int seed, IntUnaryOperator f) {
        if (f == null) throw new NullPointerException();
        return new IntPipeline(Stream.iterate(seed, x -> f.applyAsInt(x)));
    }

    static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        if (hasNext == null || next == null) throw new NullPointerException();
        return new IntPipeline(Stream.iterate(seed, x -> hasNext.test(x), x -> next.applyAsInt(x)));
    }

    static IntStream generate(IntSupplier s) {
        if (s == null) throw new NullPointerException();
        return new IntPipeline(Stream.generate(() -> s.getAsInt()));
    }

    static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive) return empty();
        return new IntPipeline(RefStream.sortedSource(new Iterator<Integer>() {
            private int i = startInclusive;
            public boolean hasNext() { return i < endExclusive; }
            public Integer next() {
                if (i >= endExclusive) throw new NoSuchElementException();
                return i++;
            }
        }, (long) endExclusive - startInclusive));
    }

    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive) return empty();
        return new IntPipeline(RefStream.sortedSource(new Iterator<Integer>() {
            private long i = startInclusive;
            public boolean hasNext() { return i <= endInclusive; }
            public Integer next() {
                if (i > endInclusive) throw new NoSuchElementException();
                return (int) i++;
            }
        }, (long) endInclusive - startInclusive + 1));
    }

    static IntStream concat(IntStream a, IntStream b) { return new IntPipeline(Stream.concat(a.boxed(), b.boxed())); }

    interface Builder extends IntConsumer {
        void accept(int t);
        default Builder add(int t) { accept(t); return this; }
        IntStream build();
    }
}
