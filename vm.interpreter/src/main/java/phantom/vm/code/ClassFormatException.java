package phantom.vm.code;

/** A class file that cannot be loaded; the message names the class, method and offset. */
public class ClassFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ClassFormatException(String className, String message) {
        super("class " + className + ": " + message);
    }

    public ClassFormatException(String className, String method, int offset, String message) {
        super("class " + className + ", method " + method + ", offset " + offset + ": " + message);
    }

    /** With the source line of the offset, when the class file has a line table ({@code line} > 0). */
    public ClassFormatException(String className, String method, int offset, int line, String message) {
        super("class " + className + ", method " + method + ", offset " + offset + (line > 0 ? " (line " + line + ")" : "") + ": " + message);
    }
}
