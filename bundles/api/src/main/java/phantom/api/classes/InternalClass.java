package phantom.api.classes;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import phantom.api.space.ObjectSpace;

/**
 * A class whose methods are written in Java. The VM binds it by {@link #className()} and calls
 * its methods by ordinal, the index into {@link #methods()}. Each is registered as a service, so
 * an updated bundle replaces the implementation at the next call while programs run.
 *
 * <p>Arguments are references (immediate integers for numbers) that the caller keeps owning;
 * the result is a reference the VM takes ownership of (a fresh object, a retained one, an
 * immediate, or null).
 */
@ConsumerType
public interface InternalClass {

    /** Service property carrying {@link #className()}, for filters. */
    String CLASS_NAME = "phantom.class.name";

    String className();

    int classVersion();

    /** Method names, indexed by ordinal. An ordinal never changes meaning between versions. */
    List<String> methods();

    /** Shape of an instance made by the VM's {@code new}: reference slots. */
    default int instanceRefSlots() { return 0; }

    /** Shape of an instance made by the VM's {@code new}: data bytes. */
    default int instanceDataBytes() { return 0; }

    long invoke(NativeCall call, int ordinal, long self, long[] args);

    /**
     * The method of {@code ordinal} as a {@link DirectMethod}, which call sites of its exact
     * signature bind once and call without boxing; null (the default) to be called through
     * {@link #invoke} only. Asked again after this class's bundle comes or goes.
     */
    default DirectMethod direct(int ordinal) { return null; }

    /** True when {@link #onRestart} must be called after the space is restored. */
    default boolean wantsRestartCall() { return false; }

    /** Rebuilds kernel state (open files, timers) that the restored space refers to. */
    default void onRestart(ObjectSpace space) {}
}
