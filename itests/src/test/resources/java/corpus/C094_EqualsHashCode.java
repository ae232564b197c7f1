import java.util.*;
public class C094_EqualsHashCode {
    static class Money {
        final long cents; final String cur;
        Money(long c, String cur) { cents = c; this.cur = cur; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Money)) return false;
            Money m = (Money) o;
            return cents == m.cents && cur.equals(m.cur);
        }
        @Override public int hashCode() { return Objects.hash(cents, cur); }
        @Override public String toString() { return cur + " " + cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100; }
    }
    static class NoHash { final int v; NoHash(int v) { this.v = v; } @Override public boolean equals(Object o) { return o instanceof NoHash n && n.v == v; } @Override public int hashCode() { return 1; } @Override public String toString() { return "NH" + v; } }
    public static void main(String[] args) {
        Money a = new Money(1050, "EUR"), b = new Money(1050, "EUR"), c = new Money(1050, "USD"), d = new Money(7, "EUR");
        System.out.println(a + " " + c + " " + d);
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("EUR 10.50") + " " + (a.hashCode() == b.hashCode()));
        System.out.println(a.hashCode() + " " + c.hashCode() + " " + d.hashCode());
        Map<Money, String> m = new HashMap<>();
        m.put(a, "first"); m.put(b, "second"); m.put(c, "usd");
        System.out.println(m.size() + " " + m.get(new Money(1050, "EUR")) + " " + m.get(c));
        List<Money> list = new ArrayList<>(List.of(a, c, d));
        System.out.println(list.contains(b) + " " + list.indexOf(new Money(7, "EUR")) + " " + list.remove(new Money(1050, "USD")) + " " + list);
        Set<NoHash> hs = new HashSet<>();
        for (int i = 0; i < 10; i++) hs.add(new NoHash(i % 4));
        List<String> sorted = new ArrayList<>();
        for (NoHash n : hs) sorted.add(n.toString());
        Collections.sort(sorted);
        System.out.println(hs.size() + " " + sorted + " " + hs.contains(new NoHash(3)));
        System.out.println(Objects.equals(null, null) + " " + Objects.equals(a, null) + " " + Objects.equals(a, b));
        System.out.println(Objects.hash(1050L, "EUR") + " " + Objects.hashCode("x") + " " + Arrays.asList(a, d).equals(List.of(b, d)));
    }
}
