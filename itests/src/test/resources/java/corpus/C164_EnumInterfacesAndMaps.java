import java.util.*;
public class C164_EnumInterfacesAndMaps {
    interface Priced { int cents(); }
    enum Size implements Priced { SMALL { public int cents() { return 250; } }, MEDIUM { public int cents() { return 325; } }, LARGE { public int cents() { return 400; } } }
    enum Extra implements Priced { MILK(30), SYRUP(50), SHOT(75); final int c; Extra(int c) { this.c = c; } public int cents() { return c; } }
    enum Planet { MERCURY, VENUS, EARTH, MARS; Planet prev() { return values()[(ordinal() + values().length - 1) % values().length]; } }
    static String money(int c) { return "$" + c / 100 + "." + (c % 100 < 10 ? "0" : "") + c % 100; }
    public static void main(String[] args) {
        List<List<Priced>> orders = List.of(List.of(Size.SMALL), List.of(Size.LARGE, Extra.SHOT, Extra.SHOT), List.of(Size.MEDIUM, Extra.MILK, Extra.SYRUP));
        int grand = 0;
        for (List<Priced> o : orders) { int t = 0; for (Priced p : o) t += p.cents(); grand += t; System.out.println(o + " = " + money(t)); }
        System.out.println("grand " + money(grand));
        EnumMap<Extra, Integer> usage = new EnumMap<>(Extra.class);
        for (List<Priced> o : orders) for (Priced p : o) if (p instanceof Extra e) usage.merge(e, 1, Integer::sum);
        System.out.println(usage + " containsKey(MILK)=" + usage.containsKey(Extra.MILK));
        Map<String, Size> byName = new TreeMap<>();
        for (Size s : Size.values()) byName.put(s.name().toLowerCase(), s);
        System.out.println(byName + " " + byName.get("medium").ordinal());
        StringBuilder sb = new StringBuilder();
        for (Planet p : Planet.values()) sb.append(p).append("<-").append(p.prev()).append(' ');
        System.out.println(sb.toString().trim());
        EnumSet<Planet> inner = EnumSet.range(Planet.MERCURY, Planet.EARTH);
        System.out.println(inner + " " + inner.contains(Planet.MARS) + " " + EnumSet.complementOf(inner));
        System.out.println(Size.valueOf("LARGE").getDeclaringClass() == Size.class);
    }
}
