package phantom.vm.impl;

import java.util.function.Function;

import phantom.vm.code.Verifier;

/**
 * Resource limits that keep one program from taking what others need (docs/architecture.md,
 * "Isolation"). Immutable; read from framework properties {@code phantom.vm.limit.<name>} by
 * {@link #from}, defaults otherwise.
 *
 * @param code           what the verifier accepts (class file size, methods, code length, locals, stacks)
 * @param maxInheritance longest superclass chain
 * @param maxFrames      deepest call nesting of one thread; a call past it raises {@code stack overflow}
 * @param maxStringBytes largest string, UTF-8 bytes
 * @param maxArrayLength most elements of an array
 * @param maxBinaryBytes largest binary
 * @param realtimeThreads how many threads may be real-time at once (0: none)
 * @param programSpacePercent the most of the space's capacity one program may hold, in percent (0: no limit)
 */
public record VmLimits(Verifier.Limits code, int maxInheritance, int maxFrames, int maxStringBytes, int maxArrayLength,
                       int maxBinaryBytes, int realtimeThreads, int programSpacePercent) {

    public static final VmLimits DEFAULT = new VmLimits(Verifier.Limits.DEFAULT, 64, 250_000, 4 << 20, 1 << 22, 16 << 20, 0, 50);

    /** The byte quota per program for a space of {@code capacity} bytes (0: none). */
    public long programQuota(long capacity) {
        return programSpacePercent == 0 || programSpacePercent >= 100 ? 0 : capacity / 100 * programSpacePercent;
    }

    /** Limits from properties named {@code phantom.vm.limit.<component name>}; a missing or blank one keeps its default. */
    public static VmLimits from(Function<String, String> props) {
        Verifier.Limits c = Verifier.Limits.DEFAULT;
        VmLimits d = DEFAULT;
        return new VmLimits(
            new Verifier.Limits(get(props, "classBytes", c.maxClassBytes()), get(props, "methods", c.maxMethods()),
                get(props, "codeBytes", c.maxCodeBytes()), get(props, "locals", c.maxLocals()), get(props, "stack", c.maxStack())),
            get(props, "inheritance", d.maxInheritance), get(props, "frames", d.maxFrames),
            get(props, "stringBytes", d.maxStringBytes), get(props, "arrayLength", d.maxArrayLength),
            get(props, "binaryBytes", d.maxBinaryBytes), get(props, "realtimeThreads", d.realtimeThreads),
            get(props, "programSpacePercent", d.programSpacePercent));
    }

    private static int get(Function<String, String> props, String name, int dflt) {
        String v = props.apply("phantom.vm.limit." + name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("phantom.vm.limit." + name + " must be a number >= 0, is '" + v + "'");
        }
    }
}
