package java.util.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
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

/**
 * The one stream implementation: a pull pipeline. Every stage is an Iterator over the stage
 * before it, so elements flow one at a time from the source through all stages (the order of
 * side effects of peek, map and forEach is the JDK's), infinite sources work with limit, and
 * short-circuiting terminals stop pulling. The primitive streams wrap a RefStream of boxes.
 * size is the exact element count when the JDK would know it (a sized source through map,
 * peek, sorted, limit, skip), and count() then answers without running the pipeline, as the JDK does.
 */
final class RefStream<T> implements Stream<T> {
    /** A stream's close handlers, shared by all stages of one pipeline. */
    static final class Closer {
        final List<Runnable> handlers = new ArrayList<>();
        boolean closed;
    }

    /** An iterator that finds its next element ahead of time: advance() sets item or answers false. */
    abstract static class Lookahead<E> implements Iterator<E> {
        protected E item;
        private int state; // 0 unknown, 1 ready, 2 done

        protected abstract boolean advance();

        public boolean hasNext() {
            if (state == 0) state = advance() ? 1 : 2;
            return state == 1;
        }

        public E next() {
            if (!hasNext()) throw new NoSuchElementException();
            state = 0;
            E e = item;
            item = null;
            return e;
        }
    }

    /** The iterator of an Iterable, asked for only when the terminal operation starts. */
    static final class LateIterator<E> implements Iterator<E> {
        private final Iterable<E> source;
        private Iterator<E> it;

        LateIterator(Iterable<E> source) { this.source = source; }

        private Iterator<E> it() {
            if (it == null) it = source.iterator();
            return it;
        }

        public boolean hasNext() { return it().hasNext(); }
        public E next() { return it().next(); }
    }

    static final class ListBuilder<E> implements Stream.Builder<E> {
        private List<E> list = new ArrayList<>();

        public void accept(E e) {
            if (list == null) throw new IllegalStateException();
            list.add(e);
        }

        public Stream<E> build() {
            if (list == null) throw new IllegalStateException();
            List<E> l = list;
            list = null;
            return fromList(l);
        }
    }

    private final Iterator<T> it;
    final long size;
    private final Closer closer;
    private boolean used;
    /** Known to be in natural order (the JDK's SORTED flag): sorted() is then no stage at all. */
    boolean naturalSorted;

    RefStream(Iterator<T> it, long size) { this(it, size, new Closer()); }

    RefStream(Iterator<T> it, long size, Closer closer) {
        this.it = it;
        this.size = size;
        this.closer = closer;
    }

    static <E> Stream<E> fromList(List<E> list) { return new RefStream<>(list.iterator(), list.size()); }

    static <E> Stream<E> fromCollection(java.util.Collection<E> c) {
        RefStream<E> s = new RefStream<>(new LateIterator<>(c), c.size());
        s.naturalSorted = c instanceof java.util.SortedSet && ((java.util.SortedSet<E>) c).comparator() == null;
        return s;
    }

    static <E> RefStream<E> sortedSource(Iterator<E> it, long size) {
        RefStream<E> s = new RefStream<>(it, size);
        s.naturalSorted = true;
        return s;
    }

    static <E> Stream<E> fromIterator(Iterator<E> it, long size) { return new RefStream<>(it, size); }

    static void checkRange(int length, int from, int to) {
        if (from > to) throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
        if (from < 0) throw new ArrayIndexOutOfBoundsException(from);
        if (to > length) throw new ArrayIndexOutOfBoundsException(to);
    }

    /** The streams of Arrays.stream: the elements from..to of an array. */
    static <E> Stream<E> ofArray(E[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new RefStream<>(new Iterator<E>() {
            private int i = from;
            public boolean hasNext() { return i < to; }
            public E next() {
                if (i >= to) throw new NoSuchElementException();
                return a[i++];
            }
        }, to - from);
    }

    static IntStream ofArray(int[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new IntPipeline(new RefStream<>(new Iterator<Integer>() {
            private int i = from;
            public boolean hasNext() { return i < to; }
            public Integer next() {
                if (i >= to) throw new NoSuchElementException();
                return a[i++];
            }
        }, to - from));
    }

    static LongStream ofArray(long[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new LongPipeline(new RefStream<>(new Iterator<Long>() {
            private int i = from;
            public boolean hasNext() { return i < to; }
            public Long next() {
                if (i >= to) throw new NoSuchElementException();
                return a[i++];
            }
        }, to - from));
    }

    static DoubleStream ofArray(double[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new DoublePipeline(new RefStream<>(new Iterator<Double>() {
            private int i = from;
            public boolean hasNext() { return i < to; }
            public Double next() {
                if (i >= to) throw new NoSuchElementException();
                return a[i++];
            }
        }, to - from));
    }

    /** String.chars(): the chars of a string as ints. */
    static IntStream chars(CharSequence s) {
        int n = s.length();
        return new IntPipeline(new RefStream<>(new Iterator<Integer>() {
            private int i;
            public boolean hasNext() { return i < n; }
            public Integer next() {
                if (i >= n) throw new NoSuchElementException();
                return (int) s.charAt(i++);
            }
        }, n));
    }

    /** String.lines(): lines ended by \n, \r or \r\n; no empty last line after a final terminator. */
    static Stream<String> lines(String s) {
        int n = s.length();
        return new RefStream<>(new Lookahead<String>() {
            private int pos;
            protected boolean advance() {
                if (pos >= n) return false;
                int i = pos;
                while (i < n) {
                    char c = s.charAt(i);
                    if (c == '\n' || c == '\r') break;
                    i++;
                }
                item = s.substring(pos, i);
                if (i < n) {
                    if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i += 2;
                    else i++;
                }
                pos = i;
                return true;
            }
        }, -1);
    }

    /** The source iterator, once: a second use of a stage is the JDK's IllegalStateException. */
    Iterator<T> take() {
        if (used || closer.closed) throw new IllegalStateException("stream has already been operated upon or closed");
        used = true;
        return it;
    }

    private <R> RefStream<R> next(Iterator<R> next, long size) { return new RefStream<>(next, size, closer); }

    /** A stage that keeps the natural order of this one (filter, peek, limit, skip, distinct, takeWhile, dropWhile). */
    private RefStream<T> same(Iterator<T> next, long size) {
        RefStream<T> s = new RefStream<>(next, size, closer);
        s.naturalSorted = naturalSorted;
        return s;
    }

    // ---------------------------------------------------------------- BaseStream

    public Iterator<T> iterator() { return take(); }
    public boolean isParallel() { return false; }
    public Stream<T> sequential() { return this; }
    public Stream<T> parallel() { return this; }
    public Stream<T> unordered() { return this; }

    public Stream<T> onClose(Runnable closeHandler) {
        Objects.requireNonNull(closeHandler);
        if (used || closer.closed) throw new IllegalStateException("stream has already been operated upon or closed");
        closer.handlers.add(closeHandler);
        return this;
    }

    public void close() {
        if (closer.closed) return;
        closer.closed = true;
        RuntimeException first = null;
        for (Runnable r : closer.handlers) {
            try {
                r.run();
            } catch (RuntimeException e) {
                if (first == null) first = e;
                else if (first != e) first.addSuppressed(e);
            }
        }
        closer.handlers.clear();
        if (first != null) throw first;
    }

    static <E> Stream<E> concat(Stream<? extends E> a, Stream<? extends E> b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        long sa = a instanceof RefStream ? ((RefStream<?>) a).size : -1;
        long sb = b instanceof RefStream ? ((RefStream<?>) b).size : -1;
        Iterator<? extends E> ia = a.iterator();
        Iterator<? extends E> ib = b.iterator();
        RefStream<E> s = new RefStream<>(new Iterator<E>() {
            public boolean hasNext() { return ia.hasNext() || ib.hasNext(); }
            public E next() { return ia.hasNext() ? ia.next() : ib.next(); }
        }, sa >= 0 && sb >= 0 && sa + sb >= 0 ? sa + sb : -1);
        s.onClose(() -> {
            try {
                a.close();
            } finally {
                b.close();
            }
        });
        return s;
    }

    // ---------------------------------------------------------------- intermediate operations

    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> up = take();
        return same(new Lookahead<T>() {
            protected boolean advance() {
                while (up.hasNext()) {
                    T t = up.next();
                    if (predicate.test(t)) { item = t; return true; }
                }
                return false;
            }
        }, -1);
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> up = take();
        return next(new Iterator<R>() {
            public boolean hasNext() { return up.hasNext(); }
            public R next() { return mapper.apply(up.next()); }
        }, size);
    }

    /** A map that keeps the natural order flag: the widening conversions asLongStream, asDoubleStream. */
    <R> Stream<R> mapKeepingOrder(Function<? super T, ? extends R> mapper) {
        boolean so = naturalSorted;
        RefStream<R> s = (RefStream<R>) map(mapper);
        s.naturalSorted = so;
        return s;
    }

    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(map(t -> Integer.valueOf(mapper.applyAsInt(t))));
    }

    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(map(t -> Long.valueOf(mapper.applyAsLong(t))));
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(map(t -> Double.valueOf(mapper.applyAsDouble(t))));
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> up = take();
        return next(new Lookahead<R>() {
            private Iterator<? extends R> inner;
            private Stream<? extends R> innerStream;

            protected boolean advance() {
                while (true) {
                    if (inner != null && inner.hasNext()) { item = inner.next(); return true; }
                    if (innerStream != null) { innerStream.close(); innerStream = null; }
                    inner = null;
                    if (!up.hasNext()) return false;
                    innerStream = mapper.apply(up.next());
                    if (innerStream != null) inner = innerStream.iterator();
                }
            }
        }, -1);
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(flatMap(t -> { IntStream s = mapper.apply(t); return s == null ? null : s.boxed(); }));
    }

    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(flatMap(t -> { LongStream s = mapper.apply(t); return s == null ? null : s.boxed(); }));
    }

    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(flatMap(t -> { DoubleStream s = mapper.apply(t); return s == null ? null : s.boxed(); }));
    }

    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(t -> {
            List<R> buffer = new ArrayList<>();
            Consumer<R> sink = r -> buffer.add(r);
            mapper.accept(t, sink);
            return fromList(buffer);
        });
    }

    public Stream<T> distinct() {
        Iterator<T> up = take();
        HashSet<T> seen = new HashSet<>();
        return same(new Lookahead<T>() {
            protected boolean advance() {
                while (up.hasNext()) {
                    T t = up.next();
                    if (seen.add(t)) { item = t; return true; }
                }
                return false;
            }
        }, -1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Stream<T> sorted() {
        if (naturalSorted) return this;
        RefStream<T> s = sortedBy((Comparator<? super T>) (Comparator) Comparator.naturalOrder());
        s.naturalSorted = true;
        return s;
    }

    public Stream<T> sorted(Comparator<? super T> comparator) { return sortedBy(comparator); }

    private RefStream<T> sortedBy(Comparator<? super T> comparator) {
        Iterator<T> up = take();
        return next(new Iterator<T>() {
            private Iterator<T> sortedIt;

            private Iterator<T> it() {
                if (sortedIt == null) {
                    List<T> all = new ArrayList<>();
                    while (up.hasNext()) all.add(up.next());
                    all.sort(comparator);
                    sortedIt = all.iterator();
                }
                return sortedIt;
            }

            public boolean hasNext() { return it().hasNext(); }
            public T next() { return it().next(); }
        }, size);
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> up = take();
        return same(new Iterator<T>() {
            public boolean hasNext() { return up.hasNext(); }
            public T next() {
                T t = up.next();
                action.accept(t);
                return t;
            }
        }, size);
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        Iterator<T> up = take();
        return same(new Iterator<T>() {
            private long n;
            public boolean hasNext() { return n < maxSize && up.hasNext(); }
            public T next() {
                if (n >= maxSize) throw new NoSuchElementException();
                n++;
                return up.next();
            }
        }, size >= 0 ? Math.min(size, maxSize) : -1);
    }

    public Stream<T> skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        if (n == 0) return this;
        Iterator<T> up = take();
        return same(new Iterator<T>() {
            private boolean skipped;
            private void skip() {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n && up.hasNext(); i++) up.next();
                }
            }
            public boolean hasNext() { skip(); return up.hasNext(); }
            public T next() { skip(); return up.next(); }
        }, size >= 0 ? Math.max(0, size - n) : -1);
    }

    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> up = take();
        return same(new Lookahead<T>() {
            private boolean done;
            protected boolean advance() {
                if (done || !up.hasNext()) return false;
                T t = up.next();
                if (predicate.test(t)) { item = t; return true; }
                done = true;
                return false;
            }
        }, -1);
    }

    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> up = take();
        return same(new Lookahead<T>() {
            private boolean dropping = true;
            protected boolean advance() {
                while (up.hasNext()) {
                    T t = up.next();
                    if (dropping && predicate.test(t)) continue;
                    dropping = false;
                    item = t;
                    return true;
                }
                return false;
            }
        }, -1);
    }

    // ---------------------------------------------------------------- terminal operations

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> up = take();
        while (up.hasNext()) action.accept(up.next());
    }

    public void forEachOrdered(Consumer<? super T> action) { forEach(action); }

    List<T> drain() {
        Iterator<T> up = take();
        List<T> all = new ArrayList<>();
        while (up.hasNext()) all.add(up.next());
        return all;
    }

    public Object[] toArray() { return drain().toArray(); }

    public <A> A[] toArray(IntFunction<A[]> generator) {
        List<T> all = drain();
        A[] a = generator.apply(all.size());
        if (a.length != all.size()) throw new IllegalStateException("Begin size " + all.size() + " is not equal to fixed size " + a.length);
        int i = 0;
        for (T t : all) {
            @SuppressWarnings("unchecked")
            A x = (A) t;
            a[i++] = x;
        }
        return a;
    }

    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Iterator<T> up = take();
        T r = identity;
        while (up.hasNext()) r = accumulator.apply(r, up.next());
        return r;
    }

    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Iterator<T> up = take();
        if (!up.hasNext()) return Optional.empty();
        T r = up.next();
        while (up.hasNext()) r = accumulator.apply(r, up.next());
        return Optional.of(r);
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Iterator<T> up = take();
        U r = identity;
        while (up.hasNext()) r = accumulator.apply(r, up.next());
        return r;
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Iterator<T> up = take();
        R r = supplier.get();
        while (up.hasNext()) accumulator.accept(r, up.next());
        return r;
    }

    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Iterator<T> up = take();
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> acc = collector.accumulator();
        while (up.hasNext()) acc.accept(container, up.next());
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container
                : collector.finisher().apply(container);
    }

    public List<T> toList() { return Collections.unmodifiableList(drain()); }

    public Optional<T> min(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce((a, b) -> comparator.compare(a, b) <= 0 ? a : b);
    }

    public Optional<T> max(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce((a, b) -> comparator.compare(a, b) >= 0 ? a : b);
    }

    public long count() {
        if (size >= 0) {
            take();
            return size;
        }
        Iterator<T> up = take();
        long n = 0;
        while (up.hasNext()) {
            up.next();
            n++;
        }
        return n;
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> up = take();
        while (up.hasNext()) if (predicate.test(up.next())) return true;
        return false;
    }

    public boolean allMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> up = take();
        while (up.hasNext()) if (!predicate.test(up.next())) return false;
        return true;
    }

    public boolean noneMatch(Predicate<? super T> predicate) { return !anyMatch(predicate); }

    public Optional<T> findFirst() {
        Iterator<T> up = take();
        return up.hasNext() ? Optional.of(up.next()) : Optional.empty();
    }

    public Optional<T> findAny() { return findFirst(); }
}
