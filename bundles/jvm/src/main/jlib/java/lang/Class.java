package java.lang;

/**
 * Class objects as far as programs without reflection use them: one per class name, so
 * getClass() == other.getClass() holds as on the JVM; names as Java spells them.
 */
public final class Class<T> {
    private static Class<?> first;
    private final String name;
    private final Class<?> next;
    /** An enum class's constants in ordinal order, registered by Enum's constructor. */
    Enum<?>[] constants;
    int constantCount;

    private Class(String name, Class<?> next) {
        this.name = name;
        this.next = next;
    }

    /** The class of an object (Object.getClass()). */
    public static Class<?> $of(Object o) {
        if (o == null) throw new NullPointerException();
        return $named(javaName(PhantomNative.className(o)));
    }

    /** The class of a name as Java writes it (a class literal). */
    public static Class<?> $named(String name) {
        for (Class<?> c = first; c != null; c = c.next) if (c.name.equals(name)) return c;
        first = new Class<Object>(name, first);
        return first;
    }

    /** The VM's names of classes as Java's: "string[][]" is "[[Ljava.lang.String;", "int[]" "[I". */
    static String javaName(String vm) {
        if (vm.endsWith("[]")) return "[" + descriptor(vm.substring(0, vm.length() - 2));
        switch (vm) {
            case "string": return "java.lang.String";
            case "object": return "java.lang.Object";
            default: return vm;
        }
    }

    /** An array element's part of a Java array class name. */
    private static String descriptor(String vmElement) {
        switch (vmElement) {
            case "int": return "I";
            case "long": return "J";
            case "double": return "D";
            case "float": return "F";
            case "char": return "C";
            case "short": return "S";
            case "byte": return "B";
            default: return vmElement.endsWith("[]") ? javaName(vmElement) : "L" + javaName(vmElement) + ";";
        }
    }

    public String getName() { return name; }

    /** Assertions are off, as in HotSpot without -ea. */
    public boolean desiredAssertionStatus() { return false; }

    public String getSimpleName() {
        if (name.startsWith("[")) return name;
        int i = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1;
        // a local class is Outer$1Local, an anonymous one Outer$1 (simple name "")
        if (name.lastIndexOf('$') == i - 1) while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') i++;
        return name.substring(i);
    }

    public String getTypeName() { return name; }

    public String getCanonicalName() { return name.replace('$', '.'); }

    @SuppressWarnings("unchecked")
    public T cast(Object o) { return (T) o; }

    public boolean isArray() { return name.startsWith("["); }

    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        if (constants == null) return null;
        Enum<?>[] out = new Enum<?>[constantCount];
        for (int i = 0; i < constantCount; i++) out[i] = constants[i];
        return (T[]) out;
    }

    public String toString() { return (name.startsWith("[") ? "class " : "class ") + name; }
}
