package java.util.stream;

import java.util.DoubleSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/** An DoubleStream over a stream of Doubles. */
final class DoublePipeline implements DoubleStream {
    private final Stream<Double> s;

    DoublePipeline(Stream<Double> s) { this.s = s; }

    private static DoubleStream of(Stream<Double> s) { return new DoublePipeline(s); }

    public DoubleStream filter(DoublePredicate predicate) { return of(s.filter(x -> predicate.test(x))); }
    public DoubleStream map(DoubleUnaryOperator mapper) { return of(s.map(x -> mapper.applyAsDouble(x))); }
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) { return s.map(x -> mapper.apply(x)); }
    public IntStream mapToInt(DoubleToIntFunction mapper) { return new IntPipeline(s.map(x -> mapper.applyAsInt(x))); }
    public LongStream mapToLong(DoubleToLongFunction mapper) { return new LongPipeline(s.map(x -> mapper.applyAsLong(x))); }

    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        return of(s.flatMap(x -> { DoubleStream r = mapper.apply(x); return r == null ? null : r.boxed(); }));
    }

    public DoubleStream distinct() { return of(s.distinct()); }
    public DoubleStream sorted() { return of(s.sorted()); }
    public DoubleStream peek(DoubleConsumer action) { return of(s.peek(x -> action.accept(x))); }
    public DoubleStream limit(long maxSize) { return of(s.limit(maxSize)); }
    public DoubleStream skip(long n) { return of(s.skip(n)); }
    public DoubleStream takeWhile(DoublePredicate predicate) { return of(s.takeWhile(x -> predicate.test(x))); }
    public DoubleStream dropWhile(DoublePredicate predicate) { return of(s.dropWhile(x -> predicate.test(x))); }
    public void forEach(DoubleConsumer action) { s.forEach(x -> action.accept(x)); }
    public void forEachOrdered(DoubleConsumer action) { s.forEach(x -> action.accept(x)); }

    public double[] toArray() {
        List<Double> all = ((RefStream<Double>) s).drain();
        double[] a = new double[all.size()];
        int i = 0;
        for (Double x : all) a[i++] = x;
        return a;
    }

    public double reduce(double identity, DoubleBinaryOperator op) { return s.reduce(identity, (a, b) -> op.applyAsDouble(a, b)); }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Optional<Double> r = s.reduce((a, b) -> op.applyAsDouble(a, b));
        return r.isPresent() ? OptionalDouble.of(r.get()) : OptionalDouble.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        return s.collect(supplier, (r, x) -> accumulator.accept(r, x), combiner);
    }

    public double sum() {
        double[] acc = new double[3];
        s.forEach(x -> { Collectors.sumWithCompensation(acc, x); acc[2] += x; });
        return Collectors.computeFinalSum(acc);
    }
    public OptionalDouble min() { return reduce((a, b) -> Math.min(a, b)); }
    public OptionalDouble max() { return reduce((a, b) -> Math.max(a, b)); }
    public long count() { return s.count(); }

    public OptionalDouble average() {
        double[] acc = new double[4];
        s.forEach(x -> { Collectors.sumWithCompensation(acc, x); acc[2]++; acc[3] += x; });
        return acc[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(acc) / acc[2]) : OptionalDouble.empty();
    }

    public DoubleSummaryStatistics summaryStatistics() {
        DoubleSummaryStatistics st = new DoubleSummaryStatistics();
        s.forEach(x -> st.accept(x));
        return st;
    }

    public boolean anyMatch(DoublePredicate predicate) { return s.anyMatch(x -> predicate.test(x)); }
    public boolean allMatch(DoublePredicate predicate) { return s.allMatch(x -> predicate.test(x)); }
    public boolean noneMatch(DoublePredicate predicate) { return s.noneMatch(x -> predicate.test(x)); }

    public OptionalDouble findFirst() {
        Optional<Double> r = s.findFirst();
        return r.isPresent() ? OptionalDouble.of(r.get()) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() { return findFirst(); }
    public Stream<Double> boxed() { return s; }

    public PrimitiveIterator.OfDouble iterator() {
        Iterator<Double> it = s.iterator();
        return new PrimitiveIterator.OfDouble() {
            public boolean hasNext() { return it.hasNext(); }
            public double nextDouble() { return it.next(); }
        };
    }

    public boolean isParallel() { return false; }
    public DoubleStream sequential() { return this; }
    public DoubleStream parallel() { return this; }
    public DoubleStream unordered() { return this; }
    public DoubleStream onClose(Runnable closeHandler) { s.onClose(closeHandler); return this; }
    public void close() { s.close(); }
}
