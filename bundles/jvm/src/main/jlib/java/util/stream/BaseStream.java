package java.util.stream;

import java.util.Iterator;

/** The operations every stream kind has: iteration, the (sequential-only) mode switches, closing. */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {
    Iterator<T> iterator();
    boolean isParallel();
    S sequential();
    S parallel();
    S unordered();
    S onClose(Runnable closeHandler);
    void close();
}
