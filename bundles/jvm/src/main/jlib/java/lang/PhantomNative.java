package java.lang;

/**
 * The class library's only way out of bytecode: each method is bound by the front end
 * (phantom.jvm.Natives) to an instruction or an internal-class method of the VM. Nothing else
 * in the library is native; everything else is Java translated like user code.
 */
public final class PhantomNative {
    private PhantomNative() {}

    // ---- strings (VM strings are immutable UTF-8; indexes count UTF-16 units as Java's do)
    public static native int length(String s);
    /** No bounds check: callers check first. */
    public static native char charAt(String s, int i);
    /** No bounds check: callers check first. */
    public static native String substring(String s, int from, int to);
    public static native String concat(String a, String b);
    /** String.indexOf(needle, from) exactly. */
    public static native int indexOf(String s, String needle, int from);
    /** String.lastIndexOf(needle, from) exactly. */
    public static native int lastIndexOf(String s, String needle, int from);
    /** String.compareTo exactly (difference of the first differing chars, or of the lengths). */
    public static native int compareTo(String a, String b);
    public static native boolean equals(String a, String b);
    /** String.hashCode exactly. */
    public static native int hashCode(String s);
    public static native String toLowerCase(String s);
    public static native String toUpperCase(String s);
    public static native String fromChar(char c);
    /** The chars a[off, off+len) as a string (bounds checked by the caller). */
    public static native String fromChars(char[] a, int off, int len);
    /** Copies s[from, to) into dst at at (bounds checked by the caller). */
    public static native void getChars(String s, int from, int to, char[] dst, int at);
    /** Integer.toString, Long.toString, Double.toString and Float.toString exactly. */
    public static native String fromInt(int v);
    public static native String fromLong(long v);
    public static native String fromDouble(double v);
    public static native String fromFloat(float v);
    /** Double.parseDouble's value, or NaN with isDouble false when the text is not a number. */
    public static native double parseDouble(String s);
    public static native boolean isDouble(String s);

    // ---- console: the program's tty (System.out and System.err both write there)
    public static native void print(String s);

    // ---- time
    public static native long nanoTime();
    public static native long currentTimeMillis();

    // ---- math (java.lang.Math's results exactly, computed by the host JVM)
    public static native double sqrt(double a);
    public static native double sin(double a);
    public static native double cos(double a);
    public static native double tan(double a);
    public static native double asin(double a);
    public static native double acos(double a);
    public static native double atan(double a);
    public static native double atan2(double y, double x);
    public static native double exp(double a);
    public static native double log(double a);
    public static native double log10(double a);
    public static native double pow(double a, double b);
    public static native double cbrt(double a);
    public static native double hypot(double a, double b);
    public static native double floor(double a);
    public static native double ceil(double a);
    public static native double rint(double a);

    // ---- bits (a float is its IEEE bits on the VM's integer stack, a double its 64 bits)
    public static native int floatToRawIntBits(float f);
    public static native float intBitsToFloat(int bits);
    public static native long doubleToRawLongBits(double d);
    public static native double longBitsToDouble(long bits);

    // ---- threads and monitors (a VM thread is an object of the VM's class thread)
    /** A new VM thread running {@code target.run()}, scheduled at once; its thread object. */
    public static native Object spawn(Runnable target);
    /** The VM thread running the caller. */
    public static native Object currentVmThread();
    /** The VM's id of a VM thread. */
    public static native int vmThreadId(Object vmThread);
    /** Waits until the VM thread has ended. */
    public static native void join(Object vmThread);
    public static native boolean isAlive(Object vmThread);
    /** The VM's priority class: 0 normal, 1 real-time (a VM error when not admitted), 2 idle. */
    public static native void setVmPriority(Object vmThread, int priorityClass);
    /** The name the VM shows for the thread (tags of its console lines, vm:threads). */
    public static native void setVmThreadName(Object vmThread, String name);
    /** A daemon does not keep a run going (Java's rule for the JVM's exit). */
    public static native void setVmDaemon(Object vmThread, boolean daemon);
    public static native void sleep(long millis);
    /** Object.wait(millis) (0: no limit), notify, notifyAll on a monitor the caller holds. */
    /** True when notified, false when the time ran out (the monitor is held again either way). */
    public static native boolean monitorWait(Object o, long millis);
    public static native void monitorNotify(Object o);
    public static native void monitorNotifyAll(Object o);

    /**
     * Frames, innermost first, a line each: class, method, descriptor, source line (the backtrace
     * instruction): the calling thread's for null, else where the VM raised the error {@code vmError} ("" if unknown).
     */
    public static native String backtrace(Object vmError);
    /** The calling thread counts as failed when it ends (a Java main that died of an exception: exit status 1). */
    public static native void markThreadFailed();

    // ---- objects
    /** A shallow copy (the oclone instruction): same class, same fields, references shared. */
    public static native Object shallowCopy(Object o);
    /** A new array of the class and kind of array {@code prototype}, all zero or null (the newlike instruction). */
    public static native Object newLike(Object prototype, int length);
    /** The Java binary name of the object's class ("java.util.ArrayList", "Main$Node"). */
    public static native String className(Object o);
    /** A hash of the object's identity (Object.hashCode when a class does not override it). */
    public static native int identityHashCode(Object o);
    /** Object.toString when a class does not override it: the class name, '@', the identity hash in hex. */
    public static native String identityToString(Object o);
}
