public class C062_GenericClasses {
    static class Box<T> {
        private T value;
        Box(T v) { value = v; }
        T get() { return value; }
        void set(T v) { value = v; }
        <R> Box<R> map(java.util.function.Function<? super T, ? extends R> f) { return new Box<>(f.apply(value)); }
        public String toString() { return "Box(" + value + ")"; }
    }
    static class Pair<A, B> {
        final A first; final B second;
        Pair(A a, B b) { first = a; second = b; }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        public String toString() { return "<" + first + ", " + second + ">"; }
    }
    static class Stack<E> {
        private Object[] items = new Object[2]; private int size;
        void push(E e) { if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2); items[size++] = e; }
        @SuppressWarnings("unchecked") E pop() { E e = (E) items[--size]; items[size] = null; return e; }
        boolean isEmpty() { return size == 0; }
    }
    static class Node<T extends Comparable<T>> { T val; Node<T> next; Node(T v, Node<T> n) { val = v; next = n; } }
    static <T extends Comparable<T>> T maxOf(Node<T> n) { T m = n.val; for (; n != null; n = n.next) if (n.val.compareTo(m) > 0) m = n.val; return m; }
    public static void main(String[] args) {
        Box<Integer> bi = new Box<>(21);
        Box<String> bs = bi.map(x -> "n=" + (x * 2));
        System.out.println(bi + " " + bs + " " + bs.get().length());
        bi.set(bi.get() + 1);
        System.out.println(bi.get());
        Pair<String, Double> p = new Pair<>("pi", 3.14);
        System.out.println(p + " " + p.swap() + " " + p.swap().first);
        Stack<String> st = new Stack<>();
        for (String s : "a b c d e".split(" ")) st.push(s);
        StringBuilder sb = new StringBuilder();
        while (!st.isEmpty()) sb.append(st.pop());
        System.out.println(sb);
        Node<String> list = new Node<>("pear", new Node<>("zucchini", new Node<>("apple", null)));
        System.out.println(maxOf(list) + " " + maxOf(new Node<>(3, new Node<>(9, new Node<>(4, null)))));
        Box<Box<Pair<Integer, String>>> nested = new Box<>(new Box<>(new Pair<>(1, "one")));
        System.out.println(nested + " " + nested.get().get().second);
    }
}
