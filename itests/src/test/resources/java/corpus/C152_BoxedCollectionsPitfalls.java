import java.util.*;
public class C152_BoxedCollectionsPitfalls {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(10, 20, 30, 1, 2));
        l.remove(1);
        System.out.println(l);
        l.remove(Integer.valueOf(1));
        System.out.println(l);
        Set<Long> ls = new HashSet<>(List.of(1L, 2L, 3L));
        System.out.println(ls.contains(1) + " " + ls.contains(1L));
        Map<Integer, String> m = new HashMap<>();
        m.put(1, "one");
        System.out.println(m.get(1) + " " + m.get((int) 1L) + " " + m.containsKey((short) 1));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 5; i++) big.add(1000 + i);
        int eqCount = 0, equalsCount = 0;
        for (int i = 0; i < big.size(); i++) { Integer a = big.get(i), b = 1000 + i; if (a == b) eqCount++; if (a.equals(b)) equalsCount++; }
        System.out.println("identity " + (eqCount <= 5) + " equals " + equalsCount);
        Integer x = 100, y = 100;
        System.out.println("small == " + (x == y));
        Double d1 = 0.0, d2 = -0.0;
        System.out.println((d1.doubleValue() == d2.doubleValue()) + " " + d1.equals(d2) + " " + d1.compareTo(d2));
        Character c = 'x';
        int ci = c;
        System.out.println(ci + " " + (c + 1) + " " + Character.valueOf((char) (c + 1)));
        long total = 0;
        Long boxedTotal = 0L;
        for (int i = 0; i < 1000; i++) { total += i; boxedTotal += i; }
        System.out.println(total + " " + boxedTotal + " " + boxedTotal.equals(total));
        Object o = true ? 1 : "s";
        Object p = true ? (Integer) 1 : (Double) 2.0;
        System.out.println(o.getClass().getName() + " " + p + " " + p.getClass().getName());
        List<Object> mixed = new ArrayList<>(List.of(1, 1L, 1.0, 1.0f, '1', "1", (short) 1, (byte) 1));
        System.out.println(mixed + " " + mixed.indexOf(1L) + " " + mixed.indexOf((short) 1) + " " + mixed.contains(1.0f));
    }
}
