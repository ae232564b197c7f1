package java.lang;

/**
 * Calls through String's supertypes (Comparable, CharSequence): a VM string is not an instance of
 * the library's interfaces, so the front end sends these calls here, where a String is answered
 * by its own methods and anything else by the interface call. The front end translates the
 * interface calls in this class as they are.
 */
public final class PhantomDispatch {
    private PhantomDispatch() {}

    @SuppressWarnings("unchecked")
    public static int compareTo(Object self, Object other) {
        if (self instanceof String) return ((String) self).compareTo((String) other);
        return ((Comparable<Object>) self).compareTo(other);
    }

    public static int length(Object self) {
        if (self instanceof String) return ((String) self).length();
        return ((CharSequence) self).length();
    }

    public static char charAt(Object self, int i) {
        if (self instanceof String) return ((String) self).charAt(i);
        return ((CharSequence) self).charAt(i);
    }

    public static CharSequence subSequence(Object self, int from, int to) {
        if (self instanceof String) return ((String) self).substring(from, to);
        return ((CharSequence) self).subSequence(from, to);
    }

    public static boolean isEmpty(Object self) { return length(self) == 0; }

    public static java.util.stream.IntStream chars(Object self) {
        if (self instanceof String) return java.util.stream.PhantomStreams.chars((String) self);
        return java.util.stream.PhantomStreams.chars((CharSequence) self);
    }

    /** String.valueOf(Object): "null" or the object's toString. */
    public static String valueOf(Object o) { return o == null ? "null" : o.toString(); }

    /** Object's toString for super.toString(): the class name and the hash code in hex. */
    public static String objectToString(Object self) { return self.getClass().getName() + "@" + Integer.toHexString(self.hashCode()); }

    /** Object's hashCode for super.hashCode(): the identity hash. */
    public static int objectHashCode(Object self) { return System.identityHashCode(self); }

    /** Object's clone for super.clone(): a shallow copy of a Cloneable, else CloneNotSupportedException naming the class. */
    public static Object objectClone(Object self) throws CloneNotSupportedException {
        if (!(self instanceof Cloneable)) throw new CloneNotSupportedException(self.getClass().getName());
        return PhantomNative.shallowCopy(self);
    }

    /** Object's equals for super.equals(o): identity. */
    public static boolean objectEquals(Object self, Object other) { return self == other; }
}
