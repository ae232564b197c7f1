package java.lang;

/**
 * One Java frame of a stack trace. Made from the VM's frames ({@link #$fromBacktrace}): the VM's
 * method names are the front end's (overloads carry their JVM types, constructors are init$...),
 * turned back into Java's here.
 */
public final class StackTraceElement {
    private final String declaringClass, methodName, fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) throw new NullPointerException("Declaring class is null");
        if (methodName == null) throw new NullPointerException("Method name is null");
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getClassName() { return declaringClass; }

    public String getMethodName() { return methodName; }

    public String getFileName() { return fileName; }

    public int getLineNumber() { return lineNumber; }

    public boolean isNativeMethod() { return false; }

    public String toString() {
        String where = fileName == null ? "Unknown Source" : lineNumber > 0 ? fileName + ":" + lineNumber : fileName;
        return declaringClass + "." + methodName + "(" + where + ")";
    }

    public boolean equals(Object o) {
        if (!(o instanceof StackTraceElement)) return false;
        StackTraceElement e = (StackTraceElement) o;
        return declaringClass.equals(e.declaringClass) && methodName.equals(e.methodName) && lineNumber == e.lineNumber
            && (fileName == null ? e.fileName == null : fileName.equals(e.fileName));
    }

    public int hashCode() { return 31 * (31 * declaringClass.hashCode() + methodName.hashCode()) + lineNumber; }

    /**
     * The Java frames of a VM backtrace made in {@code exceptionClass}'s constructor: the frames
     * of fillInStackTrace and of the exception's own constructors go, as on the JVM, and so do
     * the front end's helpers (the VM-error conversion, lambda classes, initialiser guards).
     */
    static StackTraceElement[] $fromBacktrace(String backtrace, String exceptionClass) {
        if (backtrace == null) return new StackTraceElement[0];
        String[] lines = backtrace.split("\n");
        int from = 0;
        while (from < lines.length && method(lines[from]).equals("fillInStackTrace")) from++;
        // the constructors of the exception's classes: up to the last one of the exception's own class
        int lastOwn = -1;
        for (int i = from; i < lines.length && method(lines[i]).equals("<init>"); i++) {
            if (field(lines[i], 0).equals(exceptionClass)) lastOwn = i;
        }
        if (lastOwn >= 0) from = lastOwn + 1;
        else while (from < lines.length && field(lines[from], 0).equals("java.lang.Throwable") && method(lines[from]).equals("<init>")) from++;
        while (from < lines.length && method(lines[from]).equals("$fromVm")) from++;
        StackTraceElement[] out = new StackTraceElement[lines.length - from];
        int n = 0;
        for (int i = from; i < lines.length; i++) {
            if (lines[i].isEmpty()) continue;
            String cls = field(lines[i], 0), vm = field(lines[i], 1), desc = field(lines[i], 2);
            if (cls.contains("$$Lambda") || cls.endsWith("$$statics") || vm.equals("$clinit")) continue;
            int line = Integer.parseInt(field(lines[i], 3));
            out[n++] = new StackTraceElement(cls, javaName(vm, desc), fileOf(cls), line);
        }
        StackTraceElement[] exact = new StackTraceElement[n];
        for (int i = 0; i < n; i++) exact[i] = out[i];
        return exact;
    }

    private static String method(String line) { return javaName(field(line, 1), field(line, 2)); }

    private static String field(String line, int k) {
        int from = 0;
        for (int i = 0; i < k; i++) from = line.indexOf(' ', from) + 1;
        int to = line.indexOf(' ', from);
        return to < 0 ? line.substring(from) : line.substring(from, to);
    }

    /** The Java name of a front-end method name (see phantom.jvm.Names.method). */
    static String javaName(String vm, String descriptor) {
        if (vm.startsWith("$clinit")) return "<clinit>";
        if (vm.startsWith("init$")) return "<init>";
        int cut = vm.indexOf("$private$");
        if (cut > 0) vm = vm.substring(0, cut);
        cut = vm.indexOf("$direct$");
        if (cut > 0) vm = vm.substring(0, cut);
        int result = vm.lastIndexOf("$$");
        if (result > 0) {
            vm = vm.substring(0, result);
            int params = descriptor.indexOf(')') - 1;
            for (int i = 0; i < params && vm.lastIndexOf('$') > 0; i++) vm = vm.substring(0, vm.lastIndexOf('$'));
        }
        return vm;
    }

    /** The source file javac names for a class: its outermost class's simple name. */
    private static String fileOf(String cls) {
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        int d = simple.indexOf('$');
        return (d > 0 ? simple.substring(0, d) : simple) + ".java";
    }
}
