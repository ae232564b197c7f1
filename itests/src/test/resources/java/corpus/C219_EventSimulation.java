import java.util.*;
public class C219_EventSimulation {
    enum Kind { ARRIVE, START, FINISH }
    record Event(long time, int seq, Kind kind, int customer, int server) {}
    public static void main(String[] args) {
        Random rnd = new Random(31337);
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingLong(Event::time).thenComparingInt(Event::seq));
        int seq = 0;
        long t = 0;
        for (int c = 0; c < 40; c++) { t += 1 + rnd.nextInt(6); events.add(new Event(t, seq++, Kind.ARRIVE, c, -1)); }
        int servers = 3;
        boolean[] busy = new boolean[servers];
        Deque<Integer> waiting = new ArrayDeque<>();
        long[] arrival = new long[40], started = new long[40];
        long totalWait = 0, lastTime = 0; int maxQueue = 0, served = 0;
        int[] perServer = new int[servers];
        StringBuilder trace = new StringBuilder();
        while (!events.isEmpty()) {
            Event e = events.poll();
            lastTime = e.time();
            switch (e.kind()) {
                case ARRIVE -> { arrival[e.customer()] = e.time(); waiting.add(e.customer()); }
                case FINISH -> { busy[e.server()] = false; served++; perServer[e.server()]++; }
                case START -> { }
            }
            for (int s = 0; s < servers && !waiting.isEmpty(); s++) {
                if (busy[s]) continue;
                int c = waiting.poll();
                busy[s] = true;
                started[c] = e.time();
                totalWait += e.time() - arrival[c];
                events.add(new Event(e.time() + 5 + rnd.nextInt(10), seq++, Kind.FINISH, c, s));
                if (c < 8) trace.append("t=").append(e.time()).append(" c").append(c).append("->s").append(s).append(' ');
            }
            maxQueue = Math.max(maxQueue, waiting.size());
        }
        System.out.println(trace.toString().trim());
        System.out.println("served=" + served + " end=" + lastTime + " maxQueue=" + maxQueue + " totalWait=" + totalWait + " avgWait=" + (double) totalWait / served);
        System.out.println("per server " + Arrays.toString(perServer) + " events=" + seq);
        long worst = 0; int who = -1;
        for (int c = 0; c < 40; c++) if (started[c] - arrival[c] > worst) { worst = started[c] - arrival[c]; who = c; }
        System.out.println("longest wait " + worst + " by customer " + who);
    }
}
