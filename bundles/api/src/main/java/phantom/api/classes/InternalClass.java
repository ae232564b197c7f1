package phantom.api.classes;

import org.osgi.annotation.versioning.ConsumerType;

import phantom.api.space.ObjectSpace;

/**
 * A class whose methods are written in Java. The VM binds it by {@link #className()} and
 * {@link #classVersion()}, and calls it by method ordinal. Registered as a service, so an
 * updated bundle replaces the implementation at the next call.
 */
@ConsumerType
public interface InternalClass {

    /** The service property that carries the class name, for filtering. */
    String CLASS_NAME = "phantom.class.name";

    String className();

    int classVersion();

    /** Method names, indexed by ordinal. */
    String[] methods();

    /**
     * Calls method {@code ordinal} on {@code self} with {@code args} (counted references owned
     * by the caller) and returns a counted reference owned by the caller.
     */
    long invoke(ObjectSpace space, int ordinal, long self, long[] args);

    /** True when {@link #onRestart} must be called after the space is restored. */
    default boolean wantsRestartCall() { return false; }

    /** Rebuilds kernel state (open files, timers) that the restored space refers to. */
    default void onRestart(ObjectSpace space) {}
}
