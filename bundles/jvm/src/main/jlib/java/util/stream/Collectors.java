package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The common collectors, with the JDK's containers (ArrayList, HashSet, HashMap) and messages. */
public final class Collectors {
    private Collectors() { }

    static final Set<Collector.Characteristics> ID;
    static final Set<Collector.Characteristics> NONE = Collections.emptySet();

    static {
        Set<Collector.Characteristics> s = new HashSet<>();
        s.add(Collector.Characteristics.IDENTITY_FINISH);
        ID = Collections.unmodifiableSet(s);
    }

    static final class CollectorImpl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics;

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                      Function<A, R> finisher, Set<Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        public Supplier<A> supplier() { return supplier; }
        public BiConsumer<A, T> accumulator() { return accumulator; }
        public BinaryOperator<A> combiner() { return combiner; }
        public Function<A, R> finisher() { return finisher; }
        public Set<Characteristics> characteristics() { return characteristics; }
    }

    @SuppressWarnings("unchecked")
    private static <A, R> Function<A, R> castingIdentity() { return a -> (R) a; }

    private static <T, A> Collector<T, A, A> id(Supplier<A> s, BiConsumer<A, T> acc, BinaryOperator<A> comb) {
        return new CollectorImpl<>(s, acc, comb, x -> x, ID);
    }

    private static <T, A, R> Collector<T, A, R> fin(Supplier<A> s, BiConsumer<A, T> acc, BinaryOperator<A> comb, Function<A, R> f) {
        return new CollectorImpl<>(s, acc, comb, f, NONE);
    }

    /** The finisher of c, identity when c has IDENTITY_FINISH. */
    @SuppressWarnings("unchecked")
    private static <A, R> Function<A, R> finisherOf(Collector<?, A, R> c) {
        if (c.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) return a -> (R) a;
        return c.finisher();
    }

    // ---------------------------------------------------------------- collections

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        return id(collectionFactory, (c, t) -> c.add(t), (a, b) -> { a.addAll(b); return a; });
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return id(() -> new ArrayList<T>(), (l, t) -> l.add(t), (a, b) -> { a.addAll(b); return a; });
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return fin(() -> new ArrayList<T>(), (l, t) -> l.add(t), (a, b) -> { a.addAll(b); return a; }, l -> List.copyOf(l));
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return id(() -> new HashSet<T>(), (l, t) -> l.add(t), (a, b) -> { a.addAll(b); return a; });
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return fin(() -> new HashSet<T>(), (l, t) -> l.add(t), (a, b) -> { a.addAll(b); return a; }, s -> Set.copyOf(s));
    }

    // ---------------------------------------------------------------- joining

    public static Collector<CharSequence, ?, String> joining() {
        return fin(() -> new StringBuilder(), (sb, s) -> sb.append(s), (a, b) -> a.append(b), sb -> sb.toString());
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) { return joining(delimiter, "", ""); }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(prefix);
        Objects.requireNonNull(suffix);
        return fin(() -> new StringJoiner(delimiter, prefix, suffix), (j, s) -> j.add(s), (a, b) -> a.merge(b), j -> j.toString());
    }

    // ---------------------------------------------------------------- adapters

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper, Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new CollectorImpl<>(downstream.supplier(), (A a, T t) -> acc.accept(a, mapper.apply(t)),
                downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> mapper,
                                                            Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new CollectorImpl<>(downstream.supplier(), (A a, T t) -> {
            Stream<? extends U> s = mapper.apply(t);
            if (s != null) {
                try {
                    s.forEach(u -> acc.accept(a, u));
                } finally {
                    s.close();
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate, Collector<? super T, A, R> downstream) {
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        return new CollectorImpl<>(downstream.supplier(), (A a, T t) -> { if (predicate.test(t)) acc.accept(a, t); },
                downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream, Function<R, RR> finisher) {
        Function<A, R> f = finisherOf(downstream);
        Set<Collector.Characteristics> cs = downstream.characteristics();
        if (cs.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            Set<Collector.Characteristics> c2 = new HashSet<>(cs);
            c2.remove(Collector.Characteristics.IDENTITY_FINISH);
            cs = Collections.unmodifiableSet(c2);
        }
        return new CollectorImpl<>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                a -> finisher.apply(f.apply(a)), cs);
    }

    // ---------------------------------------------------------------- counting, summing, averaging

    public static <T> Collector<T, ?, Long> counting() {
        return fin(() -> new long[1], (a, t) -> a[0]++, (a, b) -> { a[0] += b[0]; return a; }, a -> a[0]);
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return fin(() -> new int[1], (a, t) -> a[0] += mapper.applyAsInt(t), (a, b) -> { a[0] += b[0]; return a; }, a -> a[0]);
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return fin(() -> new long[1], (a, t) -> a[0] += mapper.applyAsLong(t), (a, b) -> { a[0] += b[0]; return a; }, a -> a[0]);
    }

    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return fin(() -> new double[3], (a, t) -> {
            double v = mapper.applyAsDouble(t);
            sumWithCompensation(a, v);
            a[2] += v;
        }, (a, b) -> { sumWithCompensation(a, b[0]); a[2] += b[2]; sumWithCompensation(a, -b[1]); return a; },
                a -> computeFinalSum(a));
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        return fin(() -> new long[2], (a, t) -> { a[0] += mapper.applyAsInt(t); a[1]++; },
                (a, b) -> { a[0] += b[0]; a[1] += b[1]; return a; }, a -> a[1] == 0 ? 0.0d : (double) a[0] / a[1]);
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return fin(() -> new long[2], (a, t) -> { a[0] += mapper.applyAsLong(t); a[1]++; },
                (a, b) -> { a[0] += b[0]; a[1] += b[1]; return a; }, a -> a[1] == 0 ? 0.0d : (double) a[0] / a[1]);
    }

    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return fin(() -> new double[4], (a, t) -> {
            double v = mapper.applyAsDouble(t);
            sumWithCompensation(a, v);
            a[2]++;
            a[3] += v;
        }, (a, b) -> { sumWithCompensation(a, b[0]); sumWithCompensation(a, -b[1]); a[2] += b[2]; a[3] += b[3]; return a; },
                a -> a[2] == 0 ? 0.0d : computeFinalSum(a) / a[2]);
    }

    /** Kahan summation step: a[0] the running sum, a[1] the compensation (the low-order bits lost). */
    static double[] sumWithCompensation(double[] a, double value) {
        double tmp = value - a[1];
        double sum = a[0];
        double velvel = sum + tmp;
        a[1] = (velvel - sum) - tmp;
        a[0] = velvel;
        return a;
    }

    /** The compensated sum, or the simple sum (the last slot) when compensation made an infinity NaN. */
    static double computeFinalSum(double[] a) {
        double tmp = a[0] - a[1];
        double simpleSum = a[a.length - 1];
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) return simpleSum;
        return tmp;
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return id(() -> new IntSummaryStatistics(), (r, t) -> r.accept(mapper.applyAsInt(t)), (l, r) -> { l.combine(r); return l; });
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return id(() -> new LongSummaryStatistics(), (r, t) -> r.accept(mapper.applyAsLong(t)), (l, r) -> { l.combine(r); return l; });
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return id(() -> new DoubleSummaryStatistics(), (r, t) -> r.accept(mapper.applyAsDouble(t)), (l, r) -> { l.combine(r); return l; });
    }

    // ---------------------------------------------------------------- reducing, min, max

    private static final class Box<T> {
        T value;
        boolean present;
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return fin(() -> new Box<T>(), (b, t) -> {
            if (b.present) b.value = op.apply(b.value, t);
            else { b.value = t; b.present = true; }
        }, (a, b) -> { if (b.present) { if (a.present) a.value = op.apply(a.value, b.value); else { a.value = b.value; a.present = true; } } return a; },
                b -> Optional.ofNullable(b.value));
    }

    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return fin(() -> { Box<T> b = new Box<>(); b.value = identity; return b; }, (b, t) -> b.value = op.apply(b.value, t),
                (a, b) -> { a.value = op.apply(a.value, b.value); return a; }, b -> b.value);
    }

    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper, BinaryOperator<U> op) {
        Objects.requireNonNull(mapper);
        Objects.requireNonNull(op);
        return fin(() -> { Box<U> b = new Box<>(); b.value = identity; return b; }, (b, t) -> b.value = op.apply(b.value, mapper.apply(t)),
                (a, b) -> { a.value = op.apply(a.value, b.value); return a; }, b -> b.value);
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reducing((a, b) -> comparator.compare(a, b) <= 0 ? a : b);
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reducing((a, b) -> comparator.compare(a, b) >= 0 ? a : b);
    }

    // ---------------------------------------------------------------- grouping, partitioning

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, HashMap::new, toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
                                                                  Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, HashMap::new, downstream);
    }

    @SuppressWarnings("unchecked")
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(Function<? super T, ? extends K> classifier,
                                                                               Supplier<M> mapFactory,
                                                                               Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Supplier<A> ds = downstream.supplier();
        BiConsumer<A, ? super T> da = downstream.accumulator();
        BinaryOperator<A> dc = downstream.combiner();
        BiConsumer<Map<K, A>, T> acc = (m, t) -> {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            A container = m.computeIfAbsent(key, k -> ds.get());
            da.accept(container, t);
        };
        BinaryOperator<Map<K, A>> comb = (a, b) -> {
            for (Map.Entry<K, A> e : b.entrySet()) a.merge(e.getKey(), e.getValue(), dc);
            return a;
        };
        Supplier<Map<K, A>> mf = (Supplier<Map<K, A>>) (Supplier<?>) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return (Collector<T, ?, M>) (Collector<?, ?, ?>) new CollectorImpl<T, Map<K, A>, Map<K, A>>(mf, acc, comb, x -> x, ID);
        }
        Function<A, A> df = (Function<A, A>) downstream.finisher();
        Function<Map<K, A>, M> finisher = m -> {
            m.replaceAll((k, v) -> df.apply(v));
            return (M) m;
        };
        return new CollectorImpl<>(mf, acc, comb, finisher, NONE);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
                                                                        Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(predicate);
        Supplier<A> ds = downstream.supplier();
        BiConsumer<A, ? super T> da = downstream.accumulator();
        BinaryOperator<A> dc = downstream.combiner();
        Function<A, D> df = finisherOf(downstream);
        return fin(() -> new Partition<A>(ds.get(), ds.get()),
                (Partition<A> p, T t) -> da.accept(predicate.test(t) ? p.forTrue : p.forFalse, t),
                (a, b) -> new Partition<>(dc.apply(a.forTrue, b.forTrue), dc.apply(a.forFalse, b.forFalse)),
                p -> new Partition<D>(df.apply(p.forTrue), df.apply(p.forFalse)));
    }

    /** The two-entry map of partitioningBy: false first, then true. */
    static final class Partition<T> extends AbstractMap<Boolean, T> implements Map<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    return new Iterator<Map.Entry<Boolean, T>>() {
                        private int i;
                        public boolean hasNext() { return i < 2; }
                        public Map.Entry<Boolean, T> next() {
                            if (i >= 2) throw new NoSuchElementException();
                            return i++ == 0 ? new AbstractMap.SimpleImmutableEntry<>(false, forFalse)
                                            : new AbstractMap.SimpleImmutableEntry<>(true, forTrue);
                        }
                    };
                }

                public int size() { return 2; }
            };
        }
    }

    // ---------------------------------------------------------------- maps

    private static IllegalStateException duplicateKeyException(Object k, Object u, Object v) {
        return new IllegalStateException("Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                          Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return id(() -> new HashMap<K, U>(), (m, t) -> {
            K k = keyMapper.apply(t);
            U v = Objects.requireNonNull(valueMapper.apply(t));
            U u = m.putIfAbsent(k, v);
            if (u != null) throw duplicateKeyException(k, u, v);
        }, (a, b) -> {
            for (Map.Entry<K, U> e : b.entrySet()) {
                U u = a.putIfAbsent(e.getKey(), e.getValue());
                if (u != null) throw duplicateKeyException(e.getKey(), u, e.getValue());
            }
            return a;
        });
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                          Function<? super T, ? extends U> valueMapper,
                                                          BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, HashMap::new);
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
                                                                       Function<? super T, ? extends U> valueMapper,
                                                                       BinaryOperator<U> mergeFunction,
                                                                       Supplier<M> mapFactory) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        return id(mapFactory, (m, t) -> m.merge(keyMapper.apply(t), valueMapper.apply(t), mergeFunction), (a, b) -> {
            for (Map.Entry<K, U> e : b.entrySet()) a.merge(e.getKey(), e.getValue(), mergeFunction);
            return a;
        });
    }

    @SuppressWarnings("unchecked")
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                      Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return collectingAndThen((Collector<T, Object, Map<K, U>>) (Collector<?, ?, ?>) toMap(keyMapper, valueMapper), m -> Map.copyOf(m));
    }

    @SuppressWarnings("unchecked")
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                      Function<? super T, ? extends U> valueMapper,
                                                                      BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        return collectingAndThen((Collector<T, Object, Map<K, U>>) (Collector<?, ?, ?>) toMap(keyMapper, valueMapper, mergeFunction),
                m -> Map.copyOf(m));
    }

    // ---------------------------------------------------------------- teeing

    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
                                                        Collector<? super T, ?, R2> downstream2,
                                                        BiFunction<? super R1, ? super R2, R> merger) {
        return teeing0(downstream1, downstream2, merger);
    }

    private static <T, A1, A2, R1, R2, R> Collector<T, ?, R> teeing0(Collector<? super T, A1, R1> c1,
                                                                  Collector<? super T, A2, R2> c2,
                                                                  BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(merger);
        Supplier<A1> s1 = c1.supplier();
        Supplier<A2> s2 = c2.supplier();
        BiConsumer<A1, ? super T> a1 = c1.accumulator();
        BiConsumer<A2, ? super T> a2 = c2.accumulator();
        BinaryOperator<A1> k1 = c1.combiner();
        BinaryOperator<A2> k2 = c2.combiner();
        Function<A1, R1> f1 = finisherOf(c1);
        Function<A2, R2> f2 = finisherOf(c2);
        return fin(() -> new Object[] {s1.get(), s2.get()}, (Object[] p, T t) -> {
            @SuppressWarnings("unchecked") A1 x = (A1) p[0];
            @SuppressWarnings("unchecked") A2 y = (A2) p[1];
            a1.accept(x, t);
            a2.accept(y, t);
        }, (p, q) -> {
            @SuppressWarnings("unchecked") A1 x = k1.apply((A1) p[0], (A1) q[0]);
            @SuppressWarnings("unchecked") A2 y = k2.apply((A2) p[1], (A2) q[1]);
            p[0] = x;
            p[1] = y;
            return p;
        }, p -> {
            @SuppressWarnings("unchecked") A1 x = (A1) p[0];
            @SuppressWarnings("unchecked") A2 y = (A2) p[1];
            return merger.apply(f1.apply(x), f2.apply(y));
        });
    }
}
