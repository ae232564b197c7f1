import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class C924_StreamSupport {
    static void p(Object o) { System.out.println(o); }

    static final class Countdown implements Iterable<Integer> {
        final int from;
        Countdown(int from) { this.from = from; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int n = from;
                public boolean hasNext() { return n > 0; }
                public Integer next() { return n--; }
            };
        }
    }

    static final class Squares implements Spliterator<Long> {
        long i = 1;
        final long max;
        Squares(long max) { this.max = max; }
        public boolean tryAdvance(Consumer<? super Long> action) {
            if (i > max) return false;
            action.accept(i * i);
            i++;
            return true;
        }
        public Spliterator<Long> trySplit() { return null; }
        public long estimateSize() { return max - i + 1; }
        public int characteristics() { return ORDERED | SIZED | NONNULL; }
    }

    public static void main(String[] args) {
        Countdown c = new Countdown(6);
        p(StreamSupport.stream(c.spliterator(), false).map(x -> x * 10).toList());
        p(StreamSupport.stream(Spliterators.spliteratorUnknownSize(c.iterator(), Spliterator.ORDERED), false).filter(x -> x % 2 == 0).count());
        List<String> peeked = new ArrayList<>();
        p(StreamSupport.stream(new Squares(6), false).peek(x -> peeked.add("p" + x)).count() + " " + peeked);
        p(StreamSupport.stream(new Squares(6), false).peek(x -> peeked.add("q" + x)).filter(x -> x > 10).count() + " " + peeked);
        p(StreamSupport.stream(new Squares(5), false).mapToLong(Long::longValue).sum());
        List<String> names = new ArrayList<>(List.of("x", "yy", "zzz"));
        Spliterator<String> sp = names.spliterator();
        p(sp.estimateSize() + " " + sp.getExactSizeIfKnown() + " " + sp.hasCharacteristics(Spliterator.SIZED));
        sp.tryAdvance(s -> p("first " + s));
        sp.forEachRemaining(s -> p("rest " + s));
        p(StreamSupport.stream(names.spliterator(), false).collect(Collectors.joining("+")));
        Iterator<Integer> it = Spliterators.iterator(new Countdown(3).spliterator());
        while (it.hasNext()) System.out.print(it.next() + " ");
        p("");
        Spliterator<Integer> ws = new Countdown(4).spliterator();
        p(ws.getExactSizeIfKnown() + " " + ws.hasCharacteristics(Spliterator.SIZED));
        p(StreamSupport.stream(Spliterators.spliterator(new Object[] {"a", "b", "c"}, Spliterator.ORDERED), false).count());
    }
}
