package java.util.concurrent.atomic;

/** A long sum updated by many threads: here one value under this object's monitor. */
public class LongAdder extends Number {
    private long value;

    public LongAdder() {}

    public synchronized void add(long x) { value += x; }

    public void increment() { add(1L); }

    public void decrement() { add(-1L); }

    public synchronized long sum() { return value; }

    public synchronized void reset() { value = 0L; }

    public synchronized long sumThenReset() { long s = value; value = 0L; return s; }

    public String toString() { return Long.toString(sum()); }

    public long longValue() { return sum(); }

    public int intValue() { return (int) sum(); }

    public float floatValue() { return (float) sum(); }

    public double doubleValue() { return (double) sum(); }
}
