package java.lang;

/** The superclass of enums; each constant registers itself with its class for valueOf. */
public abstract class Enum<E extends Enum<E>> implements Comparable<E> {
    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
        Class<?> c = declaring(this);
        if (c.constants == null) c.constants = new Enum<?>[8];
        if (c.constantCount == c.constants.length) {
            Enum<?>[] more = new Enum<?>[c.constantCount * 2];
            for (int i = 0; i < c.constantCount; i++) more[i] = c.constants[i];
            c.constants = more;
        }
        c.constants[c.constantCount++] = this;
    }

    public final String name() { return name; }

    public final int ordinal() { return ordinal; }

    public String toString() { return name; }

    public final boolean equals(Object o) { return this == o; }

    public final int hashCode() { return super.hashCode(); }

    public final int compareTo(E o) { return ordinal - ((Enum<?>) o).ordinal; }

    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() { return (Class<E>) declaring(this); }

    /**
     * The enum class of a constant: a constant with a body is an anonymous subclass, Op$1 for
     * enum Op (an anonymous class that is an enum can only be a constant's body).
     */
    private static Class<?> declaring(Object e) {
        Class<?> c = Class.$of(e);
        String n = c.getName();
        int i = n.lastIndexOf('$');
        if (i <= 0 || i == n.length() - 1) return c;
        for (int k = i + 1; k < n.length(); k++) if (n.charAt(k) < '0' || n.charAt(k) > '9') return c;
        return Class.$named(n.substring(0, i));
    }

    /** A constant by name; an enum constant with a body is a subclass, registered under the enum's name too. */
    public static <T extends Enum<T>> T valueOf(Class<T> type, String name) {
        if (name == null) throw new NullPointerException("Name is null");
        Enum<?>[] all = type.constants;
        for (int i = 0; all != null && i < type.constantCount; i++) {
            if (all[i].name.equals(name)) return type.cast(all[i]);
        }
        throw new IllegalArgumentException("No enum constant " + type.getCanonicalName() + "." + name);
    }
}
