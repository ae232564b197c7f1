import java.util.*;
public class C143_AbstractTemplateMethod {
    static abstract class Report {
        private final List<String> lines = new ArrayList<>();
        protected abstract String title();
        protected abstract List<Integer> data();
        protected String formatRow(int i, int v) { return i + ": " + v; }
        protected boolean include(int v) { return true; }
        public final String render() {
            lines.clear();
            lines.add("== " + title() + " ==");
            int i = 0, total = 0;
            for (int v : data()) { if (include(v)) { lines.add(formatRow(i, v)); total += v; } i++; }
            lines.add("total " + total);
            return String.join("\n", lines);
        }
    }
    static class Squares extends Report { protected String title() { return "squares"; } protected List<Integer> data() { List<Integer> l = new ArrayList<>(); for (int i = 1; i <= 5; i++) l.add(i * i); return l; } }
    static class EvenSquares extends Squares { @Override protected boolean include(int v) { return v % 2 == 0; } @Override protected String title() { return "even " + super.title(); } }
    static class Bars extends Report {
        protected String title() { return "bars"; }
        protected List<Integer> data() { return List.of(3, 7, 1, 5); }
        @Override protected String formatRow(int i, int v) { return "#".repeat(v) + " (" + v + ")"; }
    }
    public static void main(String[] args) {
        Report[] rs = {new Squares(), new EvenSquares(), new Bars(), new Report() { protected String title() { return "anon"; } protected List<Integer> data() { return List.of(); } }};
        for (Report r : rs) System.out.println(r.render());
    }
}
