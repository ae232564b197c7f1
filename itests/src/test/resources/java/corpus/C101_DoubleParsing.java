public class C101_DoubleParsing {
    public static void main(String[] args) {
        String[] ss = {"0", "-0", "1", "1.0", "3.14159", "-2.5e-3", "1e10", "1E-5", ".5", "5.", "+7.25", "123456789.123456789", "1e400", "-1e400", "1e-400", "NaN", "Infinity", "0x1p3", "  42.0  ", "1d", "2.5F"};
        for (String s : ss) System.out.println("[" + s + "] -> " + Double.parseDouble(s) + " / " + Float.parseFloat(s));
        String[] bad = {"", "abc", "1.2.3", "e5", "--1"};
        for (String s : bad) { try { Double.parseDouble(s); System.out.println("parsed " + s); } catch (NumberFormatException e) { System.out.println("NFE [" + s + "]"); } }
        System.out.println(Double.valueOf("2.5").equals(2.5) + " " + Double.compare(1.0, 2.0) + " " + Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.SIZE);
        System.out.println(Double.toString(1e-7) + " " + Double.toString(123e5) + " " + Double.valueOf(7).intValue() + " " + Double.isNaN(Double.parseDouble("NaN")));
        System.out.println(Double.sum(0.1, 0.2) + " " + Double.max(-1, -2) + " " + Double.min(-0.0, 0.0) + " " + Double.hashCode(1.0));
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.valueOf("1.1").doubleValue() + " " + Float.compare(Float.NaN, 1f));
    }
}
