package java.util.stream;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/** A sequential stream of doubles (DoublePipeline: a RefStream of Doubles underneath). */
public interface DoubleStream extends BaseStream<Double, DoubleStream> {
    DoubleStream filter(DoublePredicate predicate);
    DoubleStream map(DoubleUnaryOperator mapper);
    <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper);
    IntStream mapToInt(DoubleToIntFunction mapper);
    LongStream mapToLong(DoubleToLongFunction mapper);
    DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper);
    DoubleStream distinct();
    DoubleStream sorted();
    DoubleStream peek(DoubleConsumer action);
    DoubleStream limit(long maxSize);
    DoubleStream skip(long n);
    DoubleStream takeWhile(DoublePredicate predicate);
    DoubleStream dropWhile(DoublePredicate predicate);
    void forEach(DoubleConsumer action);
    void forEachOrdered(DoubleConsumer action);
    double[] toArray();
    double reduce(double identity, DoubleBinaryOperator op);
    OptionalDouble reduce(DoubleBinaryOperator op);
    <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner);
    double sum();
    OptionalDouble min();
    OptionalDouble max();
    long count();
    OptionalDouble average();
    DoubleSummaryStatistics summaryStatistics();
    boolean anyMatch(DoublePredicate predicate);
    boolean allMatch(DoublePredicate predicate);
    boolean noneMatch(DoublePredicate predicate);
    OptionalDouble findFirst();
    OptionalDouble findAny();
    Stream<Double> boxed();
    PrimitiveIterator.OfDouble iterator();

    static Builder builder() {
        List<Double> list = new ArrayList<>();
        return new Builder() {
            private boolean built;
            public void accept(double t) {
                if (built) throw new IllegalStateException();
                list.add(t);
            }
            public DoubleStream build() {
                if (built) throw new IllegalStateException();
                built = true;
                return new DoublePipeline(RefStream.fromList(list));
            }
        };
    }

    static DoubleStream empty() { return new DoublePipeline(Stream.empty()); }

    static DoubleStream of(double t) { return new DoublePipeline(Stream.of(t)); }

    static DoubleStream of(double... values) { return RefStream.ofArray(values, 0, values.length); }

    static DoubleStream iterate(double seed, DoubleUnaryOperator f) {
        if (f == null) throw new NullPointerException();
        return new DoublePipeline(Stream.iterate(seed, x -> f.applyAsDouble(x)));
    }

    static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        if (hasNext == null || next == null) throw new NullPointerException();
        return new DoublePipeline(Stream.iterate(seed, x -> hasNext.test(x), x -> next.applyAsDouble(x)));
    }

    static DoubleStream generate(DoubleSupplier s) {
        if (s == null) throw new NullPointerException();
        return new DoublePipeline(Stream.generate(() -> s.getAsDouble()));
    }

    static DoubleStream concat(DoubleStream a, DoubleStream b) { return new DoublePipeline(Stream.concat(a.boxed(), b.boxed())); }

    interface Builder extends DoubleConsumer {
        void accept(double t);
        default Builder add(double t) { accept(t); return this; }
        DoubleStream build();
    }
}
