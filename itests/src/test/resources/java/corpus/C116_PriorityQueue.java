import java.util.*;
public class C116_PriorityQueue {
    record Task(String name, int prio) {}
    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int x : new int[]{5, 1, 8, 3, 9, 2, 7}) pq.offer(x);
        System.out.println("peek " + pq.peek() + " size " + pq.size());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb.toString().trim());
        PriorityQueue<Integer> maxq = new PriorityQueue<>(Comparator.reverseOrder());
        maxq.addAll(List.of(4, 10, 2, 10, 6));
        sb.setLength(0);
        while (!maxq.isEmpty()) sb.append(maxq.poll()).append(' ');
        System.out.println(sb.toString().trim());
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::prio).thenComparing(Task::name));
        tasks.add(new Task("write", 2)); tasks.add(new Task("test", 1)); tasks.add(new Task("deploy", 3)); tasks.add(new Task("review", 2)); tasks.add(new Task("alpha", 1));
        while (!tasks.isEmpty()) System.out.print(tasks.poll() + " ");
        System.out.println();
        PriorityQueue<String> ps = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        for (String s : "ccc a bb aaa b dddd".split(" ")) ps.add(s);
        sb.setLength(0);
        while (ps.size() > 0) sb.append(ps.remove()).append(',');
        System.out.println(sb + " poll on empty=" + ps.poll());
        PriorityQueue<Integer> k = new PriorityQueue<>();
        int[] stream = {15, 3, 22, 8, 41, 1, 19, 30};
        for (int v : stream) { k.offer(v); if (k.size() > 3) k.poll(); }
        List<Integer> top = new ArrayList<>(k); Collections.sort(top);
        System.out.println("top3 " + top);
    }
}
