import java.util.*;
public class C216_Huffman {
    static abstract class Node implements Comparable<Node> {
        final int freq; final int order;
        Node(int f, int o) { freq = f; order = o; }
        public int compareTo(Node o) { return freq != o.freq ? Integer.compare(freq, o.freq) : Integer.compare(order, o.order); }
    }
    static final class Leaf extends Node { final char ch; Leaf(char c, int f, int o) { super(f, o); ch = c; } }
    static final class Inner extends Node { final Node l, r; Inner(Node l, Node r, int o) { super(l.freq + r.freq, o); this.l = l; this.r = r; } }
    static void codes(Node n, String prefix, Map<Character, String> out) {
        if (n instanceof Leaf lf) out.put(lf.ch, prefix.isEmpty() ? "0" : prefix);
        else { Inner in = (Inner) n; codes(in.l, prefix + '0', out); codes(in.r, prefix + '1', out); }
    }
    static String decode(Node root, String bits) {
        StringBuilder sb = new StringBuilder(); Node cur = root;
        for (char b : bits.toCharArray()) { cur = b == '0' ? ((Inner) cur).l : ((Inner) cur).r; if (cur instanceof Leaf lf) { sb.append(lf.ch); cur = root; } }
        return sb.toString();
    }
    public static void main(String[] args) {
        String text = "this is an example of a huffman tree built from scratch for the conformance corpus";
        TreeMap<Character, Integer> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1, Integer::sum);
        System.out.println("freq " + freq);
        PriorityQueue<Node> pq = new PriorityQueue<>();
        int order = 0;
        for (Map.Entry<Character, Integer> e : freq.entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        while (pq.size() > 1) { Node a = pq.poll(), b = pq.poll(); pq.add(new Inner(a, b, order++)); }
        Node root = pq.poll();
        Map<Character, String> code = new TreeMap<>();
        codes(root, "", code);
        for (Map.Entry<Character, String> e : code.entrySet()) System.out.println("'" + e.getKey() + "' " + freq.get(e.getKey()) + " " + e.getValue());
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(code.get(c));
        System.out.println("bits=" + bits.length() + " vs fixed " + text.length() * 8 + " ratio " + (double) bits.length() / (text.length() * 8));
        System.out.println(bits.substring(0, 64));
        String back = decode(root, bits.toString());
        System.out.println("decoded ok: " + back.equals(text));
        long weighted = 0; for (Map.Entry<Character, String> e : code.entrySet()) weighted += (long) freq.get(e.getKey()) * e.getValue().length();
        System.out.println("weighted length " + weighted + " root freq " + root.freq);
    }
}
