package java.util.stream;

import java.util.Collection;

/** The library's way into the stream implementation from other packages (Collection.stream, Arrays.stream, String.chars/lines). */
public final class PhantomStreams {
    private PhantomStreams() { }

    public static <E> Stream<E> of(Collection<E> c) { return RefStream.fromCollection(c); }
    public static <E> Stream<E> of(E[] a, int from, int to) { return RefStream.ofArray(a, from, to); }
    public static IntStream of(int[] a, int from, int to) { return RefStream.ofArray(a, from, to); }
    public static LongStream of(long[] a, int from, int to) { return RefStream.ofArray(a, from, to); }
    public static DoubleStream of(double[] a, int from, int to) { return RefStream.ofArray(a, from, to); }
    public static IntStream chars(CharSequence s) { return RefStream.chars(s); }
    public static Stream<String> lines(String s) { return RefStream.lines(s); }

    /** Random.ints/longs/doubles: size values of a generator; the size is known, so count() takes none. */
    public static IntStream ints(long size, java.util.function.IntSupplier s) {
        return new IntPipeline(RefStream.fromIterator(new Generated<>(size, () -> s.getAsInt()), size));
    }

    public static LongStream longs(long size, java.util.function.LongSupplier s) {
        return new LongPipeline(RefStream.fromIterator(new Generated<>(size, () -> s.getAsLong()), size));
    }

    public static DoubleStream doubles(long size, java.util.function.DoubleSupplier s) {
        return new DoublePipeline(RefStream.fromIterator(new Generated<>(size, () -> s.getAsDouble()), size));
    }

    private static final class Generated<E> implements java.util.Iterator<E> {
        private final long size;
        private final java.util.function.Supplier<E> s;
        private long n;

        Generated(long size, java.util.function.Supplier<E> s) {
            this.size = size;
            this.s = s;
        }

        public boolean hasNext() { return n < size; }

        public E next() {
            if (n >= size) throw new java.util.NoSuchElementException();
            n++;
            return s.get();
        }
    }
}
