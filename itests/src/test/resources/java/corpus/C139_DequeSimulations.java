import java.util.*;
public class C139_DequeSimulations {
    static boolean balanced(String s) {
        Deque<Character> st = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if ("([{".indexOf(c) >= 0) st.push(c);
            else if (")]}".indexOf(c) >= 0) { if (st.isEmpty()) return false; char o = st.pop(); if ("([{".indexOf(o) != ")]}".indexOf(c)) return false; }
        }
        return st.isEmpty();
    }
    static int rpn(String expr) {
        Deque<Integer> st = new ArrayDeque<>();
        for (String t : expr.split(" ")) {
            switch (t) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> { int b = st.pop(), a = st.pop(); st.push(a - b); }
                case "/" -> { int b = st.pop(), a = st.pop(); st.push(a / b); }
                default -> st.push(Integer.parseInt(t));
            }
        }
        return st.pop();
    }
    static int josephus(int n, int k) { Deque<Integer> q = new ArrayDeque<>(); for (int i = 1; i <= n; i++) q.add(i); while (q.size() > 1) { for (int i = 1; i < k; i++) q.add(q.poll()); q.poll(); } return q.peek(); }
    static List<Integer> bfs(int[][] adj, int s) { List<Integer> order = new ArrayList<>(); boolean[] seen = new boolean[adj.length]; Deque<Integer> q = new ArrayDeque<>(List.of(s)); seen[s] = true; while (!q.isEmpty()) { int v = q.poll(); order.add(v); for (int w : adj[v]) if (!seen[w]) { seen[w] = true; q.add(w); } } return order; }
    public static void main(String[] args) {
        for (String s : new String[]{"([]{})", "([)]", "((", "", "{[()()]}x", "}"}) System.out.println("[" + s + "] " + balanced(s));
        System.out.println(rpn("3 4 + 2 *") + " " + rpn("5 1 2 + 4 * + 3 -") + " " + rpn("100 7 /"));
        for (int n = 1; n <= 10; n++) System.out.print(josephus(n, 3) + " ");
        System.out.println(josephus(41, 3));
        int[][] adj = {{1, 2}, {3}, {3, 4}, {5}, {5}, {}};
        System.out.println("bfs " + bfs(adj, 0));
        Deque<String> history = new ArrayDeque<>(), forward = new ArrayDeque<>();
        String cur = "home";
        for (String cmd : "visit:a visit:b back back forward visit:c back forward forward".split(" ")) {
            if (cmd.startsWith("visit:")) { history.push(cur); cur = cmd.substring(6); forward.clear(); }
            else if (cmd.equals("back") && !history.isEmpty()) { forward.push(cur); cur = history.pop(); }
            else if (cmd.equals("forward") && !forward.isEmpty()) { history.push(cur); cur = forward.pop(); }
            System.out.print(cur + " ");
        }
        System.out.println();
    }
}
