public class C075_ArithmeticExc {
    static int div(int a, int b) { return a / b; }
    static long ldiv(long a, long b) { return a / b; }
    public static void main(String[] args) {
        int zero = 0;
        try { System.out.println(10 / zero); } catch (ArithmeticException e) { System.out.println("int div: " + e.getMessage()); }
        try { System.out.println(10 % zero); } catch (ArithmeticException e) { System.out.println("int rem: " + e.getMessage()); }
        try { System.out.println(ldiv(10, 0)); } catch (ArithmeticException e) { System.out.println("long div: " + e.getMessage()); }
        try { System.out.println(10L % (long) zero); } catch (ArithmeticException e) { System.out.println("long rem: " + e.getMessage()); }
        System.out.println(10.0 / zero + " " + 10.0 % zero + " " + 10f / zero);
        int ok = 0, bad = 0;
        for (int i = -3; i <= 3; i++) {
            try { ok += div(100, i); } catch (ArithmeticException e) { bad++; }
        }
        System.out.println("ok=" + ok + " bad=" + bad);
        try { div(1, 0); } catch (RuntimeException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { div(1, 0); } catch (Exception e) { System.out.println(e); }
        try { Integer.parseInt("x"); } catch (ArithmeticException e) { System.out.println("wrong"); } catch (NumberFormatException e) { System.out.println("NFE not arithmetic"); }
        try { new java.math.BigInteger("10").divide(java.math.BigInteger.ZERO); } catch (ArithmeticException e) { System.out.println("BigInteger: " + e.getMessage()); }
        char c = 0;
        try { System.out.println(5 / c); } catch (ArithmeticException e) { System.out.println("char zero divisor"); }
    }
}
