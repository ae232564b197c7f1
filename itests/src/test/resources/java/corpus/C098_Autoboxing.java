import java.util.*;
public class C098_Autoboxing {
    static int unboxSum(List<Integer> l) { int s = 0; for (int x : l) s += x; return s; }
    static Object box(int x) { return x; }
    static String kind(Object o) { return o instanceof Integer ? "Integer" : o instanceof Long ? "Long" : o instanceof Double ? "Double" : o instanceof Character ? "Character" : o instanceof Boolean ? "Boolean" : o instanceof Short ? "Short" : o instanceof Byte ? "Byte" : o instanceof Float ? "Float" : "other"; }
    public static void main(String[] args) {
        Integer i = 42; Long l = 42L; Double d = 4.2; Character c = 'c'; Boolean b = true; Short s = 7; Byte by = 8; Float f = 1.5f;
        System.out.println(i + " " + l + " " + d + " " + c + " " + b + " " + s + " " + by + " " + f);
        Object[] objs = {1, 2L, 3.0, 'x', false, (short) 4, (byte) 5, 6f, box(9)};
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) sb.append(kind(o)).append(' ');
        System.out.println(sb);
        int sum = i + 8;
        long lsum = l + i;
        double dsum = d + i;
        System.out.println(sum + " " + lsum + " " + dsum + " " + (c + 1) + " " + (char) (c + 1) + " " + !b);
        List<Integer> list = new ArrayList<>();
        for (int k = 0; k < 5; k++) list.add(k * k);
        System.out.println(list + " sum=" + unboxSum(list));
        list.remove(Integer.valueOf(9));
        list.remove(0);
        System.out.println(list);
        Integer x = 10; x++; x += 5; x = -x;
        System.out.println(x);
        Integer n1 = 1000, n2 = 1000;
        System.out.println(n1.equals(n2) + " " + (n1.intValue() == n2) + " " + n1.compareTo(999));
        Long L1 = 5L;
        System.out.println(L1.equals(5) + " " + L1.equals(5L) + " " + (L1 == 5));
        Double dd = 0.0 / 0;
        System.out.println(dd.equals(Double.NaN) + " " + (dd.doubleValue() == dd));
        Map<Character, Integer> freq = new TreeMap<>();
        for (char ch : "mississippi".toCharArray()) freq.put(ch, freq.getOrDefault(ch, 0) + 1);
        System.out.println(freq);
        Integer nul = null;
        try { int bad = nul + 1; System.out.println(bad); } catch (NullPointerException e) { System.out.println("NPE unboxing null"); }
        System.out.println(i.byteValue() + " " + i.doubleValue() + " " + d.intValue() + " " + l.floatValue() + " " + f.longValue() + " " + s.intValue());
    }
}
