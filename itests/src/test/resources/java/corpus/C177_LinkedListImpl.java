public class C177_LinkedListImpl {
    static final class IntList {
        private static final class Node { int v; Node next; Node(int v, Node n) { this.v = v; next = n; } }
        private Node head; private int size;
        void addFirst(int v) { head = new Node(v, head); size++; }
        void addLast(int v) { if (head == null) { addFirst(v); return; } Node n = head; while (n.next != null) n = n.next; n.next = new Node(v, null); size++; }
        boolean remove(int v) { Node prev = null; for (Node n = head; n != null; prev = n, n = n.next) if (n.v == v) { if (prev == null) head = n.next; else prev.next = n.next; size--; return true; } return false; }
        void reverse() { Node prev = null, cur = head; while (cur != null) { Node nx = cur.next; cur.next = prev; prev = cur; cur = nx; } head = prev; }
        int middle() { Node slow = head, fast = head; while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; } return slow.v; }
        void sort() { head = mergeSort(head); }
        private static Node mergeSort(Node h) {
            if (h == null || h.next == null) return h;
            Node slow = h, fast = h.next; while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; }
            Node second = slow.next; slow.next = null;
            Node a = mergeSort(h), b = mergeSort(second), dummy = new Node(0, null), t = dummy;
            while (a != null && b != null) { if (a.v <= b.v) { t.next = a; a = a.next; } else { t.next = b; b = b.next; } t = t.next; }
            t.next = a != null ? a : b;
            return dummy.next;
        }
        @Override public String toString() { StringBuilder sb = new StringBuilder("["); for (Node n = head; n != null; n = n.next) { sb.append(n.v); if (n.next != null) sb.append(", "); } return sb.append("] size=").append(size).toString(); }
    }
    public static void main(String[] args) {
        IntList l = new IntList();
        for (int i = 0; i < 10; i++) { if (i % 2 == 0) l.addFirst(i * 7 % 11); else l.addLast(i * 5 % 13); }
        System.out.println(l);
        System.out.println("middle " + l.middle());
        l.reverse(); System.out.println(l);
        System.out.println(l.remove(6) + " " + l.remove(100) + " " + l);
        l.sort(); System.out.println(l);
        IntList big = new IntList();
        long seed = 99;
        for (int i = 0; i < 2000; i++) { seed = seed * 25214903917L + 11 & ((1L << 48) - 1); big.addFirst((int) (seed >>> 17) % 1000); }
        big.sort();
        String s = big.toString();
        System.out.println(s.substring(0, 60) + " ... " + s.substring(s.length() - 30));
    }
}
