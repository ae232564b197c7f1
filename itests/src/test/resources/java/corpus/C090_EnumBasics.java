public class C090_EnumBasics {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Empty {}
    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.print(d.name() + "=" + d.ordinal() + " ");
        System.out.println();
        System.out.println(Day.values().length + " " + Empty.values().length);
        Day d = Day.valueOf("FRI");
        System.out.println(d + " " + (d == Day.FRI) + " " + d.equals(Day.FRI) + " " + d.compareTo(Day.MON) + " " + Day.MON.compareTo(Day.SUN));
        try { Day.valueOf("FUNDAY"); } catch (IllegalArgumentException e) { System.out.println("IAE: " + e.getMessage()); }
        try { Day.valueOf(null); } catch (NullPointerException e) { System.out.println("NPE valueOf null"); }
        System.out.println(Day.SAT.getDeclaringClass() == Day.class);
        Day[] vs = Day.values();
        vs[0] = null;
        System.out.println(Day.values()[0]);
        System.out.println(Enum.valueOf(Day.class, "WED").ordinal());
        java.util.EnumMap<Day, Integer> hours = new java.util.EnumMap<>(Day.class);
        hours.put(Day.WED, 8); hours.put(Day.MON, 9); hours.put(Day.SUN, 0);
        System.out.println(hours);
        java.util.EnumSet<Day> weekend = java.util.EnumSet.of(Day.SAT, Day.SUN);
        System.out.println(weekend + " " + java.util.EnumSet.complementOf(weekend) + " " + java.util.EnumSet.range(Day.TUE, Day.THU));
        System.out.println(Day.valueOf("MON").hashCode() == Day.MON.hashCode());
        int workdays = 0;
        for (Day x : Day.values()) if (!weekend.contains(x)) workdays++;
        System.out.println("workdays=" + workdays);
    }
}
