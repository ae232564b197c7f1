package java.lang;

public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    public StringIndexOutOfBoundsException() { super(); }
    public StringIndexOutOfBoundsException(String message) { super(message); }
    public StringIndexOutOfBoundsException(int index) { super("String index out of range: " + index); }

    /** "Index i out of bounds for length n", as the JDK's String and StringBuilder checks. */
    static StringIndexOutOfBoundsException index(int index, int length) {
        return new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    /** "Range [b, e) out of bounds for length n". */
    static StringIndexOutOfBoundsException range(int begin, int end, int length) {
        return new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + length);
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) throw index(index, length);
    }

    static void checkRange(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) throw range(begin, end, length);
    }
}
