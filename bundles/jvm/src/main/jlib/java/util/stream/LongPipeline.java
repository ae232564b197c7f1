package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/** An LongStream over a stream of Longs. */
final class LongPipeline implements LongStream {
    private final Stream<Long> s;

    LongPipeline(Stream<Long> s) { this.s = s; }

    private static LongStream of(Stream<Long> s) { return new LongPipeline(s); }

    public LongStream filter(LongPredicate predicate) { return of(s.filter(x -> predicate.test(x))); }
    public LongStream map(LongUnaryOperator mapper) { return of(s.map(x -> mapper.applyAsLong(x))); }
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) { return s.map(x -> mapper.apply(x)); }
    public IntStream mapToInt(LongToIntFunction mapper) { return new IntPipeline(s.map(x -> mapper.applyAsInt(x))); }
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) { return new DoublePipeline(s.map(x -> mapper.applyAsDouble(x))); }

    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        return of(s.flatMap(x -> { LongStream r = mapper.apply(x); return r == null ? null : r.boxed(); }));
    }

    public LongStream distinct() { return of(s.distinct()); }
    public LongStream sorted() { return of(s.sorted()); }
    public LongStream peek(LongConsumer action) { return of(s.peek(x -> action.accept(x))); }
    public LongStream limit(long maxSize) { return of(s.limit(maxSize)); }
    public LongStream skip(long n) { return of(s.skip(n)); }
    public LongStream takeWhile(LongPredicate predicate) { return of(s.takeWhile(x -> predicate.test(x))); }
    public LongStream dropWhile(LongPredicate predicate) { return of(s.dropWhile(x -> predicate.test(x))); }
    public void forEach(LongConsumer action) { s.forEach(x -> action.accept(x)); }
    public void forEachOrdered(LongConsumer action) { s.forEach(x -> action.accept(x)); }

    public long[] toArray() {
        List<Long> all = ((RefStream<Long>) s).drain();
        long[] a = new long[all.size()];
        int i = 0;
        for (Long x : all) a[i++] = x;
        return a;
    }

    public long reduce(long identity, LongBinaryOperator op) { return s.reduce(identity, (a, b) -> op.applyAsLong(a, b)); }

    public OptionalLong reduce(LongBinaryOperator op) {
        Optional<Long> r = s.reduce((a, b) -> op.applyAsLong(a, b));
        return r.isPresent() ? OptionalLong.of(r.get()) : OptionalLong.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        return s.collect(supplier, (r, x) -> accumulator.accept(r, x), combiner);
    }

    public long sum() {
        Iterator<Long> it = ((RefStream<Long>) s).take();
        long sum = 0;
        while (it.hasNext()) sum += it.next();
        return sum;
    }
    public OptionalLong min() { return reduce((a, b) -> Math.min(a, b)); }
    public OptionalLong max() { return reduce((a, b) -> Math.max(a, b)); }
    public long count() { return s.count(); }

    public OptionalDouble average() {
        long[] acc = new long[2];
        s.forEach(x -> { acc[0]++; acc[1] += x; });
        return acc[0] > 0 ? OptionalDouble.of((double) acc[1] / acc[0]) : OptionalDouble.empty();
    }

    public LongSummaryStatistics summaryStatistics() {
        LongSummaryStatistics st = new LongSummaryStatistics();
        s.forEach(x -> st.accept(x));
        return st;
    }

    public boolean anyMatch(LongPredicate predicate) { return s.anyMatch(x -> predicate.test(x)); }
    public boolean allMatch(LongPredicate predicate) { return s.allMatch(x -> predicate.test(x)); }
    public boolean noneMatch(LongPredicate predicate) { return s.noneMatch(x -> predicate.test(x)); }

    public OptionalLong findFirst() {
        Optional<Long> r = s.findFirst();
        return r.isPresent() ? OptionalLong.of(r.get()) : OptionalLong.empty();
    }

    public OptionalLong findAny() { return findFirst(); }
    public DoubleStream asDoubleStream() { return new DoublePipeline(((RefStream<Long>) s).mapKeepingOrder(x -> (double) (long) x)); }
    public Stream<Long> boxed() { return s; }

    public PrimitiveIterator.OfLong iterator() {
        Iterator<Long> it = s.iterator();
        return new PrimitiveIterator.OfLong() {
            public boolean hasNext() { return it.hasNext(); }
            public long nextLong() { return it.next(); }
        };
    }

    public boolean isParallel() { return false; }
    public LongStream sequential() { return this; }
    public LongStream parallel() { return this; }
    public LongStream unordered() { return this; }
    public LongStream onClose(Runnable closeHandler) { s.onClose(closeHandler); return this; }
    public void close() { s.close(); }
}
