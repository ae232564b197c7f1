import java.util.*;
public class C208_Dijkstra {
    record Edge(int to, int w) {}
    record State(int node, long dist) {}
    static long[] dijkstra(List<List<Edge>> g, int src, int[] prev) {
        long[] dist = new long[g.size()];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[src] = 0;
        PriorityQueue<State> pq = new PriorityQueue<>((a, b) -> a.dist != b.dist ? Long.compare(a.dist, b.dist) : Integer.compare(a.node, b.node));
        pq.add(new State(src, 0));
        int pops = 0;
        while (!pq.isEmpty()) {
            State s = pq.poll();
            pops++;
            if (s.dist > dist[s.node]) continue;
            for (Edge e : g.get(s.node)) {
                long nd = s.dist + e.w;
                if (nd < dist[e.to]) { dist[e.to] = nd; prev[e.to] = s.node; pq.add(new State(e.to, nd)); }
            }
        }
        System.out.println("pops=" + pops);
        return dist;
    }
    static String path(int[] prev, int t, String[] names) {
        Deque<String> st = new ArrayDeque<>();
        for (int v = t; v != -1; v = prev[v]) st.push(names[v]);
        return String.join("->", st);
    }
    public static void main(String[] args) {
        String[] names = {"A", "B", "C", "D", "E", "F", "G", "H"};
        int[][] edges = {{0, 1, 4}, {0, 2, 2}, {1, 2, 5}, {1, 3, 10}, {2, 4, 3}, {4, 3, 4}, {3, 5, 11}, {4, 5, 20}, {5, 6, 1}, {3, 6, 16}, {1, 6, 30}};
        List<List<Edge>> g = new ArrayList<>();
        for (int i = 0; i < names.length; i++) g.add(new ArrayList<>());
        for (int[] e : edges) { g.get(e[0]).add(new Edge(e[1], e[2])); g.get(e[1]).add(new Edge(e[0], e[2])); }
        int[] prev = new int[names.length];
        long[] d = dijkstra(g, 0, prev);
        for (int i = 0; i < names.length; i++) System.out.println(names[i] + ": " + (d[i] == Long.MAX_VALUE ? "unreachable" : d[i] + " via " + path(prev, i, names)));
        int n = 60;
        List<List<Edge>> grid = new ArrayList<>();
        for (int i = 0; i < n * n; i++) grid.add(new ArrayList<>());
        Random r = new Random(7);
        for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) {
            int id = y * n + x;
            if (x + 1 < n) { int w = 1 + r.nextInt(9); grid.get(id).add(new Edge(id + 1, w)); grid.get(id + 1).add(new Edge(id, w)); }
            if (y + 1 < n) { int w = 1 + r.nextInt(9); grid.get(id).add(new Edge(id + n, w)); grid.get(id + n).add(new Edge(id, w)); }
        }
        int[] gp = new int[n * n];
        long[] gd = dijkstra(grid, 0, gp);
        long sum = 0; for (long x : gd) sum += x;
        int hops = 0; for (int v = n * n - 1; v != -1; v = gp[v]) hops++;
        System.out.println("grid corner dist=" + gd[n * n - 1] + " sum=" + sum + " hops=" + hops);
    }
}
