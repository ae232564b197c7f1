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
}
