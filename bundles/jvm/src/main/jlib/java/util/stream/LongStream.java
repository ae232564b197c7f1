package java.util.stream;

import java.util.ArrayList;
import java.util.LongSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/** A sequential stream of longs (LongPipeline: a RefStream of Longs underneath). */
public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);
    LongStream map(LongUnaryOperator mapper);
    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);
    IntStream mapToInt(LongToIntFunction mapper);
    DoubleStream mapToDouble(LongToDoubleFunction mapper);
    LongStream flatMap(LongFunction<? extends LongStream> mapper);
    LongStream distinct();
    LongStream sorted();
    LongStream peek(LongConsumer action);
    LongStream limit(long maxSize);
    LongStream skip(long n);
    LongStream takeWhile(LongPredicate predicate);
    LongStream dropWhile(LongPredicate predicate);
    void forEach(LongConsumer action);
    void forEachOrdered(LongConsumer action);
    long[] toArray();
    long reduce(long identity, LongBinaryOperator op);
    OptionalLong reduce(LongBinaryOperator op);
    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);
    long sum();
    OptionalLong min();
    OptionalLong max();
    long count();
    OptionalDouble average();
    LongSummaryStatistics summaryStatistics();
    boolean anyMatch(LongPredicate predicate);
    boolean allMatch(LongPredicate predicate);
    boolean noneMatch(LongPredicate predicate);
    OptionalLong findFirst();
    OptionalLong findAny();
    DoubleStream asDoubleStream();
    Stream<Long> boxed();
    PrimitiveIterator.OfLong iterator();

    static Builder builder() {
        List<Long> list = new ArrayList<>();
        return new Builder() {
            private boolean built;
            public void accept(long t) {
                if (built) throw new IllegalStateException();
                list.add(t);
            }
            public LongStream build() {
                if (built) throw new IllegalStateException();
                built = true;
                return new LongPipeline(RefStream.fromList(list));
            }
        };
    }

    static LongStream empty() { return new LongPipeline(Stream.empty()); }

    static LongStream of(long t) { return new LongPipeline(Stream.of(t)); }

    static LongStream of(long... values) { return RefStream.ofArray(values, 0, values.length); }

    static LongStream iterate(long seed, LongUnaryOperator f) {
        if (f == null) throw new NullPointerException();
        return new LongPipeline(Stream.iterate(seed, x -> f.applyAsLong(x)));
    }

    static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        if (hasNext == null || next == null) throw new NullPointerException();
        return new LongPipeline(Stream.iterate(seed, x -> hasNext.test(x), x -> next.applyAsLong(x)));
    }

    static LongStream generate(LongSupplier s) {
        if (s == null) throw new NullPointerException();
        return new LongPipeline(Stream.generate(() -> s.getAsLong()));
    }

    static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) return empty();
        long size = endExclusive - startInclusive;
        return new LongPipeline(RefStream.sortedSource(new Iterator<Long>() {
            private long i = startInclusive;
            public boolean hasNext() { return i < endExclusive; }
            public Long next() {
                if (i >= endExclusive) throw new NoSuchElementException();
                return i++;
            }
        }, size > 0 ? size : -1));
    }

    static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive) return empty();
        long size = endInclusive - startInclusive + 1;
        return new LongPipeline(RefStream.sortedSource(new Iterator<Long>() {
            private long i = startInclusive;
            private boolean done;
            public boolean hasNext() { return !done; }
            public Long next() {
                if (done) throw new NoSuchElementException();
                if (i == endInclusive) done = true;
                return i++;
            }
        }, size > 0 ? size : -1));
    }

    static LongStream concat(LongStream a, LongStream b) { return new LongPipeline(Stream.concat(a.boxed(), b.boxed())); }

    interface Builder extends LongConsumer {
        void accept(long t);
        default Builder add(long t) { accept(t); return this; }
        LongStream build();
    }
}
