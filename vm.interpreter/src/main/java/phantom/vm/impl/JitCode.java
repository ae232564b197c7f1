package phantom.vm.impl;

/**
 * A method compiled to JVM bytecode (a hidden class {@link Jit} writes). It reads its arguments
 * from the interpreter's argument arrays, as an interpreted callee does, and returns its result
 * (int, long or double bits, or an uncounted reference; 0 for void). When it has to leave before
 * it is done it leaves its frame with the interpreter instead ({@code Interpreter.jitDump}).
 */
interface JitCode {
    long run(Interpreter x, JitMethod j, long receiver);

    /** Goes on with a frame the interpreter ran so far: its registers laid out as a frame dump, at {@code pc}. */
    long resume(Interpreter x, JitMethod j, long[] slots, int pc);
}
