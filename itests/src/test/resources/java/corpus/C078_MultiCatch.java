public class C078_MultiCatch {
    static void thrower(int k) throws Exception {
        switch (k) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new ArithmeticException("ae");
            case 2: throw new java.io.IOException("io");
            case 3: throw new UnsupportedOperationException("uoe");
            case 4: Object o = "s"; Integer i = (Integer) o; break;
            case 5: throw new Exception("plain");
            default: System.out.println("no throw for " + k);
        }
    }
    public static void main(String[] args) {
        for (int k = 0; k <= 6; k++) {
            try { thrower(k); }
            catch (IllegalArgumentException | ArithmeticException e) { System.out.println("group1 " + e.getMessage()); }
            catch (java.io.IOException | UnsupportedOperationException e) { System.out.println("group2 " + e.getMessage()); }
            catch (ClassCastException e) { System.out.println("cce " + e.getClass().getName()); }
            catch (Exception e) { System.out.println("general " + e.getMessage()); }
        }
        try { throw new IllegalStateException("ise"); }
        catch (IllegalStateException e) { System.out.println("specific first"); }
        catch (RuntimeException e) { System.out.println("never"); }
        try { try { thrower(1); } catch (RuntimeException e) { System.out.println("rethrowing " + e.getMessage()); throw e; } }
        catch (Exception e) { System.out.println("outer got " + e); }
    }
}
