import java.util.*;
public class C174_InterfaceCallbacks {
    interface Listener { void on(String event, int value); }
    interface Filter { boolean accept(String event); static Filter prefix(String p) { return e -> e.startsWith(p); } default Filter or(Filter o) { return e -> accept(e) || o.accept(e); } }
    static class Bus {
        private final List<Listener> ls = new ArrayList<>(); private final List<Filter> fs = new ArrayList<>();
        void subscribe(Filter f, Listener l) { fs.add(f); ls.add(l); }
        int publish(String e, int v) { int n = 0; for (int i = 0; i < ls.size(); i++) if (fs.get(i).accept(e)) { ls.get(i).on(e, v); n++; } return n; }
    }
    static class Accumulator implements Listener { int total; final List<String> seen = new ArrayList<>(); public void on(String e, int v) { total += v; seen.add(e); } }
    public static void main(String[] args) {
        Bus bus = new Bus();
        Accumulator clicks = new Accumulator(), all = new Accumulator();
        StringBuilder log = new StringBuilder();
        bus.subscribe(Filter.prefix("click"), clicks);
        bus.subscribe(e -> true, all);
        bus.subscribe(Filter.prefix("key").or(Filter.prefix("scroll")), (e, v) -> log.append(e).append('=').append(v).append(' '));
        bus.subscribe(e -> e.length() > 8, new Listener() { public void on(String e, int v) { log.append("[long:").append(e).append(']'); } });
        String[] evs = {"click", "keydown", "scroll", "clickdouble", "resize", "keyup"};
        for (int i = 0; i < evs.length; i++) System.out.print(bus.publish(evs[i], i + 1) + " ");
        System.out.println();
        System.out.println(clicks.total + " " + clicks.seen + " " + all.total + " " + all.seen.size());
        System.out.println(log.toString().trim());
    }
}
