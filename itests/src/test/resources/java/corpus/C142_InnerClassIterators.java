import java.util.*;
public class C142_InnerClassIterators {
    static class Range implements Iterable<Integer> {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() { int cur = lo; public boolean hasNext() { return step > 0 ? cur < hi : cur > hi; } public Integer next() { int v = cur; cur += step; return v; } };
        }
    }
    static class LinkedStack<T> implements Iterable<T> {
        private class Node { T val; Node next; Node(T v, Node n) { val = v; next = n; } }
        private Node head; private int size;
        void push(T v) { head = new Node(v, head); size++; }
        T pop() { T v = head.val; head = head.next; size--; return v; }
        class Iter implements Iterator<T> { Node cur = head; public boolean hasNext() { return cur != null; } public T next() { T v = cur.val; cur = cur.next; return v; } }
        public Iterator<T> iterator() { return new Iter(); }
    }
    static class Fib implements Iterable<Long> { final int n; Fib(int n) { this.n = n; } public Iterator<Long> iterator() { return new Iterator<>() { long a = 0, b = 1; int i; public boolean hasNext() { return i < n; } public Long next() { long r = a; a = b; b = r + b; i++; return r; } }; } }
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int x : new Range(0, 20, 3)) sb.append(x).append(' ');
        for (int x : new Range(10, 0, -4)) sb.append(x).append(' ');
        System.out.println(sb.toString().trim());
        LinkedStack<String> st = new LinkedStack<>();
        for (String s : "one two three four".split(" ")) st.push(s);
        StringBuilder s2 = new StringBuilder();
        for (String s : st) s2.append(s).append(',');
        System.out.println(s2 + " size=" + st.size + " pop=" + st.pop() + " size=" + st.size);
        Iterator<String> it1 = st.iterator(), it2 = st.iterator();
        it1.next();
        System.out.println(it1.next() + " " + it2.next());
        long sum = 0; for (long f : new Fib(50)) sum += f;
        System.out.println("fib sum " + sum);
        Range empty = new Range(5, 5, 1);
        System.out.println("empty has next " + empty.iterator().hasNext());
    }
}
