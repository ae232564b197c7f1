import java.util.*;
public class C113_IteratorRemove {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 15; i++) l.add(i);
        Iterator<Integer> it = l.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(l);
        try { for (Integer x : l) if (x == 4) l.remove(x); } catch (ConcurrentModificationException e) { System.out.println("CME caught"); }
        System.out.println(l);
        try { Iterator<Integer> i2 = l.iterator(); i2.remove(); } catch (IllegalStateException e) { System.out.println("ISE remove before next"); }
        Map<String, Integer> m = new TreeMap<>();
        for (String s : "a b c d e f".split(" ")) m.put(s, s.charAt(0) - 'a');
        Iterator<Map.Entry<String, Integer>> mi = m.entrySet().iterator();
        while (mi.hasNext()) { Map.Entry<String, Integer> e = mi.next(); if (e.getValue() % 2 == 1) mi.remove(); else e.setValue(e.getValue() * 100); }
        System.out.println(m);
        m.keySet().removeIf(k -> k.equals("c"));
        m.values().remove(400);
        System.out.println(m);
        LinkedList<String> ll = new LinkedList<>(List.of("x1", "y2", "x3", "y4", "x5"));
        ListIterator<String> li = ll.listIterator(ll.size());
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) { int idx = li.previousIndex(); String s = li.previous(); back.append(idx).append('=').append(s).append(' '); if (s.startsWith("y")) li.remove(); }
        System.out.println(back.toString().trim() + " -> " + ll);
        Set<Integer> hs = new HashSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        hs.removeIf(x -> x > 5);
        Iterator<Integer> si = hs.iterator();
        si.next(); si.remove();
        System.out.println(hs.size());
    }
}
