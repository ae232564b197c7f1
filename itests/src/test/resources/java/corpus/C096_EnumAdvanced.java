import java.util.*;
public class C096_EnumAdvanced {
    enum Level implements Comparable<Level> { LOW, MEDIUM, HIGH; Level up() { return this == HIGH ? HIGH : values()[ordinal() + 1]; } static Level parse(String s) { for (Level l : values()) if (l.name().equalsIgnoreCase(s)) return l; return LOW; } }
    enum Singleton { INSTANCE; private int hits; int hit() { return ++hits; } }
    enum Suit { CLUBS('c'), DIAMONDS('d'), HEARTS('h'), SPADES('s'); final char sym; Suit(char c) { sym = c; } boolean red() { return this == DIAMONDS || this == HEARTS; } }
    public static void main(String[] args) {
        System.out.println(Level.LOW.up() + " " + Level.MEDIUM.up() + " " + Level.HIGH.up() + " " + Level.parse("medium") + " " + Level.parse("xyz"));
        Singleton.INSTANCE.hit(); Singleton.INSTANCE.hit();
        System.out.println(Singleton.INSTANCE.hit() + " " + Singleton.valueOf("INSTANCE").hit());
        List<Level> ls = new ArrayList<>(List.of(Level.HIGH, Level.LOW, Level.MEDIUM, Level.LOW));
        Collections.sort(ls);
        System.out.println(ls + " max=" + Collections.max(ls));
        StringBuilder deck = new StringBuilder();
        for (Suit s : Suit.values()) for (int r = 1; r <= 3; r++) deck.append(r).append(s.sym).append(s.red() ? "R " : "B ");
        System.out.println(deck.toString().trim());
        Map<Suit, Integer> counts = new EnumMap<>(Suit.class);
        for (String card : "h s h d c h s".split(" ")) for (Suit s : Suit.values()) if (s.sym == card.charAt(0)) counts.merge(s, 1, Integer::sum);
        System.out.println(counts);
        Map<Level, String> tm = new TreeMap<>(Comparator.reverseOrder());
        for (Level l : Level.values()) tm.put(l, l.name().substring(0, 1));
        System.out.println(tm);
        EnumSet<Suit> reds = EnumSet.noneOf(Suit.class);
        for (Suit s : Suit.values()) if (s.red()) reds.add(s);
        System.out.println(reds + " " + EnumSet.allOf(Level.class));
    }
}
