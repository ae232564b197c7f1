package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** An IntStream over a stream of Integers. */
final class IntPipeline implements IntStream {
    private final Stream<Integer> s;

    IntPipeline(Stream<Integer> s) { this.s = s; }

    private static IntStream of(Stream<Integer> s) { return new IntPipeline(s); }

    public IntStream filter(IntPredicate predicate) { return of(s.filter(x -> predicate.test(x))); }
    public IntStream map(IntUnaryOperator mapper) { return of(s.map(x -> mapper.applyAsInt(x))); }
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) { return s.map(x -> mapper.apply(x)); }
    public LongStream mapToLong(IntToLongFunction mapper) { return new LongPipeline(s.map(x -> mapper.applyAsLong(x))); }
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) { return new DoublePipeline(s.map(x -> mapper.applyAsDouble(x))); }

    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        return of(s.flatMap(x -> { IntStream r = mapper.apply(x); return r == null ? null : r.boxed(); }));
    }

    public IntStream distinct() { return of(s.distinct()); }
    public IntStream sorted() { return of(s.sorted()); }
    public IntStream peek(IntConsumer action) { return of(s.peek(x -> action.accept(x))); }
    public IntStream limit(long maxSize) { return of(s.limit(maxSize)); }
    public IntStream skip(long n) { return of(s.skip(n)); }
    public IntStream takeWhile(IntPredicate predicate) { return of(s.takeWhile(x -> predicate.test(x))); }
    public IntStream dropWhile(IntPredicate predicate) { return of(s.dropWhile(x -> predicate.test(x))); }
    public void forEach(IntConsumer action) { s.forEach(x -> action.accept(x)); }
    public void forEachOrdered(IntConsumer action) { s.forEach(x -> action.accept(x)); }

    public int[] toArray() {
        List<Integer> all = ((RefStream<Integer>) s).drain();
        int[] a = new int[all.size()];
        int i = 0;
        for (Integer x : all) a[i++] = x;
        return a;
    }

    public int reduce(int identity, IntBinaryOperator op) { return s.reduce(identity, (a, b) -> op.applyAsInt(a, b)); }

    public OptionalInt reduce(IntBinaryOperator op) {
        Optional<Integer> r = s.reduce((a, b) -> op.applyAsInt(a, b));
        return r.isPresent() ? OptionalInt.of(r.get()) : OptionalInt.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        return s.collect(supplier, (r, x) -> accumulator.accept(r, x), combiner);
    }

    public int sum() {
        Iterator<Integer> it = ((RefStream<Integer>) s).take();
        int sum = 0;
        while (it.hasNext()) sum += it.next();
        return sum;
    }
    public OptionalInt min() { return reduce((a, b) -> Math.min(a, b)); }
    public OptionalInt max() { return reduce((a, b) -> Math.max(a, b)); }
    public long count() { return s.count(); }

    public OptionalDouble average() {
        long[] acc = new long[2];
        s.forEach(x -> { acc[0]++; acc[1] += x; });
        return acc[0] > 0 ? OptionalDouble.of((double) acc[1] / acc[0]) : OptionalDouble.empty();
    }

    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics st = new IntSummaryStatistics();
        s.forEach(x -> st.accept(x));
        return st;
    }

    public boolean anyMatch(IntPredicate predicate) { return s.anyMatch(x -> predicate.test(x)); }
    public boolean allMatch(IntPredicate predicate) { return s.allMatch(x -> predicate.test(x)); }
    public boolean noneMatch(IntPredicate predicate) { return s.noneMatch(x -> predicate.test(x)); }

    public OptionalInt findFirst() {
        Optional<Integer> r = s.findFirst();
        return r.isPresent() ? OptionalInt.of(r.get()) : OptionalInt.empty();
    }

    public OptionalInt findAny() { return findFirst(); }
    public LongStream asLongStream() { return new LongPipeline(((RefStream<Integer>) s).mapKeepingOrder(x -> (long) (int) x)); }
    public DoubleStream asDoubleStream() { return new DoublePipeline(((RefStream<Integer>) s).mapKeepingOrder(x -> (double) (int) x)); }
    public Stream<Integer> boxed() { return s; }

    public PrimitiveIterator.OfInt iterator() {
        Iterator<Integer> it = s.iterator();
        return new PrimitiveIterator.OfInt() {
            public boolean hasNext() { return it.hasNext(); }
            public int nextInt() { return it.next(); }
        };
    }

    public boolean isParallel() { return false; }
    public IntStream sequential() { return this; }
    public IntStream parallel() { return this; }
    public IntStream unordered() { return this; }
    public IntStream onClose(Runnable closeHandler) { s.onClose(closeHandler); return this; }
    public void close() { s.close(); }
}
