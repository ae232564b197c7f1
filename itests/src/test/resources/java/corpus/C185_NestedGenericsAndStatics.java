import java.util.*;
public class C185_NestedGenericsAndStatics {
    static class Graph<T extends Comparable<T>> {
        private final Map<T, Set<T>> adj = new TreeMap<>();
        void edge(T a, T b) { adj.computeIfAbsent(a, k -> new TreeSet<>()).add(b); adj.computeIfAbsent(b, k -> new TreeSet<>()); }
        List<T> topo() {
            Map<T, Integer> indeg = new TreeMap<>();
            for (T v : adj.keySet()) indeg.putIfAbsent(v, 0);
            for (Set<T> outs : adj.values()) for (T w : outs) indeg.merge(w, 1, Integer::sum);
            PriorityQueue<T> ready = new PriorityQueue<>();
            for (Map.Entry<T, Integer> e : indeg.entrySet()) if (e.getValue() == 0) ready.add(e.getKey());
            List<T> out = new ArrayList<>();
            while (!ready.isEmpty()) { T v = ready.poll(); out.add(v); for (T w : adj.get(v)) if (indeg.merge(w, -1, Integer::sum) == 0) ready.add(w); }
            return out.size() == adj.size() ? out : null;
        }
        List<T> dfs(T start) { List<T> out = new ArrayList<>(); Set<T> seen = new HashSet<>(); visit(start, seen, out); return out; }
        private void visit(T v, Set<T> seen, List<T> out) { if (!seen.add(v)) return; out.add(v); for (T w : adj.get(v)) visit(w, seen, out); }
    }
    public static void main(String[] args) {
        Graph<String> g = new Graph<>();
        String[][] deps = {{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}, {"undershorts", "pants"}, {"undershorts", "shoes"}};
        for (String[] d : deps) g.edge(d[0], d[1]);
        System.out.println("topo " + g.topo());
        System.out.println("dfs " + g.dfs("undershorts"));
        Graph<Integer> cyc = new Graph<>();
        cyc.edge(1, 2); cyc.edge(2, 3); cyc.edge(3, 1); cyc.edge(0, 1);
        System.out.println("cyclic topo " + cyc.topo() + " dfs " + cyc.dfs(0));
        Graph<Integer> div = new Graph<>();
        for (int a = 1; a <= 12; a++) for (int b = a * 2; b <= 12; b += a) div.edge(a, b);
        System.out.println("divisibility topo " + div.topo());
    }
}
