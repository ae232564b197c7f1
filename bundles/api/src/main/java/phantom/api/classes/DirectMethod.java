package phantom.api.classes;

import java.util.Objects;

/**
 * A method of an internal class that a call site binds once and then calls with its arguments
 * as the VM's registers hold them: no boxing, no argument array, no lookup by name. An internal
 * class offers one through {@link InternalClass#direct}; the VM uses it only at call sites whose
 * signature is exactly {@link #descriptor()}, and calls {@link InternalClass#invoke} elsewhere, so
 * both must do the same.
 *
 * <p>Parameters: at most two, each {@code O} (a reference the caller keeps owning, not counted
 * for the method), {@code I} (the int, sign-extended) or {@code J} (the long); unused ones are 0.
 * The result: {@code I} and {@code J} their value, {@code V} ignored, {@code O} a reference the VM
 * takes ownership of, as from {@code invoke}, unless {@link #borrowsResult()}. A direct method
 * must not block: {@link NativeCall#sleepUntil} and {@link NativeCall#retryLater} are for
 * methods called through {@code invoke}.
 *
 * @param descriptor    the call's signature, as a call site writes it: {@code (I)O}, {@code ()I}, {@code (O)V}
 * @param borrowsResult a reference result is not counted for the VM: an object the receiver
 *                      holds (an array's element), which the VM treats as it treats a field it
 *                      read, valid in the caller's frame until the receiver lets it go
 * @param body          the method
 */
public record DirectMethod(String descriptor, boolean borrowsResult, Body body) {

    /** The method's code: {@code self} the receiver (null for a static call), {@code a0} and {@code a1} the arguments. */
    @FunctionalInterface
    public interface Body {
        long call(NativeCall call, long self, long a0, long a1);
    }

    public DirectMethod {
        Objects.requireNonNull(body, "body");
        if (descriptor == null || !descriptor.matches("\\([OIJ]{0,2}\\)[VOIJ]")) {
            throw new IllegalArgumentException("a direct method takes at most two O, I or J parameters and returns V, O, I or J, not '"
                + descriptor + "'");
        }
    }

    /** A direct method whose reference result, if any, is the VM's to own. */
    public static DirectMethod of(String descriptor, Body body) { return new DirectMethod(descriptor, false, body); }

    /** A direct method returning a reference the receiver keeps holding (not counted for the VM). */
    public static DirectMethod borrowing(String descriptor, Body body) { return new DirectMethod(descriptor, true, body); }

    /** The parameter kinds, in order ({@code "OI"} for {@code (OI)V}). */
    public String params() { return descriptor.substring(1, descriptor.indexOf(')')); }

    /** The result kind. */
    public char ret() { return descriptor.charAt(descriptor.length() - 1); }
}
