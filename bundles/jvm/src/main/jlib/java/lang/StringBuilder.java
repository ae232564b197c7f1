package java.lang;

/** A growable char[]; the text becomes a VM string only at toString. */
public final class StringBuilder implements CharSequence, Comparable<StringBuilder> {
    private char[] value;
    private int count;

    public StringBuilder() { value = new char[16]; }
    public StringBuilder(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException(String.valueOf(capacity));
        value = new char[capacity];
    }
    public StringBuilder(String s) { value = new char[s.length() + 16]; append(s); }
    public StringBuilder(CharSequence s) { value = new char[s.length() + 16]; append(s); }

    private void room(int more) {
        int need = count + more;
        if (need <= value.length) return;
        int n = value.length * 2 + 2;
        if (n < need) n = need;
        char[] v = new char[n];
        for (int i = 0; i < count; i++) v[i] = value[i];
        value = v;
    }

    public StringBuilder append(String s) {
        if (s == null) s = "null";
        int n = s.length();
        room(n);
        PhantomNative.getChars(s, 0, n, value, count);
        count += n;
        return this;
    }

    public StringBuilder append(Object o) { return append(String.valueOf(o)); }
    public StringBuilder append(CharSequence s) { return append(String.valueOf(s)); }
    public StringBuilder append(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        if (start < 0 || start > end || end > s.length()) throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        for (int i = start; i < end; i++) append(s.charAt(i));
        return this;
    }
    public StringBuilder append(char[] a) { return append(a, 0, a.length); }
    public StringBuilder append(char[] a, int off, int len) {
        room(len);
        for (int i = 0; i < len; i++) value[count++] = a[off + i];
        return this;
    }
    public StringBuilder append(StringBuilder b) { return append(b == null ? "null" : b.toString()); }
    public StringBuilder append(char c) {
        room(1);
        value[count++] = c;
        return this;
    }
    public StringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) return append((char) codePoint);
        return append(Character.toChars(codePoint));
    }
    public StringBuilder append(int v) { return append(PhantomNative.fromInt(v)); }
    public StringBuilder append(long v) { return append(PhantomNative.fromLong(v)); }
    public StringBuilder append(double v) { return append(PhantomNative.fromDouble(v)); }
    public StringBuilder append(float v) { return append(PhantomNative.fromFloat(v)); }
    public StringBuilder append(boolean v) { return append(v ? "true" : "false"); }

    private void checkIndex(int i, int length) {
        if (i < 0 || i >= length) throw new StringIndexOutOfBoundsException("index " + i + ",length " + length);
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
    }

    public StringBuilder insert(int offset, String s) {
        checkOffset(offset);
        if (s == null) s = "null";
        int n = s.length();
        room(n);
        for (int i = count - 1; i >= offset; i--) value[i + n] = value[i];
        PhantomNative.getChars(s, 0, n, value, offset);
        count += n;
        return this;
    }
    public StringBuilder insert(int offset, char c) { return insert(offset, String.valueOf(c)); }
    public StringBuilder insert(int offset, int v) { return insert(offset, String.valueOf(v)); }
    public StringBuilder insert(int offset, long v) { return insert(offset, String.valueOf(v)); }
    public StringBuilder insert(int offset, double v) { return insert(offset, String.valueOf(v)); }
    public StringBuilder insert(int offset, boolean v) { return insert(offset, String.valueOf(v)); }
    public StringBuilder insert(int offset, Object o) { return insert(offset, String.valueOf(o)); }
    public StringBuilder insert(int offset, char[] a) { return insert(offset, new String(a)); }

    public StringBuilder delete(int start, int end) {
        if (end > count) end = count;
        if (start < 0 || start > end) throw new StringIndexOutOfBoundsException("Range [" + start + ", " + end + ") out of bounds for length " + count);
        int n = end - start;
        for (int i = end; i < count; i++) value[i - n] = value[i];
        count -= n;
        return this;
    }

    public StringBuilder deleteCharAt(int i) {
        checkIndex(i, count);
        return delete(i, i + 1);
    }

    public StringBuilder replace(int start, int end, String s) {
        if (start < 0 || start > count || start > end) throw new StringIndexOutOfBoundsException("Range [" + start + ", " + end + ") out of bounds for length " + count);
        if (end > count) end = count;
        delete(start, end);
        return insert(start, s);
    }

    public StringBuilder reverse() {
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char t = value[i];
            value[i] = value[j];
            value[j] = t;
        }
        return this;
    }

    public void setCharAt(int i, char c) {
        checkIndex(i, count);
        value[i] = c;
    }

    public char charAt(int i) {
        checkIndex(i, count);
        return value[i];
    }

    public int length() { return count; }

    public int codePointAt(int i) {
        if (i < 0 || i >= count) throw new StringIndexOutOfBoundsException("index " + i + ", length " + count);
        return Character.codePointAt(this, i);
    }

    public int codePointBefore(int i) {
        if (i < 1 || i > count) throw new StringIndexOutOfBoundsException("index " + i + ", length " + count);
        return Character.codePointBefore(this, i);
    }

    public int codePointCount(int begin, int end) { return Character.codePointCount(this, begin, end); }

    public int capacity() { return value.length; }

    public boolean isEmpty() { return count == 0; }

    public void setLength(int n) {
        if (n < 0) throw new StringIndexOutOfBoundsException("String index out of range: " + n);
        room(n - count > 0 ? n - count : 0);
        for (int i = count; i < n; i++) value[i] = 0;
        count = n;
    }

    public int indexOf(String s) { return toString().indexOf(s); }
    public int indexOf(String s, int from) { return toString().indexOf(s, from); }
    public int lastIndexOf(String s) { return toString().lastIndexOf(s); }
    public String substring(int start) { return substring(start, count); }
    public String substring(int start, int end) {
        if (start < 0 || start > end || end > count) throw new StringIndexOutOfBoundsException("Range [" + start + ", " + end + ") out of bounds for length " + count);
        return PhantomNative.fromChars(value, start, end - start);
    }
    public CharSequence subSequence(int start, int end) { return substring(start, end); }

    public int compareTo(StringBuilder other) { return toString().compareTo(other.toString()); }

    public String toString() { return PhantomNative.fromChars(value, 0, count); }
}
