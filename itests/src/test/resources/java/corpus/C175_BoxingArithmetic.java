public class C175_BoxingArithmetic {
    static Integer boxedAdd(Integer a, Integer b) { return a + b; }
    static long sumBoxed(Long[] xs) { long s = 0; for (Long x : xs) s += x; return s; }
    public static void main(String[] args) {
        Integer a = 7, b = 3;
        System.out.println(a + b + " " + (a - b) + " " + a * b + " " + a / b + " " + a % b + " " + (a << b) + " " + (a & b) + " " + -a + " " + ~a);
        System.out.println((a > b) + " " + (a == 7) + " " + a.compareTo(b) + " " + boxedAdd(a, b).getClass().getName());
        Double d = 2.5; Float f = 1.5f; Long l = 10L; Short s = 4; Byte by = 2; Character c = 'A';
        System.out.println(d * f + " " + (l + s) + " " + (by * c) + " " + (c + 0) + " " + (d > l) + " " + (s / by));
        Long[] ls = {1L, 2L, 3L, null};
        try { System.out.println(sumBoxed(ls)); } catch (NullPointerException e) { System.out.println("NPE when unboxing array element"); }
        ls[3] = 4L;
        System.out.println(sumBoxed(ls));
        Integer counter = 0;
        for (int i = 0; i < 10; i++) counter += i;
        System.out.println(counter);
        Boolean t = true, f2 = false;
        System.out.println((t && !f2) + " " + (t ^ f2) + " " + (t | f2) + " " + Boolean.compare(t, f2));
        Object o = a + 0L;
        System.out.println(o.getClass().getName() + " " + o);
        Object o2 = c + 1;
        System.out.println(o2.getClass().getName() + " " + o2);
        Object o3 = (char) (c + 1);
        System.out.println(o3.getClass().getName() + " " + o3);
        double avg = (a + b) / 2;
        double avg2 = (a + b) / 2.0;
        System.out.println(avg + " " + avg2);
        System.out.println(Integer.valueOf(5).equals(Integer.valueOf(5)) + " " + Long.valueOf(5).equals(Integer.valueOf(5)) + " " + Double.valueOf(5).equals(5.0));
    }
}
